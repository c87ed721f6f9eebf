using System.Net;
using Haven.Data;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;
using Haven.Web.Features.WorkTray;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.Permanence;

/// <summary>
/// Court work, adoption and permanence orders through the real pages, on both databases. The fake clock's today is
/// Wednesday 25 November 2026; the child came into care under section 20 on Tuesday 3 November, so the court and
/// adoption steps are squeezed into November (the timescales themselves are worked in the domain tests).
/// </summary>
public abstract class PermanenceTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly DateOnly CameIntoCare = new(2026, 11, 3);

    private static DateOnly Nov(int day) => new(2026, 11, day);

    /// <summary>A referred child in care from 3 November, accommodated (V2) with foster carers (U6).</summary>
    private async Task<(SocialCareCase Case, HttpClient Worker, Guid PeriodId)> InCareAsync(string first)
    {
        var c = await app.ReferredChildAsync(first, "Ashby");
        var periodId = Guid.NewGuid();
        await app.WithDbAsync(db =>
        {
            db.CarePeriods.Add(new CarePeriod
            {
                Id = periodId, PersonId = c.Child.Id, ReferralId = c.ReferralId, StartDate = CameIntoCare, EntryRoute = CareEntryRoute.Accommodation,
                DecisionBy = "Priya Shah, head of service", DecisionOn = CameIntoCare, DecisionRationale = "Neglect; parents agreed to accommodation.",
                CategoryOfNeed = "N1", CarePlanDueOn = CameIntoCare.AddDays(14), RecordedByUserId = c.Worker.Id, RecordedByName = "Worker",
                RecordedAtUtc = new DateTime(2026, 11, 3, 12, 0, 0, DateTimeKind.Utc),
                LegalStatuses = [new() { Id = Guid.NewGuid(), From = CameIntoCare, Code = "V2", RecordedByUserId = c.Worker.Id, RecordedByName = "Worker" }],
                Placements =
                [
                    new()
                    {
                        Id = Guid.NewGuid(), PersonId = c.Child.Id, StartDate = CameIntoCare, PlacementType = "U6", ProviderCode = "PR1", CarerName = "Jo and Sam Reid",
                        RecordedByUserId = c.Worker.Id, RecordedByName = "Worker",
                    },
                ],
            });
            return db.SaveChangesAsync();
        });
        return (c, await app.SignInAsync(c.Worker), periodId);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient worker, string url, Dictionary<string, string> values) =>
        await worker.PostFormAsync(url, await worker.GetFormAsync(url), values);

    private Task<CareProceedings> ProceedingsAsync(Guid child) =>
        app.WithDbAsync(db => db.CareProceedings.Include(p => p.Extensions).Include(p => p.Hearings).AsSplitQuery().SingleAsync(p => p.PersonId == child));

    [Fact]
    public async Task Court_work_from_legal_planning_to_an_interim_care_order_and_an_extension_with_the_26_week_clock_in_the_work_tray()
    {
        var (c, worker, periodId) = await InCareAsync("Tia");
        var court = $"/people/{c.Child.Id}/court";

        var noReasons = await PostAsync(worker, $"{court}/legal-planning", Date("HeldOn", Nov(4)).With(new() { ["Decision"] = "PreProceedings", ["Chair"] = "Head of service" }));
        Assert.Equal(HttpStatusCode.BadRequest, noReasons.StatusCode);
        var noReasonsDoc = await noReasons.ReadDocumentAsync();
        Assert.Equal("Enter the reasons for the decision", Html.InlineError(noReasonsDoc, "Rationale"));
        Assert.Equal("Head of service", Html.Value(noReasonsDoc, "Chair"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/legal-planning",
            Date("HeldOn", Nov(4)).With(new() { ["Decision"] = "PreProceedings", ["Rationale"] = "Threshold met: chronic neglect despite support." }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/family-group-conference",
            Date("OfferedOn", Nov(4)).With(Date("HeldOn", Nov(6))).With(new() { ["Outcome"] = "held" }))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/letter-before-proceedings", Date("SentOn", Nov(5)))).StatusCode);
        var pre = await ProceedingsAsync(c.Child.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{pre.Id}/meeting", Date("HeldOn", Nov(6)).With(new() { ["Outcome"] = "Parents to attend the parenting course." }))).StatusCode);

        var noCourt = await PostAsync(worker, $"{court}/issue", Date("IssuedOn", Nov(9)).With(new() { ["CaseNumber"] = "LS26C01234" }));
        Assert.Equal(HttpStatusCode.BadRequest, noCourt.StatusCode);
        Assert.Equal("Enter the court", Html.InlineError(await noCourt.ReadDocumentAsync(), "Court"));
        Assert.Null((await ProceedingsAsync(c.Child.Id)).IssuedOn);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/issue",
            Date("IssuedOn", Nov(9)).With(new() { ["Court"] = "Family Court at Leeds", ["CaseNumber"] = "LS26C01234" }))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{pre.Id}/hearing",
            Date("HeldOn", Nov(10)).With(new() { ["Kind"] = "Interim", ["Order"] = "InterimCareOrder" }))).StatusCode);
        // The interim care order is the child's legal status from the hearing.
        var statuses = await app.WithDbAsync(db => db.CareLegalStatuses.Where(s => s.CarePeriodId == periodId).OrderBy(s => s.From).Select(s => s.Code).ToListAsync());
        Assert.Equal(["V2", "C1"], statuses);

        var tooLong = await PostAsync(worker, $"{court}/{pre.Id}/extension", Date("GrantedOn", Nov(20)).With(new() { ["Weeks"] = "9", ["Reason"] = "Expert assessment" }));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var tooLongDoc = await tooLong.ReadDocumentAsync();
        Assert.Equal("An extension is between 1 and 8 weeks", Html.InlineError(tooLongDoc, "Weeks"));
        Assert.Equal("9", Html.Value(tooLongDoc, "Weeks"));
        Assert.Equal("Enter the number of weeks as a whole number, like 8", Html.InlineError(await (await PostAsync(worker, $"{court}/{pre.Id}/extension",
            Date("GrantedOn", Nov(20)).With(new() { ["Weeks"] = "eight", ["Reason"] = "Expert assessment" }))).ReadDocumentAsync(), "Weeks"));
        Assert.Empty((await ProceedingsAsync(c.Child.Id)).Extensions);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{pre.Id}/extension",
            Date("GrantedOn", Nov(20)).With(new() { ["Weeks"] = "8", ["Reason"] = "Expert assessment of the father" }))).StatusCode);

        // 26 weeks from Monday 9 November is Monday 10 May 2027; 8 more weeks is Monday 5 July 2027.
        var proceedings = await ProceedingsAsync(c.Child.Id);
        Assert.Equal(new DateOnly(2027, 7, 5), proceedings.ConcludeBy);
        var page = Html.MainText(await worker.GetDocumentAsync(court));
        Assert.Contains("To conclude by 5 July 2027 (extended by 8 weeks)", page, StringComparison.Ordinal);
        Assert.Contains("Week 3 of proceedings", page, StringComparison.Ordinal);

        var snapshots = await app.AsUserAsync(c.Worker, async s =>
        {
            var found = await s.GetRequiredService<WorkTrayQueries>().SnapshotsAsync([c.Child.Id], CancellationToken.None);
            await Haven.Web.Features.Permanence.PermanenceTrayClocks.AddToAsync(s.GetRequiredService<HavenDbContext>(), found, CancellationToken.None);
            return found;
        });
        var work = DueWork.For(snapshots[c.Child.Id], LocalTimescales.Default, Nov(25), WorkingDayCalendar.EnglandAndWales);
        Assert.Equal(new DateOnly(2027, 7, 5), Assert.Single(work, i => i.Kind == WorkKind.ProceedingsConclude).DueOn);
        Assert.Single(work, i => i.Kind == WorkKind.PermanencePlan);

        foreach (var type in new[] { CaseEventTypes.LegalPlanningMeetingHeld, CaseEventTypes.FamilyGroupConferenceRecorded, CaseEventTypes.LetterBeforeProceedingsSent,
            CaseEventTypes.PreProceedingsMeetingHeld, CaseEventTypes.ProceedingsIssued, CaseEventTypes.CourtHearingRecorded, CaseEventTypes.ProceedingsExtended, CaseEventTypes.CareLegalStatusChanged })
        {
            Assert.Single(await app.EventsAsync(c.Child, type));
        }
    }

    [Fact]
    public async Task A_child_moves_from_a_placement_order_to_a_match_placed_for_adoption_and_an_adoption_order_that_ends_care_with_E11()
    {
        var (c, worker, periodId) = await InCareAsync("Lily");
        var court = $"/people/{c.Child.Id}/court";
        var adoption = $"/people/{c.Child.Id}/adoption";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/issue",
            Date("IssuedOn", Nov(4)).With(new() { ["Court"] = "Family Court at Leeds", ["CaseNumber"] = "LS26C04321" }))).StatusCode);
        var proceedings = await ProceedingsAsync(c.Child.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/decision",
            Date("DecisionOn", Nov(5)).With(new() { ["DecisionBy"] = "Anna Field, agency decision maker", ["Rationale"] = "No family able to care; parents unable to change in the child's timescale." }))).StatusCode);
        var journeyId = await app.WithDbAsync(db => db.AdoptionJourneys.Where(j => j.PersonId == c.Child.Id).Select(j => j.Id).SingleAsync());

        // A placement order is made at the final hearing, which concludes the proceedings.
        var notFinal = await PostAsync(worker, $"{court}/{proceedings.Id}/hearing", Date("HeldOn", Nov(10)).With(new() { ["Kind"] = "CaseManagement", ["Order"] = "PlacementOrder" }));
        Assert.Equal(HttpStatusCode.BadRequest, notFinal.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{proceedings.Id}/hearing",
            Date("HeldOn", Nov(10)).With(new() { ["Kind"] = "Final", ["Order"] = "PlacementOrder" }))).StatusCode);
        Assert.Equal((Nov(10), CourtOrderKind.PlacementOrder), ((await ProceedingsAsync(c.Child.Id)).ConcludedOn, (await ProceedingsAsync(c.Child.Id)).FinalOrder));

        var incomplete = await PostAsync(worker, $"{adoption}/{journeyId}/match", Date("PanelOn", Nov(12)).With(Date("MatchedOn", Nov(11)))
            .With(new() { ["Adopters"] = "Chris and Dana Okoro", ["FosterCarers"] = "false", ["Number"] = "2", ["Sex"] = "M1", ["LegalStatus"] = "L11" }));
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var incompleteDoc = await incomplete.ReadDocumentAsync();
        Assert.Equal("The date of the agency decision maker's match decision must be on or after the panel (12 November 2026)", Html.InlineError(incompleteDoc, "MatchedOn"));
        Assert.Equal("A single man or woman is one adopter", Html.InlineError(incompleteDoc, "Sex"));
        Assert.Equal("Chris and Dana Okoro", Html.Value(incompleteDoc, "Adopters"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/{journeyId}/match", Date("PanelOn", Nov(12)).With(Date("MatchedOn", Nov(13)))
            .With(new() { ["Adopters"] = "Chris and Dana Okoro", ["FosterCarers"] = "false", ["Number"] = "2", ["Sex"] = "MF", ["LegalStatus"] = "L11" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/{journeyId}/placed", Date("PlacedOn", Nov(16)))).StatusCode);

        var page = Html.MainText(await worker.GetDocumentAsync(adoption));
        Assert.Contains("10 November 2026", page, StringComparison.Ordinal);
        Assert.Contains("3 days from the placement order", page, StringComparison.Ordinal);
        Assert.Contains("16 November 2026: 13 days from entering care", page, StringComparison.Ordinal);

        var noReason = await PostAsync(worker, $"{adoption}/{journeyId}/order", Date("MadeOn", Nov(24)).With(new() { ["Reason"] = "E45" }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Select whether the application was unopposed or consent was dispensed with", Html.InlineError(await noReason.ReadDocumentAsync(), "Reason"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/{journeyId}/order", Date("MadeOn", Nov(24)).With(new() { ["Reason"] = "E11" }))).StatusCode);

        var period = await app.WithDbAsync(db => db.CarePeriods.Include(p => p.LegalStatuses).SingleAsync(p => p.Id == periodId));
        Assert.Equal((Nov(24), "E11"), (period.EndDate, period.ReasonCeased));
        Assert.Equal(["V2", "E1"], period.LegalStatuses.OrderBy(s => s.From).Select(s => s.Code));

        var chronology = (await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")).QuerySelectorAll("main p.govuk-body").Select(p => p.TextContent.Trim()).ToList();
        Assert.Single(chronology, "Care proceedings issued at Family Court at Leeds (LS26C04321)");
        Assert.Single(chronology, "Agency decision maker decided the child should be placed for adoption");
        Assert.Single(chronology, "Final hearing: placement order; legal status changed: a placement order (the court agreed the child can be placed for adoption) (E1)");
        Assert.Single(chronology, "Matched with adopters (Chris and Dana Okoro)");
        Assert.Single(chronology, "Placed for adoption with Chris and Dana Okoro");
        Assert.Single(chronology, "Left care: adopted");
        foreach (var type in new[] { CaseEventTypes.ProceedingsIssued, CaseEventTypes.AdoptionDecisionMade, CaseEventTypes.CourtHearingRecorded, CaseEventTypes.AdoptionMatchAgreed,
            CaseEventTypes.PlacedForAdoption, CaseEventTypes.LeftCare })
        {
            Assert.Single(await app.EventsAsync(c.Child, type));
        }
    }

    [Fact]
    public async Task Each_save_on_the_court_and_adoption_pages_says_what_was_saved_on_the_page_it_returns_to()
    {
        var (c, worker, _) = await InCareAsync("Rosa");
        var court = $"/people/{c.Child.Id}/court";
        var adoption = $"/people/{c.Child.Id}/adoption";
        var issued = await PostAsync(worker, $"{court}/issue", Date("IssuedOn", Nov(4)).With(new() { ["Court"] = "Family Court at Leeds", ["CaseNumber"] = "LS26C05555" }));
        Assert.Equal(court, issued.Headers.Location?.OriginalString);
        Assert.Contains("Proceedings issued recorded", (await worker.GetDocumentAsync(court)).QuerySelector(".govuk-notification-banner")?.TextContent ?? "", StringComparison.Ordinal);

        var decided = await PostAsync(worker, $"{adoption}/decision", Date("DecisionOn", Nov(5)).With(new() { ["DecisionBy"] = "Anna Field", ["Rationale"] = "Adoption is the plan." }));
        Assert.Equal(adoption, decided.Headers.Location?.OriginalString);
        Assert.Contains("recorded", (await worker.GetDocumentAsync(adoption)).QuerySelector(".govuk-notification-banner")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hearings_table_sorts_by_date_or_what_and_downloads_as_an_audited_csv()
    {
        var (c, worker, _) = await InCareAsync("Ivy");
        var court = $"/people/{c.Child.Id}/court";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/issue",
            Date("IssuedOn", Nov(4)).With(new() { ["Court"] = "Family Court at Leeds", ["CaseNumber"] = "LS26C06666" }))).StatusCode);
        var proceedings = await ProceedingsAsync(c.Child.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{proceedings.Id}/hearing",
            Date("HeldOn", Nov(6)).With(new() { ["Kind"] = "Interim", ["Order"] = "InterimCareOrder" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{proceedings.Id}/hearing",
            Date("HeldOn", Nov(12)).With(new() { ["Kind"] = "CaseManagement", ["Order"] = "" }))).StatusCode);
        static List<string> Column(AngleSharp.Html.Dom.IHtmlDocument doc) =>
            [.. doc.QuerySelectorAll("main table tbody tr").Select(r => r.QuerySelectorAll("td").ElementAt(1).TextContent.Trim())];

        Assert.Equal(["Interim hearing", "Case management hearing"], Column(await worker.GetDocumentAsync(court)));
        Assert.Equal(["Case management hearing", "Interim hearing"], Column(await worker.GetDocumentAsync($"{court}?sort=date&dir=desc")));
        Assert.Equal(["Interim hearing", "Case management hearing"], Column(await worker.GetDocumentAsync($"{court}?sort=what&dir=desc")));

        var csv = await worker.GetAsync($"{court}?sort=date&dir=asc&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Court,Case number,Issued,Date,What,Outcome",
            "Family Court at Leeds,LS26C06666,4 November 2026,6 November 2026,Interim hearing,Interim care order",
            "Family Court at Leeds,LS26C06666,4 November 2026,12 November 2026,Case management hearing,No order"], lines);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.TargetName == $"court work for {c.Child.LaPersonId}")));
    }

    [Fact]
    public async Task A_hearing_that_makes_an_order_is_one_chronology_entry_that_says_the_legal_status_changed_too()
    {
        var (c, worker, _) = await InCareAsync("Maya");
        var court = $"/people/{c.Child.Id}/court";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/issue",
            Date("IssuedOn", Nov(4)).With(new() { ["Court"] = "Family Court at Leeds", ["CaseNumber"] = "LS26C07777" }))).StatusCode);
        var proceedings = await ProceedingsAsync(c.Child.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{proceedings.Id}/hearing",
            Date("HeldOn", Nov(10)).With(new() { ["Kind"] = "Interim", ["Order"] = "InterimCareOrder" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{court}/{proceedings.Id}/hearing",
            Date("HeldOn", Nov(17)).With(new() { ["Kind"] = "CaseManagement", ["Order"] = "" }))).StatusCode);

        var chronology = (await worker.GetDocumentAsync($"/people/{c.Child.Id}/chronology")).QuerySelectorAll("main p.govuk-body").Select(p => p.TextContent.Trim()).ToList();
        // The order and the legal status it gives are one step on one day: one entry saying both, not two.
        var order = Assert.Single(chronology, l => l.Contains("interim care order", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("(C1)", order, StringComparison.Ordinal);
        Assert.Contains("legal status", order, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(chronology, l => l.StartsWith("Legal status changed", StringComparison.Ordinal));
        Assert.Single(chronology, l => l.Contains("no order", StringComparison.Ordinal));
        // Both changes are still audited events of their own.
        Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.CareLegalStatusChanged));
        Assert.Equal(2, (await app.EventsAsync(c.Child, CaseEventTypes.CourtHearingRecorded)).Count);
    }

    [Fact]
    public async Task A_reversed_decision_keeps_its_RD_code_and_a_special_guardianship_order_ends_care_with_its_support_plan()
    {
        var (c, worker, periodId) = await InCareAsync("Jade");
        var adoption = $"/people/{c.Child.Id}/adoption";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/decision",
            Date("DecisionOn", Nov(5)).With(new() { ["DecisionBy"] = "Anna Field", ["Rationale"] = "Adoption is the plan." }))).StatusCode);
        var journeyId = await app.WithDbAsync(db => db.AdoptionJourneys.Where(j => j.PersonId == c.Child.Id).Select(j => j.Id).SingleAsync());
        var noReason = await PostAsync(worker, $"{adoption}/{journeyId}/reversal", Date("ReversedOn", Nov(18)));
        Assert.Equal("Select why the child is no longer to be placed for adoption", Html.InlineError(await noReason.ReadDocumentAsync(), "Reason"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, $"{adoption}/{journeyId}/reversal",
            Date("ReversedOn", Nov(18)).With(new() { ["Reason"] = "RD1", ["Note"] = "Grandmother came forward." }))).StatusCode);
        Assert.Equal("RD1", await app.WithDbAsync(db => db.AdoptionJourneys.Where(j => j.Id == journeyId).Select(j => j.ReversalReason).SingleAsync()));
        // A reversed plan cannot be moved on.
        Assert.Equal(HttpStatusCode.Redirect, (await worker.GetAsync($"{adoption}/{journeyId}/match")).StatusCode);

        var order = $"{adoption}/permanence-order";
        var wrongCode = await PostAsync(worker, order, Date("MadeOn", Nov(24)).With(Date("SupportPlanAgreedOn", Nov(20))).With(Date("SupportPlanReviewOn", new DateOnly(2027, 5, 20)))
            .With(new() { ["Kind"] = "SpecialGuardianship", ["Carers"] = "Maureen Ashby (grandmother)", ["Reason"] = "E41" }));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Equal("Select who the order was made to", Html.InlineError(await wrongCode.ReadDocumentAsync(), "Reason"));
        Assert.Null(await app.WithDbAsync(db => db.CarePeriods.Where(p => p.Id == periodId).Select(p => p.EndDate).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, order, Date("MadeOn", Nov(24)).With(Date("SupportPlanAgreedOn", Nov(20))).With(Date("SupportPlanReviewOn", new DateOnly(2027, 5, 20)))
            .With(new() { ["Kind"] = "SpecialGuardianship", ["Carers"] = "Maureen Ashby (grandmother)", ["Reason"] = "E47" }))).StatusCode);

        var period = await app.WithDbAsync(db => db.CarePeriods.SingleAsync(p => p.Id == periodId));
        Assert.Equal((Nov(24), "E47"), (period.EndDate, period.ReasonCeased));
        var sgo = await app.WithDbAsync(db => db.PermanenceOrders.SingleAsync(o => o.PersonId == c.Child.Id));
        Assert.Equal((PermanenceOrderKind.SpecialGuardianship, Nov(20), new DateOnly(2027, 5, 20)), (sgo.Kind, sgo.SupportPlanAgreedOn, sgo.SupportPlanReviewOn));
        Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.PermanenceOrderMade));
        Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.AdoptionDecisionReversed));
        Assert.Contains("Maureen Ashby (grandmother)", Html.MainText(await worker.GetDocumentAsync(adoption)), StringComparison.Ordinal);
    }
}

public sealed class PermanenceTestsOnSqlite(SqliteAppFactory app) : PermanenceTests<SqliteAppFactory>(app);

public sealed class PermanenceTestsOnPostgres(PostgresAppFactory app) : PermanenceTests<PostgresAppFactory>(app);
