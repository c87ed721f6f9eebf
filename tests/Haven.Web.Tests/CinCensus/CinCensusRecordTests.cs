using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Assessments;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.CinCensus;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Domain.Workforce;
using Haven.Web.Features.CinCensus;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.CinCensus;

/// <summary>
/// The CIN census made from the record, checked, re-imported into an empty database and made again, on both
/// databases; and the Returns pages that do it for a performance analyst.
/// </summary>
public abstract class CinCensusRecordTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private static readonly CensusPeriod Year2026 = CensusPeriod.YearEnding(2026);

    /// <summary>
    /// A child taken from referral through assessment, strategy discussion, section 47, initial conference, a child
    /// protection plan with a review, step-down to a child in need plan still open on 31 March 2026.
    /// </summary>
    private async Task<Person> ChildProtectionJourneyAsync(string first, string last)
    {
        var worker = await app.CreateUserAsync($"Census Worker {first}", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, first, last, new DateOnly(2016, 6, 12));
        await app.WithDbAsync(async db =>
        {
            var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = new DateOnly(2025, 6, 2), SourceCode = "2A", PrimaryNeedCode = "N1" };
            var strategy = new StrategyDiscussion { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, HeldOn = new DateOnly(2025, 6, 4), Decision = StrategyDecision.StartSection47, Rationale = "Bruising explained inconsistently; police and health agree an enquiry." };
            var s47 = new Section47Enquiry { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StrategyDiscussionId = strategy.Id, StartDate = new DateOnly(2025, 6, 4), CompletedOn = new DateOnly(2025, 6, 20), Outcome = Section47Outcome.ConferenceRequired };
            var plan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2025, 6, 24), InitialCategory = "NEG", LatestCategory = "EMO", EndDate = new DateOnly(2026, 1, 20), EndReason = PlanEndReason.SteppedDownToChildInNeed };
            db.AddRange(referral, strategy, s47, plan);
            db.Assessments.Add(new Assessment { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2025, 6, 3), TimescaleWorkingDays = 45, AuthorisedOn = new DateOnly(2025, 7, 15), Factors = ["3A", "4B"], Outcome = AssessmentOutcome.StrategyDiscussion });
            db.ChildProtectionConferences.AddRange(
                new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = ConferenceType.Initial, Section47Id = s47.Id, ChildProtectionPlanId = plan.Id, ScheduledFor = new DateOnly(2025, 6, 24), HeldOn = new DateOnly(2025, 6, 24), Decision = ConferenceDecision.ChildProtectionPlan, Category = "NEG" },
                new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = ConferenceType.Review, ChildProtectionPlanId = plan.Id, ScheduledFor = new DateOnly(2025, 9, 23), HeldOn = new DateOnly(2025, 9, 23), Decision = ConferenceDecision.PlanContinues, Category = "EMO" });
            db.ChildInNeedPlans.Add(new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2026, 1, 20) });
            await db.SaveChangesAsync();
        });
        return child;
    }

    /// <summary>A referral closed the same day with no further action.</summary>
    private async Task<Person> NoFurtherActionAsync(string first, string last)
    {
        var worker = await app.CreateUserAsync($"Census Worker {first}", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, first, last, new DateOnly(2021, 2, 3));
        await app.WithDbAsync(async db =>
        {
            db.Referrals.Add(new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = new DateOnly(2025, 10, 1), SourceCode = "6", PrimaryNeedCode = "N4", NoFurtherAction = true, ClosedOn = new DateOnly(2025, 10, 1), ReasonForClosure = "RC8" });
            await db.SaveChangesAsync();
        });
        return child;
    }

    private async Task<byte[]> ExportAsync(HavenAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<CinCensusExporter>().WriteAsync(output, Year2026, CancellationToken.None);
        return output.ToArray();
    }

    private static CinCensusChild ChildIn(byte[] xml, Person person)
    {
        using var reader = CinCensusReader.Open(new MemoryStream(xml));
        return reader.ReadChildren().Single(c => c.LAchildID == person.LaPersonId);
    }

    [Fact]
    public async Task The_return_is_made_from_the_record_in_DfE_terms_and_passes_every_error_rule()
    {
        var child = await ChildProtectionJourneyAsync("Census", "Journey");
        var xml = await ExportAsync(app);

        var entry = ChildIn(xml, child);
        Assert.Equal("F", entry.Sex);
        Assert.Equal("UN5", entry.UPNunknown);
        var episode = Assert.Single(entry.CinDetails);
        Assert.Equal(new DateOnly(2025, 6, 2), episode.CINreferralDate);
        Assert.Null(episode.CINclosureDate);
        Assert.Equal(["3A", "4B"], Assert.Single(episode.Assessments).Factors);
        var s47 = Assert.Single(episode.Section47s);
        Assert.Equal(new DateOnly(2025, 6, 25), s47.InitialCPCtarget);
        Assert.Equal(new DateOnly(2025, 6, 24), s47.DateOfInitialCPC);
        Assert.Equal("false", s47.ICPCnotRequired);
        var plan = Assert.Single(episode.ChildProtectionPlans);
        Assert.Equal(("NEG", "EMO"), (plan.InitialCategoryOfAbuse, plan.LatestCategoryOfAbuse));
        Assert.Equal([new DateOnly(2025, 9, 23)], plan.ReviewDates);
        Assert.Equal(new DateOnly(2026, 1, 20), Assert.Single(episode.CinPlanDates).StartDate);

        var result = new CinCensusValidator().Validate(new MemoryStream(xml));
        Assert.True(result.ReadCompletely);
        Assert.DoesNotContain(result.Issues, i => i.Level == CinRuleLevel.Error && i.LAchildID == child.LaPersonId);
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_then_export_again_gives_the_same_file()
    {
        await ChildProtectionJourneyAsync("Round", "Trip");
        await NoFurtherActionAsync("Nora", "Nfa");
        var first = await ExportAsync(app);

        await using var empty = new TFactory();
        await empty.InitializeAsync();
        var importer = await Import(empty, first);
        Assert.False(importer.Refused);
        Assert.Empty(importer.Rejected);
        Assert.True(importer.ChildrenCreated >= 2);

        var second = await ExportAsync(empty);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));

        // Running the same file again adds nothing.
        var again = await Import(empty, first);
        Assert.Equal((0, 0), (again.ChildrenCreated, again.EpisodesCreated));
        Assert.Equal(importer.ChildrenCreated, again.ChildrenMatched);
        Assert.Equal(importer.EpisodesCreated, again.EpisodesAlreadyPresent);
    }

    private static async Task<CinImportReport> Import(HavenAppFactory factory, byte[] xml)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CinCensusImporter>().ImportAsync(new MemoryStream(xml), "test", "Import test", CancellationToken.None);
    }

    [Theory]
    [InlineData("<Message><Children><Child>", "Line")]
    [InlineData("<Census><Children/></Census>", "Message")]
    public async Task A_bad_file_is_refused_and_changes_nothing(string xml, string expected)
    {
        var before = await app.WithDbAsync(db => db.People.CountAsync());
        var report = await Import(app, Encoding.UTF8.GetBytes(xml));
        Assert.True(report.Refused);
        Assert.Contains(report.FileProblems, p => p.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_child_with_a_date_in_the_wrong_format_is_rejected_with_the_reason_and_the_rest_imported()
    {
        var xml = """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>
            <Children>
              <Child><ChildIdentifiers><LAchildID>BADDATE1</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
                <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                <CINdetails><CINreferralDate>31/03/2025</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>
              <Child><ChildIdentifiers><LAchildID>GOODDATE1</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA></CINdetails></Child>
            </Children></Message>
            """;
        var report = await Import(app, Encoding.UTF8.GetBytes(xml));
        var (child, reason) = Assert.Single(report.Rejected);
        Assert.Equal("BADDATE1", child);
        Assert.Contains("yyyy-mm-dd", reason, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.People.AnyAsync(p => p.LaPersonId == "GOODDATE1")));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.LaPersonId == "BADDATE1")));
    }

    [Fact]
    public async Task An_analyst_checks_the_return_and_each_issue_links_to_the_record_where_it_is_fixed()
    {
        var child = await ChildProtectionJourneyAsync("Link", "Issue");
        // A plan start before the referral is an error (1105) the record lets through only by direct data fixes.
        await app.WithDbAsync(async db =>
        {
            var plan = await db.ChildProtectionPlans.SingleAsync(p => p.PersonId == child.Id);
            plan.StartDate = new DateOnly(2025, 5, 30);
            await db.SaveChangesAsync();
        });
        // The analyst cannot open children's records, so the link to fix each issue is for the service manager,
        // who runs returns and can open the record (issue 12 item 4 gives the analyst the worker and team instead).
        var manager = await app.CreateUserAsync("Census Service Manager", Role.ServiceManager);
        var doc = await (await app.SignInAsync(manager)).GetDocumentAsync("/returns/cin-census?year=2026&check=true&rule=1105");
        Assert.Equal("Children in need census", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotEqual("0", doc.QuerySelector("[data-figure=errors]")!.TextContent.Trim());
        var referralId = await app.WithDbAsync(db => db.Referrals.Where(r => r.PersonId == child.Id).Select(r => r.Id).SingleAsync());
        var fix = doc.QuerySelectorAll("#issues ~ table a, table a").Select(a => a.GetAttribute("href")).FirstOrDefault(h => h == $"/people/{child.Id}/social-care/{referralId}");
        Assert.NotNull(fix);

        var analyst = await app.CreateUserAsync("Census Analyst", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);
        Assert.NotEqual("0", (await client.GetDocumentAsync("/returns/cin-census?year=2026&check=true&rule=1105")).QuerySelector("[data-figure=errors]")!.TextContent.Trim());

        var csv = await client.GetStringAsync("/returns/cin-census/issues?year=2026&format=csv");
        Assert.StartsWith("child,rule,level,message,field,value", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains($"{child.LaPersonId},1105,Error", csv, StringComparison.Ordinal);

        var xlsx = await client.GetAsync("/returns/cin-census/issues?year=2026&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Rule"] == "1105" && ((string)r["Fix in Haven"]).EndsWith($"/people/{child.Id}/social-care/{referralId}", StringComparison.Ordinal));

        var download = await client.GetAsync("/returns/cin-census/download?year=2026");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("CIN_Census_2026", download.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        Assert.Contains($"<LAchildID>{child.LaPersonId}</LAchildID>", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Gives the child a worker in a team, as allocation at the front door does.</summary>
    private async Task<(ApplicationUser Worker, Team Team)> AllocateAsync(Person child, string worker, string team)
    {
        var t = new Team { Id = Guid.NewGuid(), Name = team, Service = "Child protection" };
        await app.WithDbAsync(async db =>
        {
            db.Teams.Add(t);
            await db.SaveChangesAsync();
        });
        var w = await app.CreateUserAsync(worker, Role.SocialWorker, t.Id);
        await app.WithDbAsync(async db =>
        {
            db.Allocations.Add(new Allocation { Id = Guid.NewGuid(), PersonId = child.Id, WorkerUserId = w.Id, TeamId = t.Id, StartDate = new DateOnly(2025, 6, 2) });
            await db.SaveChangesAsync();
        });
        return (w, t);
    }

    [Fact]
    public async Task An_analyst_sees_who_can_fix_each_issue_instead_of_a_link_they_cannot_follow_and_downloads_a_team_list()
    {
        var child = await ChildProtectionJourneyAsync("Fixer", "Owned");
        await app.WithDbAsync(async db =>
        {
            var plan = await db.ChildProtectionPlans.SingleAsync(p => p.PersonId == child.Id);
            plan.StartDate = new DateOnly(2025, 5, 30);
            await db.SaveChangesAsync();
        });
        var (_, team) = await AllocateAsync(child, "Fatima Fixwell", $"Fix team {Guid.NewGuid():N}"[..16]);
        var analyst = await app.CreateUserAsync("Census Fix Analyst", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);

        var doc = await client.GetDocumentAsync("/returns/cin-census?year=2026&check=true&rule=1105");
        // Every link the analyst is offered opens for them: none leads to "You do not have access".
        var links = doc.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).Distinct().ToList();
        Assert.DoesNotContain(links, h => h.StartsWith("/people/", StringComparison.Ordinal));
        var row = doc.QuerySelectorAll("table tr").Single(r => r.TextContent.Contains(child.LaPersonId, StringComparison.Ordinal) && r.TextContent.Contains("1105", StringComparison.Ordinal));
        Assert.Contains("Fatima Fixwell", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(team.Name, row.TextContent, StringComparison.Ordinal);

        // The analyst sends each team its own list: a CSV of that team's issues, audited as an export.
        var teamLink = doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h?.Contains($"team={team.Id}", StringComparison.Ordinal) == true)!;
        var csv = await client.GetStringAsync(teamLink);
        Assert.Contains($"{child.LaPersonId},1105,Error", csv, StringComparison.Ordinal);
        Assert.Contains("Fatima Fixwell", csv, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == Haven.Domain.Events.AuditEventTypes.Exported && e.ActorUserId == analyst.Id && e.TargetName.Contains(team.Name))));
    }

    [Fact]
    public async Task Mid_year_an_assessment_that_is_simply_not_finished_yet_is_listed_apart_from_real_problems()
    {
        // Today is 25 November 2026, in the census year ending 31 March 2027: an assessment started on 2 November is
        // within its 45 working days, and query 8670Q only means it is not finished yet.
        var worker = await app.CreateUserAsync("Census Midyear Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Mira", "Midyear", new DateOnly(2017, 4, 4));
        await app.WithDbAsync(async db =>
        {
            var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = new DateOnly(2026, 11, 2), SourceCode = "2A", PrimaryNeedCode = "N1" };
            db.Referrals.Add(referral);
            db.Assessments.Add(new Assessment { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2026, 11, 2), TimescaleWorkingDays = 45 });
            await db.SaveChangesAsync();
        });
        var analyst = await app.CreateUserAsync("Census Midyear Analyst", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);

        var doc = await client.GetDocumentAsync("/returns/cin-census?year=2027&check=true");
        var unfinished = doc.QuerySelector("#not-finished-yet")?.ParentElement;
        Assert.NotNull(unfinished);
        Assert.Contains(doc.QuerySelectorAll("[data-unfinished] tr"), r => r.TextContent.Contains(child.LaPersonId, StringComparison.Ordinal) && r.TextContent.Contains("8670Q", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.QuerySelectorAll("[data-issues] tr"), r => r.TextContent.Contains(child.LaPersonId, StringComparison.Ordinal) && r.TextContent.Contains("8670Q", StringComparison.Ordinal));
        // The census figures are on the page: referrals, assessments, section 47s, conferences, plans by category, CIN at 31 March.
        var figures = doc.QuerySelector("#figures")!.ParentElement!.TextContent;
        foreach (var figure in new[] { "Referrals", "Assessments completed", "Section 47 enquiries started", "Initial child protection conferences", "Neglect", "Children in need on 31 March" })
        {
            Assert.Contains(figure, figures, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_closure_that_breaks_a_DfE_census_rule_is_refused_at_entry_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync("Census Closer", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Cody", "Closer", new DateOnly(2015, 3, 3));
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = new DateOnly(2026, 9, 1), SourceCode = "2A", PrimaryNeedCode = "N4" };
        await app.WithDbAsync(async db =>
        {
            db.Referrals.Add(referral);
            db.Assessments.Add(new Assessment { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2026, 9, 2), TimescaleWorkingDays = 45, AuthorisedOn = new DateOnly(2026, 10, 1), Factors = ["4B"], Outcome = AssessmentOutcome.ChildInNeedPlan, ChildSeenOn = new DateOnly(2026, 9, 3), ChildsWishesAndFeelings = "Wants to stay at home." });
            db.ChildInNeedPlans.Add(new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2026, 10, 1), EndDate = new DateOnly(2026, 11, 20), EndReason = PlanEndReason.NoLongerNeeded });
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync(worker);
        var url = $"/people/{child.Id}/social-care/{referral.Id}/close";
        var form = await client.GetFormAsync(url);
        Dictionary<string, string> Fields(string reason) => new()
        {
            ["ClosedOn.Day"] = "24", ["ClosedOn.Month"] = "11", ["ClosedOn.Year"] = "2026", ["Reason"] = reason,
            ["Note"] = "Plan outcomes met; school continues to support.",
        };

        // RC8 says "closed after assessment, no further action", but this episode had a child in need plan (DfE 2990).
        var refused = await client.PostFormAsync(url, form, Fields("RC8"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(Html.ErrorSummary(await refused.ReadDocumentAsync()), m => m.Contains("DfE census rule 2990", StringComparison.Ordinal));
        Assert.Null(await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.ClosedOn).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.PersonId == child.Id && e.Type == Haven.Domain.Events.CaseEventTypes.CaseClosed)));

        var closed = await client.PostFormAsync(url, form, Fields("RC7"));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("RC7", await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.ReasonForClosure).SingleAsync()));
    }

    [Fact]
    public async Task A_social_worker_cannot_reach_the_returns()
    {
        var worker = await app.CreateUserAsync("Census Not Analyst", Role.SocialWorker);
        var client = await app.SignInAsync(worker);
        var response = await client.GetAsync("/returns/cin-census");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_is_explained_and_the_explanation_shows_when_the_return_is_checked_again()
    {
        var analyst = await app.CreateUserAsync("Census Explainer", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);
        var url = "/returns/cin-census/explain?year=2026&child=EXPL1&rule=8770Q";
        var form = await client.GetFormAsync(url);
        var empty = await client.PostFormAsync(url, form, new Dictionary<string, string> { ["Explanation"] = "" });
        var errorDoc = await empty.ReadDocumentAsync();
        Assert.Contains("Enter the explanation the DfE will see", Html.ErrorSummary(errorDoc));

        var saved = await client.PostFormAsync(url, form, new Dictionary<string, string> { ["Explanation"] = "Child is home educated; no UPN has been issued." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.CinQueryExplanations.SingleAsync(e => e.LAchildID == "EXPL1"));
        Assert.Equal(("8770Q", 2026, "Census Explainer"), (stored.RuleId, stored.CensusYear, stored.ExplainedByName));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/returns/cin-census/explain?year=2026&child=EXPL1&rule=1105")).StatusCode);
    }

    [Fact]
    public async Task An_uploaded_file_is_checked_with_clear_messages_for_bad_files_and_a_huge_upload()
    {
        var analyst = await app.CreateUserAsync("Census Uploader", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);
        var form = await client.GetFormAsync("/returns/cin-census/upload");

        async Task<string> Upload(byte[] bytes, string name)
        {
            using var content = new MultipartFormDataContent();
            foreach (var (key, value) in form)
            {
                content.Add(new StringContent(value), key);
            }
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
            content.Add(file, "file", name);
            var response = await client.PostAsync("/returns/cin-census/upload", content);
            return string.Join(" | ", Html.ErrorSummary(await response.ReadDocumentAsync()));
        }

        Assert.Contains("could not be read", await Upload("<Message><Children>"u8.ToArray(), "broken.xml"), StringComparison.Ordinal);
        Assert.Contains("Message", await Upload("<Census/>"u8.ToArray(), "wrong-root.xml"), StringComparison.Ordinal);
        Assert.Contains("Select a CIN census XML file", await Upload([], "empty.xml"), StringComparison.Ordinal);

        var good = await ExportAsync(app);
        using (var content = new MultipartFormDataContent())
        {
            foreach (var (key, value) in form)
            {
                content.Add(new StringContent(value), key);
            }
            content.Add(new ByteArrayContent(good), "file", "ours.xml");
            var doc = await (await client.PostAsync("/returns/cin-census/upload", content)).ReadDocumentAsync();
            Assert.Empty(Html.ErrorSummary(doc));
            Assert.NotNull(doc.QuerySelector("[data-figure=children]"));
            var csvLink = doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h?.Contains("format=csv", StringComparison.Ordinal) == true)!;
            Assert.StartsWith("child,rule", (await client.GetStringAsync(csvLink)).TrimStart('\uFEFF'), StringComparison.Ordinal);
        }

        // A 2 GB upload is refused from its declared length before any of it is read.
        using var huge = new HttpRequestMessage(HttpMethod.Post, "/returns/cin-census/upload") { Content = new HugeContent(2L * 1024 * 1024 * 1024) };
        var refused = await client.SendAsync(huge);
        Assert.Contains("The file must be smaller than 200 MB", Html.ErrorSummary(await refused.ReadDocumentAsync()));
    }

    /// <summary>Declares a length it never sends, as a browser starting a very large upload does.</summary>
    private sealed class HugeContent : HttpContent
    {
        private readonly long _length;

        public HugeContent(long length)
        {
            _length = length;
            Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data") { Parameters = { new NameValueHeaderValue("boundary", "x") } };
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.CompletedTask;

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}

public sealed class CinCensusRecordTestsOnSqlite(SqliteAppFactory app) : CinCensusRecordTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class CinCensusRecordTestsOnPostgres(PostgresAppFactory app) : CinCensusRecordTests<PostgresAppFactory>(app);
