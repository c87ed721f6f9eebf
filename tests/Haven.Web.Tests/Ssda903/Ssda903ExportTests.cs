using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CinCensus;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Ssda903;
using Haven.Domain.Workforce;
using Haven.Web.Features.Ssda903;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Ssda903;

/// <summary>
/// The SSDA903 return made from a small care record on both databases: the exact files, read back equal, passing
/// Haven's rules, and each export recorded in the audit trail. Only this class's first test records care, so the
/// files hold exactly its children.
/// </summary>
public abstract class Ssda903ExportTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private static readonly CensusPeriod Year2026 = CensusPeriod.YearEnding(2026);

    private static DateTime Utc(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    private async Task<Ssda903Return> BuildAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Ssda903Exporter>().BuildAsync(Year2026, CancellationToken.None);
    }

    private static CarePeriod Period(Person child, Guid referralId, DateOnly start, string need, ApplicationUser worker, DateOnly? end = null, string? reason = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referralId, StartDate = start, EntryRoute = CareEntryRoute.Accommodation,
        DecisionBy = "Head of service", DecisionOn = start, DecisionRationale = "Parents agreed accommodation.", CategoryOfNeed = need,
        CarePlanDueOn = start.AddDays(14), EndDate = end, ReasonCeased = reason,
        RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = Utc(2025, 1, 1, 9),
    };

    private static CareLegalStatus Status(DateOnly from, string code, ApplicationUser worker) => new()
    {
        Id = Guid.NewGuid(), From = from, Code = code, RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = Utc(2025, 1, 1, 9),
    };

    private static Placement Placed(Person child, DateOnly start, DateOnly? end, string type, string provider, string carer, string postcode, ApplicationUser worker, string? urn = null, string? reason = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, StartDate = start, EndDate = end, PlacementType = type, ProviderCode = provider, CarerName = carer,
        Postcode = postcode, Urn = urn, ReasonForChange = reason, RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = Utc(2025, 1, 1, 9),
    };

    private static HealthCheck Check(Person child, Guid periodId, HealthCheckKind kind, DateOnly on, bool? upToDate = null, int? score = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, CarePeriodId = periodId, Kind = kind, DoneOn = on, UpToDate = upToDate, Score = score,
        RecordedByUserId = "nurse", RecordedByName = "LAC nurse", RecordedAtUtc = Utc(2025, 6, 1, 9),
    };

    private static MissingEpisode Missing(Person child, Guid periodId, string type, DateTime started, DateTime? returned) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, CarePeriodId = periodId, MissingOrAway = type, StartedAtUtc = started, ReturnedAtUtc = returned,
        RecordedByUserId = "worker", RecordedByName = "Worker", RecordedAtUtc = started,
    };

    private static Referral ReferralFor(Person child, DateOnly on) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = on, SourceCode = "5A", PrimaryNeedCode = "N1",
    };

    /// <summary>
    /// Amira: in care since February 2025 under section 20, then an interim and a full care order, moved from foster care
    /// to a children's home in June, with a review, health checks, two missing episodes (the second still open on
    /// 31 March) and two social workers. Bilal: unaccompanied, in care from August to October 2025, went home.
    /// Cora: left care before the year began, so she is not in the return.
    /// </summary>
    private async Task<(Person Amira, Person Bilal, ApplicationUser First, ApplicationUser Second)> RecordAsync()
    {
        var first = await app.CreateUserAsync("Return Worker One", Role.SocialWorker);
        var second = await app.CreateUserAsync("Return Worker Two", Role.SocialWorker);
        var amira = await app.RegisterAsync(first, "Amira", "Return", new DateOnly(2014, 3, 10));
        var bilal = await app.RegisterAsync(first, "Bilal", "Return", new DateOnly(2009, 5, 20));
        var cora = await app.RegisterAsync(first, "Cora", "Return", new DateOnly(2012, 1, 5));
        await app.WithDbAsync(async db =>
        {
            var b = await db.People.SingleAsync(p => p.Id == bilal.Id);
            (b.Sex, b.EthnicityCode, b.UniquePupilNumber) = (Sex.Male, "BAFR", "H801200001001");

            var referralA = ReferralFor(amira, new DateOnly(2025, 1, 5));
            var referralB = ReferralFor(bilal, new DateOnly(2025, 7, 30));
            var referralC = ReferralFor(cora, new DateOnly(2024, 5, 1));
            db.Referrals.AddRange(referralA, referralB, referralC);

            var periodA = Period(amira, referralA.Id, new DateOnly(2025, 2, 10), "N1", first);
            periodA.HomePostcode = "LS1 1AA";
            periodA.LegalStatuses = [Status(new DateOnly(2025, 2, 10), "V2", first), Status(new DateOnly(2025, 5, 1), "C1", first), Status(new DateOnly(2025, 11, 20), "C2", first)];
            periodA.Placements =
            [
                Placed(amira, new DateOnly(2025, 2, 10), new DateOnly(2025, 6, 15), "U6", "PR1", "The Okafors", "LS2 2BB", first, reason: "CARPL"),
                Placed(amira, new DateOnly(2025, 6, 15), null, "K2", "PR4", "Elm House", "BD1 1CC", first, urn: "SC123456"),
            ];
            var periodB = Period(bilal, referralB.Id, new DateOnly(2025, 8, 1), "N4", first, new DateOnly(2025, 10, 1), "E4A");
            periodB.Unaccompanied = true;
            periodB.LegalStatuses = [Status(new DateOnly(2025, 8, 1), "V2", first)];
            periodB.Placements = [Placed(bilal, new DateOnly(2025, 8, 1), new DateOnly(2025, 10, 1), "U6", "PR1", "The Hassans", "M1 1AA", first)];
            var periodC = Period(cora, referralC.Id, new DateOnly(2024, 6, 1), "N1", first, new DateOnly(2025, 3, 1), "E4A");
            periodC.LegalStatuses = [Status(new DateOnly(2024, 6, 1), "V2", first)];
            periodC.Placements = [Placed(cora, new DateOnly(2024, 6, 1), new DateOnly(2025, 3, 1), "U6", "PR1", "The Lees", "LS3 3CC", first)];
            db.CarePeriods.AddRange(periodA, periodB, periodC);

            db.CareReviews.AddRange(
                new CareReview { Id = Guid.NewGuid(), PersonId = amira.Id, CarePeriodId = periodA.Id, HeldOn = new DateOnly(2025, 3, 5), ChairUserId = "iro", ChairName = "IRO", Participation = "PN1", ChildsViews = "Wants to see her brother.", Decisions = "Plan continues.", RecordedByUserId = "iro", RecordedByName = "IRO", RecordedAtUtc = Utc(2025, 3, 5, 12) },
                new CareReview { Id = Guid.NewGuid(), PersonId = amira.Id, CarePeriodId = periodA.Id, HeldOn = new DateOnly(2025, 8, 20), ChairUserId = "iro", ChairName = "IRO", Participation = "PN1", ChildsViews = "Likes Elm House.", Decisions = "Care order sought.", RecordedByUserId = "iro", RecordedByName = "IRO", RecordedAtUtc = Utc(2025, 8, 20, 12) });
            db.HealthChecks.AddRange(
                Check(amira, periodA.Id, HealthCheckKind.Immunisations, new DateOnly(2025, 6, 1), upToDate: true),
                Check(amira, periodA.Id, HealthCheckKind.DentalCheck, new DateOnly(2025, 7, 1)),
                Check(amira, periodA.Id, HealthCheckKind.ReviewHealthAssessment, new DateOnly(2025, 9, 10)),
                Check(amira, periodA.Id, HealthCheckKind.StrengthsAndDifficulties, new DateOnly(2025, 10, 1), score: 14));
            db.MissingEpisodes.AddRange(
                Missing(amira, periodA.Id, "M", Utc(2025, 9, 1, 22), Utc(2025, 9, 2, 10)),
                // 23:30 on 31 March in London is still 31 March (British Summer Time from 29 March 2026).
                Missing(amira, periodA.Id, "A", new DateTime(2026, 3, 31, 22, 30, 0, DateTimeKind.Utc), Utc(2026, 4, 2, 10)));
            db.Allocations.AddRange(
                new Allocation { Id = Guid.NewGuid(), PersonId = amira.Id, WorkerUserId = first.Id, TeamId = Guid.NewGuid(), StartDate = new DateOnly(2025, 1, 1), EndDate = new DateOnly(2025, 7, 1) },
                new Allocation { Id = Guid.NewGuid(), PersonId = amira.Id, WorkerUserId = second.Id, TeamId = Guid.NewGuid(), StartDate = new DateOnly(2025, 7, 1), Reason = "Moved to the children in care team" });
            await db.SaveChangesAsync();
        });
        return (amira, bilal, first, second);
    }

    [Fact]
    public async Task The_return_is_made_from_the_care_record_as_the_DfE_files_read_back_equal_and_pass_the_rules()
    {
        var (amira, bilal, first, second) = await RecordAsync();
        var (a, b) = (amira.LaPersonId, bilal.LaPersonId);
        var (sw1, sw2) = (Ssda903Exporter.SocialWorkerId(first.Id), Ssda903Exporter.SocialWorkerId(second.Id));

        var ssda903 = await BuildAsync();
        var files = Ssda903Writer.Files(ssda903).ToDictionary(f => f.FileName, f => f.Text);

        string[] header = [$"{a},F,10/03/2014,WBRI,UN5,,", $"{b},M,20/05/2009,BAFR,H801200001001,,"];
        Assert.Equal(
            "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n" + string.Concat(header.Order(StringComparer.Ordinal).Select(l => l + "\r\n")),
            files["header.csv"]);
        var episodesA =
            $"{a},10/02/2025,S,V2,N1,U6,PR1,01/05/2025,X1,,LS1 1AA,LS2 2BB,\r\n" +
            $"{a},01/05/2025,L,C1,N1,U6,PR1,15/06/2025,X1,CARPL,LS1 1AA,LS2 2BB,\r\n" +
            $"{a},15/06/2025,P,C1,N1,K2,PR4,20/11/2025,X1,,LS1 1AA,BD1 1CC,SC123456\r\n" +
            $"{a},20/11/2025,L,C2,N1,K2,PR4,,,,LS1 1AA,BD1 1CC,SC123456\r\n";
        var episodesB = $"{b},01/08/2025,S,V2,N4,U6,PR1,01/10/2025,E4A,,,M1 1AA,\r\n";
        Assert.Equal(
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n" +
            (string.CompareOrdinal(a, b) < 0 ? episodesA + episodesB : episodesB + episodesA),
            files["episodes.csv"]);
        Assert.Equal($"CHILD,DOB,REVIEW,REVIEW_CODE\r\n{a},10/03/2014,20/08/2025,PN1\r\n", files["reviews.csv"]);
        Assert.Equal($"CHILD,SEX,DOB,DUC\r\n{b},M,20/05/2009,\r\n", files["uasc.csv"]);
        Assert.Equal(
            "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\n" +
            $"{a},10/03/2014,14,,,,1,1,1,,,\r\n",
            files["oc2.csv"]);
        Assert.Equal($"CHILD,DOB,MISSING,MIS_START,MIS_END\r\n{a},10/03/2014,M,01/09/2025,02/09/2025\r\n{a},10/03/2014,A,31/03/2026,\r\n", files["missing.csv"]);
        Assert.Equal(
            $"CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n{a},10/03/2014,{sw1},01/01/2025,01/07/2025,OTHERS\r\n{a},10/03/2014,{sw2},01/07/2025,,\r\n",
            files["sw_episodes.csv"]);
        // Haven holds no care leavers' or adoption records yet: those files go with their columns only.
        Assert.Equal("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n", files["oc3.csv"]);
        Assert.Equal("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n", files["ad1.csv"]);
        Assert.Equal("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\r\n", files["placed_for_adoption.csv"]);
        Assert.Equal("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\n", files["previous_permanence.csv"]);

        var read = Ssda903Reader.Read(files.Select(f => (f.Key, f.Value)));
        Assert.Empty(read.Problems);
        Assert.Equal(ssda903, read.Return);
        Assert.Empty(new Ssda903Validator().Validate(read, Year2026).Issues);
    }

    [Fact]
    public async Task An_export_is_recorded_in_the_audit_trail_with_the_year_and_where_it_went()
    {
        var analyst = await app.CreateUserAsync("Return Analyst", Role.PerformanceAnalyst);
        await app.AsUserAsync(analyst, async services =>
        {
            var exporter = services.GetRequiredService<Ssda903Exporter>();
            var ssda903 = await exporter.BuildAsync(Year2026, CancellationToken.None);
            await exporter.RecordExportAsync(Year2026, "/exports/SSDA903_2026", ssda903, CancellationToken.None);
            return 0;
        });
        var events = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.TargetId == "/exports/SSDA903_2026").ToListAsync());
        var exported = Assert.Single(events);
        Assert.Equal(AuditEventTypes.Exported, exported.Type);
        Assert.Equal("SSDA903 return 2025 to 2026", exported.TargetName);
        Assert.Equal(analyst.Id, exported.ActorUserId);
    }
    /// <summary>
    /// The returns page for a performance analyst: the check, the zip download (audited), and uploaded files checked,
    /// with an issue linked to the child's care record only for someone who may open it.
    /// </summary>
    [Fact]
    public async Task The_returns_page_checks_downloads_and_checks_uploaded_files_linking_only_records_the_viewer_may_open()
    {
        var analyst = await app.CreateUserAsync("Return Page Analyst", Role.PerformanceAnalyst);
        var manager = await app.CreateUserAsync("Return Page Manager", Role.ServiceManager);
        var child = await app.RegisterAsync(manager, "Ezra", "Upload", new DateOnly(2013, 4, 2));
        var client = await app.SignInAsync(analyst);

        var page = await client.GetDocumentAsync("/returns/ssda903?year=2026&check=true");
        Assert.Contains("checked with", page.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);

        var zip = await client.GetAsync("/returns/ssda903/download?year=2026");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using (var archive = new System.IO.Compression.ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(11, archive.Entries.Count);
        }
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.TargetId == "SSDA903_2026.zip" && e.ActorUserId == analyst.Id)));

        var files = new Dictionary<string, string>
        {
            ["children.csv"] = $"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n{child.LaPersonId},F,02/04/2013,WBRI,UN5,,\r\n",
            ["episodes.csv"] = $"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n{child.LaPersonId},01/06/2025,S,C2,N1,H5,PR1,,,,,,\r\n",
        };
        async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAs(HttpClient who)
        {
            var form = await who.GetFormAsync("/returns/ssda903?year=2026", "form[method=post]");
            using var content = new MultipartFormDataContent();
            foreach (var (key, value) in form)
            {
                content.Add(new StringContent(value), key);
            }
            foreach (var (name, text) in files)
            {
                content.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "files", name);
            }
            return await (await who.PostAsync("/returns/ssda903/upload?year=2026", content)).ReadDocumentAsync();
        }

        var checkedByAnalyst = await UploadAs(client);
        var row = checkedByAnalyst.QuerySelectorAll("tbody tr").Single();
        Assert.Equal([child.LaPersonId, "146", "Placement type code is not a valid code.", "episodes.csv PLACE", "H5"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Null(row.QuerySelector("a"));

        var checkedByManager = await UploadAs(await app.SignInAsync(manager));
        Assert.Equal($"/people/{child.Id}/care", checkedByManager.QuerySelector("tbody tr a")!.GetAttribute("href"));

        files.Clear();
        var empty = await UploadAs(client);
        Assert.Contains("Select the SSDA903 CSV files, or a zip of them", string.Join(" | ", Html.ErrorSummary(empty)), StringComparison.Ordinal);
    }
}


public sealed class Ssda903ExportTestsOnSqlite(SqliteAppFactory app) : Ssda903ExportTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class Ssda903ExportTestsOnPostgres(PostgresAppFactory app) : Ssda903ExportTests<PostgresAppFactory>(app);
