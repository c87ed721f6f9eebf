using System.Net;
using Haven.Data;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Web.Features.WorkTray;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.LookedAfter;

/// <summary>
/// A child in care's health, education, missing episodes and advocacy through the real pages, on both databases. The
/// fake clock's today is Wednesday 25 November 2026; the child came into care on Tuesday 3 November.
/// </summary>
public abstract class CareHealthTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly DateOnly CameIntoCare = new(2026, 11, 3);

    /// <summary>A referred child taken into care on 3 November (the care record's own pages are another branch's: the period is written directly).</summary>
    private async Task<(SocialCareCase Case, HttpClient Worker, string Care)> InCareAsync(string first)
    {
        var c = await app.ReferredChildAsync(first, "Hollis");
        await app.WithDbAsync(db =>
        {
            db.CarePeriods.Add(new CarePeriod
            {
                Id = Guid.NewGuid(), PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = CameIntoCare, EntryRoute = CareEntryRoute.EmergencyAccommodation,
                DecisionBy = "Priya Shah, head of service", DecisionOn = CameIntoCare, DecisionRationale = "Mother in hospital; no family able to care.",
                CategoryOfNeed = "N1", CarePlanDueOn = CameIntoCare.AddDays(14), RecordedByUserId = c.Worker.Id, RecordedByName = "Worker",
                RecordedAtUtc = new DateTime(2026, 11, 3, 12, 0, 0, DateTimeKind.Utc),
            });
            return db.SaveChangesAsync();
        });
        return (c, await app.SignInAsync(c.Worker), $"/people/{c.Child.Id}/care");
    }

    [Fact]
    public async Task Health_assessments_and_checks_are_recorded_and_an_sdq_score_outside_0_to_40_is_refused()
    {
        var (c, worker, care) = await InCareAsync("Maisie");
        var page = Html.MainText(await worker.GetDocumentAsync($"{care}/health"));
        // 20 working days from Tuesday 3 November: Tuesday 1 December.
        Assert.Contains("1 December 2026", page, StringComparison.Ordinal);
        Assert.Contains("In time", page, StringComparison.Ordinal);

        var initial = $"{care}/health/record/InitialHealthAssessment";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(initial, await worker.GetFormAsync(initial),
            Date("DoneOn", new DateOnly(2026, 11, 20)).With(new() { ["DoneBy"] = "Dr Okafor, community paediatrician" }))).StatusCode);

        var sdq = $"{care}/health/record/StrengthsAndDifficulties";
        var tooHigh = await worker.PostFormAsync(sdq, await worker.GetFormAsync(sdq), Date("DoneOn", new DateOnly(2026, 11, 24)).With(new() { ["Score"] = "41" }));
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        var tooHighDoc = await tooHigh.ReadDocumentAsync();
        Assert.Equal("The SDQ score must be from 0 to 40", Html.InlineError(tooHighDoc, "Score"));
        Assert.Equal("41", Html.Value(tooHighDoc, "Score"));
        var notWhole = await worker.PostFormAsync(sdq, await worker.GetFormAsync(sdq), Date("DoneOn", new DateOnly(2026, 11, 24)).With(new() { ["Score"] = "12.5" }));
        Assert.Equal(HttpStatusCode.BadRequest, notWhole.StatusCode);
        Assert.Equal("Enter the SDQ score as a whole number from 0 to 40, like 14", Html.InlineError(await notWhole.ReadDocumentAsync(), "Score"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(sdq, await worker.GetFormAsync(sdq), Date("DoneOn", new DateOnly(2026, 11, 24)).With(new() { ["Score"] = "14" }))).StatusCode);

        var immunisations = $"{care}/health/record/Immunisations";
        var unanswered = await worker.PostFormAsync(immunisations, await worker.GetFormAsync(immunisations), Date("DoneOn", new DateOnly(2026, 11, 24)));
        Assert.Equal("Select whether the child's immunisations are up to date", Html.InlineError(await unanswered.ReadDocumentAsync(), "UpToDate"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(immunisations, await worker.GetFormAsync(immunisations),
            Date("DoneOn", new DateOnly(2026, 11, 24)).With(new() { ["UpToDate"] = "true" }))).StatusCode);

        var checks = await app.WithDbAsync(db => db.HealthChecks.Where(h => h.PersonId == c.Child.Id).OrderBy(h => h.DoneOn).ThenBy(h => h.Kind).ToListAsync());
        Assert.Equal([HealthCheckKind.InitialHealthAssessment, HealthCheckKind.Immunisations, HealthCheckKind.StrengthsAndDifficulties], checks.Select(h => h.Kind));
        Assert.Equal(14, checks[2].Score);
        Assert.True(checks[1].UpToDate);

        var after = await worker.GetDocumentAsync($"{care}/health");
        var assessments = after.QuerySelector("#assessments")!.TextContent;
        Assert.Contains("Completed in time", assessments, StringComparison.Ordinal);
        // Maisie is 9: the first review is a year after the initial assessment.
        Assert.Contains("20 November 2027", assessments, StringComparison.Ordinal);
        Assert.Contains("14 out of 40", after.QuerySelector("#latest")!.TextContent, StringComparison.Ordinal);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.HealthCheckRecorded);
        Assert.Equal(3, events.Count);
        Assert.Contains(new FieldChange("SDQ score", null, "14"), events[1].Changes);
    }

    [Fact]
    public async Task The_checks_recorded_filter_by_kind_sort_by_date_or_check_and_download_as_an_audited_csv()
    {
        var (c, worker, care) = await InCareAsync("Nell");
        await app.WithDbAsync(db =>
        {
            var periodId = db.CarePeriods.Single(p => p.PersonId == c.Child.Id).Id;
            foreach (var (kind, on, by) in new[] { (HealthCheckKind.DentalCheck, 10, "Smile Dental"), (HealthCheckKind.InitialHealthAssessment, 20, "Dr Okafor"), (HealthCheckKind.DentalCheck, 24, "Smile Dental, follow-up") })
            {
                db.HealthChecks.Add(new HealthCheck
                {
                    Id = Guid.NewGuid(), PersonId = c.Child.Id, CarePeriodId = periodId, Kind = kind, DoneOn = new DateOnly(2026, 11, on), DoneBy = by,
                    RecordedByUserId = c.Worker.Id, RecordedByName = "Worker",
                });
            }
            return db.SaveChangesAsync();
        });
        static List<string> Rows(AngleSharp.Html.Dom.IHtmlDocument doc) =>
            [.. doc.QuerySelectorAll("#checks tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim())))];

        // Newest first by default.
        Assert.Equal(["24 November 2026|Dental check|Smile Dental, follow-up", "20 November 2026|Initial health assessment|Dr Okafor", "10 November 2026|Dental check|Smile Dental"],
            Rows(await worker.GetDocumentAsync($"{care}/health")));
        Assert.Equal(["10 November 2026|Dental check|Smile Dental", "24 November 2026|Dental check|Smile Dental, follow-up"],
            Rows(await worker.GetDocumentAsync($"{care}/health?check=DentalCheck&sort=date&dir=asc")));
        Assert.Equal("Initial health assessment", Rows(await worker.GetDocumentAsync($"{care}/health?sort=check&dir=desc"))[0].Split('|')[1]);

        var csv = await worker.GetAsync($"{care}/health?check=DentalCheck&sort=date&dir=desc&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Date,Check,Result or by whom,Note", "24 November 2026,Dental check,\"Smile Dental, follow-up\",", "10 November 2026,Dental check,Smile Dental,"], lines);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.TargetName == $"health checks for {c.Child.LaPersonId}")));
    }

    [Fact]
    public async Task A_pep_and_a_suspension_are_recorded_and_bad_attendance_or_a_suspension_ending_before_it_starts_is_refused()
    {
        var (c, worker, care) = await InCareAsync("Tyler");
        // Ten working days from 3 November: 17 November, so the first PEP is already late.
        Assert.Contains("Overdue", (await worker.GetDocumentAsync($"{care}/education")).QuerySelector("#peps")!.TextContent, StringComparison.Ordinal);

        var pep = $"{care}/education/pep/new";
        var fields = Date("HeldOn", new DateOnly(2026, 11, 19)).With(new()
        {
            ["SchoolName"] = "Kingsford Academy", ["SchoolUrn"] = "137001", ["VirtualSchoolContact"] = "Mo Ali", ["AttendancePercent"] = "101", ["Sen"] = "SenSupport",
        });
        var refused = await worker.PostFormAsync(pep, await worker.GetFormAsync(pep), fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedDoc = await refused.ReadDocumentAsync();
        Assert.Equal("Attendance must be a percentage from 0 to 100", Html.InlineError(refusedDoc, "AttendancePercent"));
        Assert.Equal("Kingsford Academy", Html.Value(refusedDoc, "SchoolName"));
        Assert.Equal(0, await app.WithDbAsync(db => db.EducationPlans.CountAsync(e => e.PersonId == c.Child.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(pep, await worker.GetFormAsync(pep), fields.With(new() { ["AttendancePercent"] = "92.5" }))).StatusCode);
        var plan = await app.WithDbAsync(db => db.EducationPlans.SingleAsync(e => e.PersonId == c.Child.Id));
        Assert.Equal((92.5m, SenStatus.SenSupport, "137001"), (plan.AttendancePercent, plan.Sen, plan.SchoolUrn));
        var education = await worker.GetDocumentAsync($"{care}/education");
        Assert.Contains("Completed late", education.QuerySelector("#peps")!.TextContent, StringComparison.Ordinal);
        // Held in the autumn term: the next is due by the end of the spring term.
        Assert.Contains("31 March 2027", education.QuerySelector("#peps")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("92.5%", education.QuerySelector("#school")!.TextContent, StringComparison.Ordinal);

        var exclusion = $"{care}/education/exclusions/new";
        var backwards = await worker.PostFormAsync(exclusion, await worker.GetFormAsync(exclusion),
            Date("StartDate", new DateOnly(2026, 11, 23)).With(Date("EndDate", new DateOnly(2026, 11, 20))).With(new() { ["Kind"] = "Suspension" }));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("The last day of the suspension cannot be before its first day", Html.InlineError(await backwards.ReadDocumentAsync(), "EndDate"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(exclusion, await worker.GetFormAsync(exclusion),
            Date("StartDate", new DateOnly(2026, 11, 23)).With(Date("EndDate", new DateOnly(2026, 11, 24))).With(new() { ["Kind"] = "Suspension", ["Reason"] = "Fight at lunch" }))).StatusCode);
        Assert.Equal([CaseEventTypes.EducationPlanRecorded, CaseEventTypes.SchoolExclusionRecorded],
            (await app.EventsAsync(c.Child, CaseEventTypes.EducationPlanRecorded, CaseEventTypes.SchoolExclusionRecorded)).Select(e => e.Type));
    }

    [Fact]
    public async Task A_missing_episode_with_its_return_and_interview_refuses_a_return_before_it_began_and_an_interview_before_the_return()
    {
        var (c, worker, care) = await InCareAsync("Kian");
        var report = $"{care}/missing/new";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(report, await worker.GetFormAsync(report), Date("StartedOn", new DateOnly(2026, 11, 20)).With(new()
        {
            ["MissingOrAway"] = "M", ["StartedTime"] = "9pm", ["PoliceInformed"] = "true", ["PoliceReference"] = "HV-2026-1120-77",
        }))).StatusCode);
        var episode = await app.WithDbAsync(db => db.MissingEpisodes.SingleAsync(m => m.PersonId == c.Child.Id));
        Assert.Equal(new DateTime(2026, 11, 20, 21, 0, 0, DateTimeKind.Utc), episode.StartedAtUtc);

        var interviewTooSoon = await worker.GetAsync($"{care}/missing/{episode.Id}/interview");
        Assert.Equal(HttpStatusCode.Redirect, interviewTooSoon.StatusCode);

        var back = $"{care}/missing/{episode.Id}/return";
        var before = await worker.PostFormAsync(back, await worker.GetFormAsync(back), Date("ReturnedOn", new DateOnly(2026, 11, 20)).With(new()
        {
            ["ReturnedTime"] = "8pm", ["WhereFound"] = "At a friend's flat in Kingsford", ["Screening"] = "CriminalExploitationRisk",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        var beforeDoc = await before.ReadDocumentAsync();
        Assert.Equal("The return must be after the child went missing on 20 November 2026 at 9pm", Html.InlineError(beforeDoc, "ReturnedTime"));
        Assert.Equal("At a friend's flat in Kingsford", beforeDoc.QuerySelector("#WhereFound")!.TextContent.Trim());
        Assert.Null((await app.WithDbAsync(db => db.MissingEpisodes.SingleAsync(m => m.Id == episode.Id))).ReturnedAtUtc);

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(back, await worker.GetFormAsync(back), Date("ReturnedOn", new DateOnly(2026, 11, 21)).With(new()
        {
            ["ReturnedTime"] = "08:00", ["WhereFound"] = "At a friend's flat in Kingsford", ["Screening"] = "CriminalExploitationRisk", ["ScreeningOutcome"] = "Referred to the exploitation panel",
        }))).StatusCode);
        var list = Html.MainText(await worker.GetDocumentAsync($"{care}/missing"));
        // 72 hours after 8am on Saturday 21 November: 8am on Tuesday 24 November, which has passed.
        Assert.Contains("Due by 24 November 2026 at 8am", list, StringComparison.Ordinal);
        Assert.Contains("Overdue", list, StringComparison.Ordinal);

        var interview = $"{care}/missing/{episode.Id}/interview";
        var early = await worker.PostFormAsync(interview, await worker.GetFormAsync(interview), Date("OfferedOn", new DateOnly(2026, 11, 21)).With(new()
        {
            ["OfferedTime"] = "7am", ["OfferedBy"] = "Sam Reid, return home interview worker",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("The interview cannot be offered before the child came back on 21 November 2026 at 8am", Html.InlineError(await early.ReadDocumentAsync(), "OfferedTime"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(interview, await worker.GetFormAsync(interview), Date("OfferedOn", new DateOnly(2026, 11, 21))
            .With(Date("HeldOn", new DateOnly(2026, 11, 23))).With(new()
            {
                ["OfferedTime"] = "10am", ["OfferedBy"] = "Sam Reid, return home interview worker", ["HeldTime"] = "4pm", ["HeldBy"] = "Sam Reid",
                ["Outcome"] = "Kian went to a party with older boys he met online; safety plan agreed.",
            }))).StatusCode);
        var done = await app.WithDbAsync(db => db.MissingEpisodes.SingleAsync(m => m.Id == episode.Id));
        Assert.Equal(new DateTime(2026, 11, 23, 16, 0, 0, DateTimeKind.Utc), done.InterviewHeldAtUtc);
        Assert.Contains("Completed in time", Html.MainText(await worker.GetDocumentAsync($"{care}/missing")), StringComparison.Ordinal);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.MissingEpisodeReported, CaseEventTypes.MissingEpisodeReturned, CaseEventTypes.ReturnInterviewRecorded);
        Assert.Equal([CaseEventTypes.MissingEpisodeReported, CaseEventTypes.MissingEpisodeReturned, CaseEventTypes.ReturnInterviewRecorded], events.Select(e => e.Type));
        Assert.Equal("Came back on 21 November 2026 at 8am; return home interview due by 24 November 2026 at 8am", events[1].Summary);

        // The chronology shows each step once, from the episode itself.
        var chronology = (await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")).QuerySelectorAll("main p.govuk-body").Select(p => p.TextContent.Trim()).ToList();
        Assert.Single(chronology, "Missing from 20 November 2026 at 9pm");
        Assert.Single(chronology, "Came back: At a friend's flat in Kingsford");
        Assert.Single(chronology, "Return home interview held");
    }

    [Fact]
    public async Task An_advocate_accepted_needs_who_and_the_pledge_is_shown_from_the_settings()
    {
        var (c, worker, care) = await InCareAsync("Leah");
        var page = await worker.GetDocumentAsync($"{care}/advocacy");
        Assert.Contains("Our promise to you", page.QuerySelector("#pledge")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Children in Care Council", page.QuerySelector("#children-in-care-council")!.TextContent, StringComparison.Ordinal);

        var offer = $"{care}/advocacy/new";
        var noWho = await worker.PostFormAsync(offer, await worker.GetFormAsync(offer), Date("OfferedOn", new DateOnly(2026, 11, 10)).With(new() { ["Kind"] = "Advocate", ["Answer"] = "Accepted" }));
        Assert.Equal(HttpStatusCode.BadRequest, noWho.StatusCode);
        Assert.Equal("Enter who the visitor or advocate is, or the service providing them", Html.InlineError(await noWho.ReadDocumentAsync(), "Who"));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(offer, await worker.GetFormAsync(offer),
            Date("OfferedOn", new DateOnly(2026, 11, 10)).With(new() { ["Kind"] = "IndependentVisitor", ["Answer"] = "Declined" }))).StatusCode);
        Assert.Contains("Independent visitor", (await worker.GetDocumentAsync($"{care}/advocacy")).QuerySelector("#offers")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.AdvocacyOffered));
    }

    [Fact]
    public async Task A_child_not_in_care_is_sent_back_from_every_form_and_the_work_tray_shows_the_care_clocks()
    {
        var c = await app.ReferredChildAsync("Ruby", "Stone");
        var worker = await app.SignInAsync(c.Worker);
        foreach (var form in new[] { "health/record/DentalCheck", "education/pep/new", "education/exclusions/new", "missing/new", "advocacy/new" })
        {
            var response = await worker.GetAsync($"/people/{c.Child.Id}/care/{form}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/people/{c.Child.Id}/care/health/record/Haircut")).StatusCode);

        var (inCare, _, _) = await InCareAsync("Noah");
        var snapshots = await app.AsUserAsync(inCare.Worker, s => s.GetRequiredService<WorkTrayQueries>().SnapshotsAsync([inCare.Child.Id], CancellationToken.None));
        var work = DueWork.For(snapshots[inCare.Child.Id], LocalTimescales.Default, new DateOnly(2026, 11, 25), WorkingDayCalendar.EnglandAndWales);
        Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(work, i => i.Kind == WorkKind.InitialHealthAssessment).DueOn);
        Assert.Equal(new DateOnly(2026, 11, 17), Assert.Single(work, i => i.Kind == WorkKind.PersonalEducationPlan).DueOn);

        // The care record page's summary reads the same clocks.
        var summary = await app.AsUserAsync(inCare.Worker, s => Haven.Web.Features.LookedAfter.Health.CareHealthSummary.LoadAsync(
            s.GetRequiredService<Haven.Web.Infrastructure.RecordLoader>(), inCare.Child, new DateOnly(2026, 11, 25), CancellationToken.None));
        Assert.Equal((new DateOnly(2026, 12, 1), TimescaleState.NotYetDue), (summary!.HealthAssessment!.DueDate, summary.HealthAssessment.State));
        Assert.Equal(TimescaleState.Overdue, summary.EducationPlan!.State);
        Assert.Null(await app.AsUserAsync(c.Worker, s => Haven.Web.Features.LookedAfter.Health.CareHealthSummary.LoadAsync(
            s.GetRequiredService<Haven.Web.Infrastructure.RecordLoader>(), c.Child, new DateOnly(2026, 11, 25), CancellationToken.None)));
    }
}

public sealed class CareHealthTestsOnSqlite(SqliteAppFactory app) : CareHealthTests<SqliteAppFactory>(app);

public sealed class CareHealthTestsOnPostgres(PostgresAppFactory app) : CareHealthTests<PostgresAppFactory>(app);
