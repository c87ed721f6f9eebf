using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Assessments;
using Haven.Domain.CaseRecording;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.EarlyHelp;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Domain.Workforce;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Chronology;

/// <summary>A chronology derived from a whole journey seeded into the record, curated and exported through the real pages, on both databases.</summary>
public abstract class ChronologyTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private sealed record Journey(ApplicationUser Worker, Person Child, HttpClient Client, IReadOnlyDictionary<string, string> Keys);

    private static string Url(Person child, string path = "") => $"/people/{child.Id}/chronology{path}";

    /// <summary>
    /// Contact, decision and referral through the front door; then an assessment, strategy discussion, section 47,
    /// conference, CP plan, core group, CIN plan and review, notes, a document, warnings, a manual event and closure,
    /// written straight to the tables as the other features would. Returns the key each event must have.
    /// </summary>
    private async Task<Journey> SeedAsync()
    {
        var worker = await app.CreateUserAsync("Cara Chronology", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Lily", "Ashdown", new DateOnly(2014, 4, 9));
        var contactId = await app.AsUserAsync(worker, async s =>
        {
            var fd = s.GetRequiredService<FrontDoorService>();
            var c = (await fd.RecordAsync([child.Id], new ContactDetails(new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc), ContactRoute.Phone, ContactKind.Referral, "2A",
                "Ms Ada Lovegood", "Northbridge Primary School", null, null, null, null, "Lily has bruises on her arm and says dad grabbed her.", null, ConsentToShare.NotRequired, null, YesNoNotKnown.No), CancellationToken.None))[0];
            await fd.MarkHistoryReadAsync(c.Id, null, CancellationToken.None);
            await fd.DecideAsync(c.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed, "Physical injury explained by the child.", null, null, "N1"), CancellationToken.None);
            return c.Id;
        });
        var team = new Team { Id = Guid.NewGuid(), Name = "Northbridge Safeguarding" };
        await app.WithDbAsync(async db =>
        {
            db.Teams.Add(team);
            // Only a social worker in a team can be allocated a child.
            (await db.Users.SingleAsync(u => u.Id == worker.Id)).TeamId = team.Id;
            await db.SaveChangesAsync();
        });
        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.PersonId == child.Id));
        await app.AsUserAsync(worker, async s =>
        {
            await s.GetRequiredService<Haven.Web.Features.Allocations.AllocationService>().AllocateAsync(child.Id, referral.Id, worker.Id, null, null, CancellationToken.None);
            return 0;
        });
        var allocation = await app.WithDbAsync(db => db.Allocations.SingleAsync(a => a.PersonId == child.Id));

        DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);
        var episode = new EarlyHelpEpisode { Id = Guid.NewGuid(), PersonId = child.Id, StartDate = D("2025-05-01"), EndDate = D("2025-08-01"), ClosureOutcome = EarlyHelpClosure.NeedsMet, LeadProfessional = "Ms Priya Shah", LeadAgency = "Family Hub" };
        var assessment = new Assessment { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = AssessmentType.Single, StartDate = D("2026-09-02"), TimescaleWorkingDays = 45, AuthorisedOn = D("2026-10-10"), AuthorisedByUserId = worker.Id, Outcome = AssessmentOutcome.StrategyDiscussion };
        var strategy = new StrategyDiscussion { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, HeldOn = D("2026-10-12"), Decision = StrategyDecision.StartSection47, Rationale = "Injury and disclosure." };
        var s47 = new Section47Enquiry { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StrategyDiscussionId = strategy.Id, StartDate = D("2026-10-12"), JointWithPolice = true, CompletedOn = D("2026-10-20"), Outcome = Section47Outcome.ConferenceRequired };
        var plan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = D("2026-10-30"), InitialCategory = "PHY", LatestCategory = "PHY", EndDate = D("2026-11-20"), EndReason = PlanEndReason.SteppedDownToChildInNeed };
        var conference = new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = ConferenceType.Initial, Section47Id = s47.Id, ScheduledFor = D("2026-10-30"), HeldOn = D("2026-10-30"), Decision = ConferenceDecision.ChildProtectionPlan, Category = "PHY", ChildProtectionPlanId = plan.Id };
        var coreGroup = new CoreGroupMeeting { Id = Guid.NewGuid(), PlanId = plan.Id, HeldOn = D("2026-11-06"), Attendees = "School, health visitor", Progress = "Good" };
        var review = new ChildInNeedReview { Id = Guid.NewGuid(), HeldOn = D("2026-11-24"), Progress = "Settled", Decision = ChildInNeedReviewDecision.Close };
        var cin = new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = D("2026-11-20"), EndDate = D("2026-11-25"), EndReason = PlanEndReason.NoLongerNeeded, Reviews = [review] };
        CaseNote Note(CaseNoteType type, string date, string subject, bool significant, bool? seen = null) => new()
        {
            Id = Guid.NewGuid(), PersonId = child.Id, Type = type, OccurredOn = D(date), Subject = subject, Text = "…", ChildSeen = seen, SeenAlone = seen,
            IsSignificant = significant, RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = DateTime.UtcNow,
        };
        var visit = Note(CaseNoteType.HomeVisit, "2026-11-10", "Visit after conference", false, seen: true);
        var significantCall = Note(CaseNoteType.PhoneCall, "2026-11-11", "Dad moved out", true);
        var ordinaryCall = Note(CaseNoteType.PhoneCall, "2026-11-12", "Arranged next visit", false);
        var document = new CaseDocument { Id = Guid.NewGuid(), PersonId = child.Id, Title = "Conference minutes", Type = DocumentType.ConferenceMinutes, DocumentDate = D("2026-11-02"), FileName = "minutes.txt", ContentType = "text/plain", SizeBytes = 3, Sha256 = new string('0', 64), UploadedByUserId = worker.Id, UploadedByName = worker.DisplayName };
        var missing = new PersonFlag { Id = Guid.NewGuid(), PersonId = child.Id, Type = FlagType.MissingFromHome, From = D("2026-11-01"), To = D("2026-11-03"), Note = "Found at a friend's house" };
        var allergy = new PersonFlag { Id = Guid.NewGuid(), PersonId = child.Id, Type = FlagType.Allergy, From = D("2026-01-01"), Note = "Peanuts" };
        var court = new ChronologyEntry { Id = Guid.NewGuid(), PersonId = child.Id, OccurredOn = D("2026-11-15"), Category = ChronologyCategory.Court, Summary = "Dad charged with assault; bail conditions keep him away", Source = "Police", RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(episode, assessment, strategy, s47, plan, conference, coreGroup, cin, visit, significantCall, ordinaryCall, document, missing, allergy, court);
            db.CaseDocumentContents.Add(new CaseDocumentContent { DocumentId = document.Id, Bytes = [1, 2, 3] });
            var r = await db.Referrals.SingleAsync(x => x.Id == referral.Id);
            r.ClosedOn = D("2026-11-25");
            r.ReasonForClosure = "RC7";
            await db.SaveChangesAsync();
        });

        var keys = new Dictionary<string, string>
        {
            ["contact"] = $"contact:{contactId}:received",
            ["decision"] = $"contact:{contactId}:decided",
            ["referral"] = $"referral:{referral.Id}",
            ["closed"] = $"referral:{referral.Id}:closed",
            ["allocation"] = $"allocation:{allocation.Id}",
            ["eh-start"] = $"earlyhelp:{episode.Id}:started",
            ["eh-end"] = $"earlyhelp:{episode.Id}:ended",
            ["assessment-start"] = $"assessment:{assessment.Id}:started",
            ["assessment-authorised"] = $"assessment:{assessment.Id}:authorised",
            ["strategy"] = $"strategy:{strategy.Id}",
            ["s47-start"] = $"s47:{s47.Id}:started",
            ["s47-end"] = $"s47:{s47.Id}:completed",
            ["conference"] = $"conference:{conference.Id}:held",
            ["cp-start"] = $"cpplan:{plan.Id}:started",
            ["cp-end"] = $"cpplan:{plan.Id}:ended",
            ["core-group"] = $"coregroup:{coreGroup.Id}",
            ["cin-start"] = $"cinplan:{cin.Id}:started",
            ["cin-review"] = $"cinreview:{review.Id}",
            ["cin-end"] = $"cinplan:{cin.Id}:ended",
            ["visit"] = $"note:{visit.Id}",
            ["call"] = $"note:{significantCall.Id}",
            ["document"] = $"document:{document.Id}",
            ["missing-from"] = $"flag:{missing.Id}:from",
            ["missing-to"] = $"flag:{missing.Id}:to",
            ["court"] = $"entry:{court.Id}",
        };
        return new Journey(worker, child, await app.SignInAsync(worker), keys);
    }

    private static string Id(string key) => "event-" + key.Replace(':', '-');

    private static List<string> EventIds(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll(".moj-timeline__item").Select(e => e.Id!).ToList();

    private static string Summary(AngleSharp.Html.Dom.IHtmlDocument doc, string key) =>
        doc.GetElementById(Id(key))!.QuerySelector(".moj-timeline__description p")!.TextContent.Trim();

    [Fact]
    public async Task Every_step_of_the_journey_appears_once_newest_first_and_nothing_else_does()
    {
        var j = await SeedAsync();
        var doc = await j.Client.GetDocumentAsync(Url(j.Child));
        var ids = EventIds(doc);
        Assert.Equal(j.Keys.Values.Select(Id).Order(), ids.Order());
        Assert.Equal(ids.Count, ids.Distinct().Count());

        var dates = doc.QuerySelectorAll(".moj-timeline__date time").Select(t => DateOnly.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(Id(j.Keys["eh-start"]), ids[^1]);

        Assert.Equal("Referral received from schools (C-2026-", Summary(doc, j.Keys["contact"])[..39]);
        Assert.Equal("Front door decision: referral to social care for assessment (level 3: child in need)", Summary(doc, j.Keys["decision"]));
        Assert.Equal("Allocated to Cara Chronology (Northbridge Safeguarding)", Summary(doc, j.Keys["allocation"]));
        Assert.Equal("Single assessment authorised: strategy discussion", Summary(doc, j.Keys["assessment-authorised"]));
        Assert.Equal("Section 47 enquiry started jointly with the police", Summary(doc, j.Keys["s47-start"]));
        Assert.Equal("Initial child protection conference: child protection plan, category physical abuse", Summary(doc, j.Keys["conference"]));
        Assert.Equal("Child protection plan ended: stepped down to a child in need plan", Summary(doc, j.Keys["cp-end"]));
        Assert.Equal("Home visit (child seen alone): Visit after conference", Summary(doc, j.Keys["visit"]));
        Assert.Equal("Warning added: Missing from home: Found at a friend's house", Summary(doc, j.Keys["missing-from"]));
        Assert.Equal("Case closed: services ceased for any other reason, including child no longer in need", Summary(doc, j.Keys["closed"]));
        Assert.Contains("Source: Police", doc.GetElementById(Id(j.Keys["court"]))!.TextContent, StringComparison.Ordinal);
        Assert.Contains("by Cara Chronology", doc.GetElementById(Id(j.Keys["assessment-authorised"]))!.TextContent, StringComparison.Ordinal);
        // Significant by default: the plan's start; not: a core group.
        Assert.Contains("Significant", doc.GetElementById(Id(j.Keys["cp-start"]))!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Significant", doc.GetElementById(Id(j.Keys["core-group"]))!.QuerySelector(".moj-timeline__description")!.TextContent.Replace("Mark as significant", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_category_dates_and_significance()
    {
        var j = await SeedAsync();
        Assert.Equal([Id(j.Keys["visit"])], EventIds(await j.Client.GetDocumentAsync(Url(j.Child, "?category=Visit"))));
        Assert.Equal(new[] { j.Keys["cp-start"], j.Keys["cp-end"], j.Keys["cin-start"], j.Keys["cin-end"] }.Select(Id).Order(),
            EventIds(await j.Client.GetDocumentAsync(Url(j.Child, "?category=Plan"))).Order());
        var november = EventIds(await j.Client.GetDocumentAsync(Url(j.Child, "?From.Day=10&From.Month=11&From.Year=2026&To.Day=12&To.Month=11&To.Year=2026")));
        Assert.Equal([Id(j.Keys["call"]), Id(j.Keys["visit"])], november);
        var significant = EventIds(await j.Client.GetDocumentAsync(Url(j.Child, "?significant=true")));
        Assert.Contains(Id(j.Keys["call"]), significant);
        Assert.Contains(Id(j.Keys["s47-start"]), significant);
        Assert.DoesNotContain(Id(j.Keys["visit"]), significant);
        Assert.DoesNotContain(Id(j.Keys["core-group"]), significant);
        var text = Html.MainText(await j.Client.GetDocumentAsync(Url(j.Child, "?significant=true&category=Plan&category=Visit")));
        Assert.Contains("4 of 25 events match the filter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_marks_an_event_significant_and_unmarks_it_with_each_change_audited()
    {
        var j = await SeedAsync();
        var form = await j.Client.GetFormAsync(Url(j.Child), $"#{Id(j.Keys["visit"])} form");
        Assert.Equal("true", form["significant"]);
        var marked = await j.Client.PostFormAsync(Url(j.Child, "/mark?category=Visit"), form, []);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.EndsWith($"/chronology?category=Visit#{Id(j.Keys["visit"])}", marked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Id(j.Keys["visit"]), EventIds(await j.Client.GetDocumentAsync(Url(j.Child, "?significant=true"))));
        var mark = await app.WithDbAsync(db => db.ChronologyMarks.SingleAsync(m => m.PersonId == j.Child.Id));
        Assert.Equal((j.Keys["visit"], true), (mark.EventKey, mark.IsSignificant));

        var unform = await j.Client.GetFormAsync(Url(j.Child), $"#{Id(j.Keys["visit"])} form");
        Assert.Equal("false", unform["significant"]);
        Assert.Equal(HttpStatusCode.Redirect, (await j.Client.PostFormAsync(Url(j.Child, "/mark"), unform, [])).StatusCode);
        Assert.False((await app.WithDbAsync(db => db.ChronologyMarks.SingleAsync(m => m.PersonId == j.Child.Id))).IsSignificant);
        Assert.DoesNotContain(Id(j.Keys["visit"]), EventIds(await j.Client.GetDocumentAsync(Url(j.Child, "?significant=true"))));

        // A plan starting is significant by default; a worker can say otherwise.
        var planForm = await j.Client.GetFormAsync(Url(j.Child), $"#{Id(j.Keys["cp-start"])} form");
        Assert.Equal(HttpStatusCode.Redirect, (await j.Client.PostFormAsync(Url(j.Child, "/mark"), planForm, [])).StatusCode);
        Assert.DoesNotContain(Id(j.Keys["cp-start"]), EventIds(await j.Client.GetDocumentAsync(Url(j.Child, "?significant=true"))));

        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == j.Child.Id && e.Type == CaseEventTypes.ChronologySignificanceChanged).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(3, events.Count);
        Assert.Equal("Marked significant: Home visit (child seen alone): Visit after conference", events[0].Summary);
        Assert.Contains(new FieldChange("Significant", "Yes", "No"), events[1].Changes);

        Assert.Equal(HttpStatusCode.NotFound, (await j.Client.GetAsync(Url(j.Child, "/unmark"))).StatusCode);
        var forged = await j.Client.PostFormAsync(Url(j.Child, "/mark"), new() { ["__RequestVerificationToken"] = form["__RequestVerificationToken"], ["key"] = "assessment:not-a-real-one", ["significant"] = "true" }, []);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.ChronologyMarks.CountAsync(m => m.PersonId == j.Child.Id)));
    }

    [Fact]
    public async Task Feedback_sent_to_the_referrer_and_other_notes_appear_and_unmarking_reads_as_an_action()
    {
        var j = await SeedAsync();
        var contactId = Guid.Parse(j.Keys["contact"].Split(':')[1]);
        var other = new CaseNote
        {
            Id = Guid.NewGuid(), PersonId = j.Child.Id, Type = CaseNoteType.Other, OccurredOn = new DateOnly(2026, 11, 13), Subject = "Court hearing adjourned", Text = "…",
            RecordedByUserId = j.Worker.Id, RecordedByName = j.Worker.DisplayName, RecordedAtUtc = DateTime.UtcNow,
        };
        // The decision left feedback waiting (not in the chronology: the journey test shows every event); now it is sent.
        var feedback = await app.WithDbAsync(async db =>
        {
            var waiting = await db.ReferrerFeedback.SingleAsync(f => f.ContactId == contactId);
            (waiting.Method, waiting.Status, waiting.SentAtUtc, waiting.SentByUserId) = (FeedbackMethod.Email, FeedbackStatus.Sent, new DateTime(2026, 9, 3, 15, 0, 0, DateTimeKind.Utc), j.Worker.Id);
            db.Add(other);
            await db.SaveChangesAsync();
            return waiting;
        });

        var doc = await j.Client.GetDocumentAsync(Url(j.Child));
        Assert.Equal("Feedback on the decision sent to the referrer (Ms Ada Lovegood, Northbridge Primary School) by email", Summary(doc, $"feedback:{feedback.Id}"));
        Assert.Contains("by Cara Chronology", doc.GetElementById(Id($"feedback:{feedback.Id}"))!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Other: Court hearing adjourned", Summary(doc, $"note:{other.Id}"));

        // A significant event's button says what it does, not what the event is, with the event named for screen readers.
        var button = doc.GetElementById(Id(j.Keys["cp-start"]))!.QuerySelector("button")!;
        Assert.Equal("Remove from significant events", button.ChildNodes.OfType<AngleSharp.Dom.IText>().Select(t => t.Text).Aggregate("", string.Concat).Trim());
        Assert.StartsWith(": 30 October 2026, Child protection plan started", button.QuerySelector(".govuk-visually-hidden")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Not significant", Html.MainText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_adds_an_event_the_record_cannot_know()
    {
        var j = await SeedAsync();
        var url = Url(j.Child, "/events/new");
        var form = await j.Client.GetFormAsync(url);
        var refused = await j.Client.PostFormAsync(url, form, new() { ["OccurredOn.Day"] = "3", ["OccurredOn.Month"] = "10", ["OccurredOn.Year"] = "2026", ["Summary"] = " ", ["Source"] = "Mum" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(["Select what kind of event this was", "Enter what happened"], Html.ErrorSummary(doc));
        Assert.Equal("Mum", Html.Value(doc, "Source"));

        var added = await j.Client.PostFormAsync(url, form, new()
        {
            ["OccurredOn.Day"] = "3", ["OccurredOn.Month"] = "oct", ["OccurredOn.Year"] = "2026", ["Category"] = "Move", ["Summary"] = "Moved with mum to her grandmother's flat", ["Source"] = "Mum", ["Significant"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var entry = await app.WithDbAsync(db => db.ChronologyEntries.SingleAsync(e => e.PersonId == j.Child.Id && e.Category == ChronologyCategory.Move));
        Assert.Equal((new DateOnly(2026, 10, 3), "Mum", true, j.Worker.Id), (entry.OccurredOn, entry.Source, entry.IsSignificant, entry.RecordedByUserId));
        Assert.EndsWith($"#event-entry-{entry.Id}", added.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var recorded = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.PersonId == j.Child.Id && e.Type == CaseEventTypes.ChronologyEntryAdded));
        Assert.Contains(new FieldChange("Category", null, "Move"), recorded.Changes);

        var page = await j.Client.GetDocumentAsync(Url(j.Child, "?category=Move&significant=true"));
        Assert.Equal([$"event-entry-{entry.Id}"], EventIds(page));
    }

    [Fact]
    public async Task The_word_export_holds_every_event_of_the_filter_and_is_audited()
    {
        var j = await SeedAsync();
        var response = await j.Client.GetAsync(Url(j.Child, "/export/docx?category=Plan&category=Visit"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        XDocument xml;
        using (var stream = zip.GetEntry("word/document.xml")!.Open())
        {
            xml = XDocument.Load(stream);
        }
        var paragraphs = xml.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))).ToList();
        Assert.Contains("Chronology for Lily Ashdown", paragraphs);
        Assert.Contains("Filtered: plan, visit", string.Join("\n", paragraphs), StringComparison.Ordinal);
        foreach (var summary in new[] { "Child protection plan started: physical abuse", "Child protection plan ended: stepped down to a child in need plan", "Child in need plan started", "Child in need plan ended: no longer needed", "Home visit (child seen alone): Visit after conference" })
        {
            Assert.Single(paragraphs, p => p.EndsWith(summary, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(paragraphs, p => p.Contains("Core group meeting", StringComparison.Ordinal));
        Assert.Equal(6, xml.Descendants(w + "tr").Count());
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));

        var exported = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.PersonId == j.Child.Id && e.Type == CaseEventTypes.ChronologyExported));
        Assert.Contains(new FieldChange("Events", null, "5"), exported.Changes);
        Assert.Contains(new FieldChange("Format", null, "Word (DOCX)"), exported.Changes);
    }

    [Fact]
    public async Task The_pdf_export_prints_the_print_view_and_is_audited()
    {
        var j = await SeedAsync();
        var print = await j.Client.GetAsync(Url(j.Child, "/print?significant=true"));
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Contains("style-src 'sha256-", Assert.Single(print.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var html = await print.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Chronology for Lily Ashdown</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Filtered: significant events only", html, StringComparison.Ordinal);

        var response = await j.Client.GetAsync(Url(j.Child, "/export/pdf?significant=true"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = await PdfTextAsync(pdf);
        Assert.Contains("Chronology for Lily Ashdown", text, StringComparison.Ordinal);
        Assert.Contains("Strategy discussion", text, StringComparison.Ordinal);
        Assert.Contains("Dad moved out", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Core group meeting", text, StringComparison.Ordinal);
        var exported = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.PersonId == j.Child.Id && e.Type == CaseEventTypes.ChronologyExported));
        Assert.Contains(new FieldChange("Format", null, "PDF"), exported.Changes);
        Assert.Contains(new FieldChange("Filter", null, "Filtered: significant events only"), exported.Changes);
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"haven-chronology-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { path, "-" })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class ChronologyTestsOnSqlite(SqliteAppFactory app) : ChronologyTests<SqliteAppFactory>(app);

public sealed class ChronologyTestsOnPostgres(PostgresAppFactory app) : ChronologyTests<PostgresAppFactory>(app);
