using Haven.Domain.Fostering;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>
/// One household: where its journey stands, its clocks, its terms, the children placed with it (only those the viewer
/// may open, <see cref="VisiblePeople"/>) and its vacancies, its members, and its history, one line per step as it was then.
/// </summary>
public sealed class HouseholdModel(FosteringService fostering, TimeProvider clock, HavenDbContext db, VisiblePeople visible)
    : HouseholdPageModel(fostering, clock)
{
    public sealed record PlacedChild(Guid PersonId, string Name, DateOnly Start, string PlacementType);

    public sealed record HistoryLine(DateOnly On, string What, string? Detail);

    /// <summary>A child whose long-term foster home this household was confirmed to be (named only when the viewer may open the record).</summary>
    public sealed record LongTermMatch(Guid? PersonId, string? Name, DateOnly DecidedOn, DateOnly? PanelOn, string DecidedBy);

    public IReadOnlyList<LongTermMatch> LongTermMatches { get; private set; } = [];

    public IReadOnlyList<PlacedChild> PlacedNow { get; private set; } = [];
    public int PlacedCount { get; private set; }
    public IReadOnlyList<HouseholdWorkItem> Work { get; private set; } = [];
    public IReadOnlyList<HistoryLine> History { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Workers { get; private set; } = new Dictionary<string, string>();

    /// <summary>The child the adopters were matched with, when the viewer may open the child's record.</summary>
    public (Guid PersonId, string Name)? MatchedChild { get; private set; }

    public string? SuccessMessage => TempData["Success"] as string;

    public int? Vacancies => Journey.Stage is HouseholdStage.Approved or HouseholdStage.TemporarilyApproved && Journey.Route != HouseholdRoute.Adoption
        && Carer.Places is { } places ? Math.Max(0, places - PlacedCount) : null;

    public string? WorkerName(string? userId) => userId is null ? null : Workers.GetValueOrDefault(userId, "A former member of staff");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var placements = db.Placements.AsNoTracking().Where(p => p.CarerId == CarerId && p.StartDate <= Today && (p.EndDate == null || p.EndDate > Today));
        // The vacancy figure counts every child placed (a number names nobody); the names are only those the viewer may open.
        PlacedCount = await placements.CountAsync(ct);
        PlacedNow = [.. (await placements.Where(p => visible.OpenIds.Any(id => id == p.PersonId))
            .Join(db.People, p => p.PersonId, c => c.Id, (p, c) => new { p.PersonId, Name = c.FirstName + " " + c.LastName, p.StartDate, p.PlacementType })
            .ToListAsync(ct)).OrderBy(p => p.StartDate).Select(p => new PlacedChild(p.PersonId, p.Name, p.StartDate, p.PlacementType))];
        Work = HouseholdWork.For(Journey, Today, WorkingDayCalendar.EnglandAndWales);
        Workers = await db.UserNamesAsync([Journey.AssessingWorkerUserId, Journey.SupervisingWorkerUserId], ct);
        if (Journey.MatchedAdoptionJourneyId is { } matched)
        {
            var child = await db.AdoptionJourneys.AsNoTracking().Where(j => j.Id == matched && visible.OpenIds.Any(id => id == j.PersonId))
                .Join(db.People, j => j.PersonId, p => p.Id, (j, p) => new { p.Id, Name = p.FirstName + " " + p.LastName }).FirstOrDefaultAsync(ct);
            MatchedChild = child is null ? null : (child.Id, child.Name);
        }
        var open = visible.OpenIds;
        LongTermMatches = [.. (await db.LongTermFosteringMatches.AsNoTracking().Where(m => m.CarerId == CarerId)
            .Select(m => new
            {
                m.PersonId, m.DecidedOn, m.PanelOn, m.DecidedBy, CanOpen = open.Any(id => id == m.PersonId),
                Name = db.People.Where(p => p.Id == m.PersonId).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
            })
            .ToListAsync(ct)).OrderByDescending(m => m.DecidedOn)
            .Select(m => new LongTermMatch(m.CanOpen ? m.PersonId : null, m.CanOpen ? m.Name : null, m.DecidedOn, m.PanelOn, m.DecidedBy))];
        History = HistoryOf(Journey);
        return Page();
    }

    /// <summary>Each step once, on the day it happened, then each entry: the household's chronology, newest first.</summary>
    private List<HistoryLine> HistoryOf(HouseholdJourney j)
    {
        var lines = new List<HistoryLine> { new(j.EnquiryOn, $"Enquiry ({HouseholdText.Route(j.Route).ToLowerInvariant()})", null) };
        void Step(DateOnly? on, string what, string? detail = null)
        {
            if (on is { } day)
            {
                lines.Add(new HistoryLine(day, what, detail));
            }
        }
        Step(j.InitialVisitOn, "Initial visit");
        Step(j.AssessmentStartedOn, j.Route == HouseholdRoute.Adoption ? "Stage one started" : "Assessment started",
            WorkerName(j.AssessingWorkerUserId) is { } assessor ? $"Assessing social worker: {assessor}" : null);
        Step(j.StageTwoStartedOn, "Stage two started");
        Step(j.TemporaryApprovalOn, "Approved temporarily (regulation 24)", j.TemporaryApprovalChild is { } child ? $"For {child}" : null);
        Step(j.TemporaryApprovalExtendedOn, "Temporary approval extended (regulation 25)",
            $"By {j.TemporaryApprovalExtensionWeeks} weeks: it now ends on {(j.TemporaryApprovalEndsOn is { } ends ? DateText.Date(ends) : "")}");
        Step(j.PanelOn, "Panel", j.PanelRecommendedApproval == true ? "Recommended approval" : "Did not recommend approval");
        Step(j.DecisionOn, "Agency decision", j.Approved == true ? "Approved" : "Not approved");
        Step(j.MatchedOn, "Matched with a child");
        Step(j.EndedOn, "Journey ended", j.EndReason is { } reason ? HouseholdText.EndReason(reason) + (j.EndNote is { } note ? $": {note}" : "") : null);
        lines.AddRange(j.Entries.Select(e => new HistoryLine(e.On, HouseholdText.Entry(e.Kind), e.Summary)));
        return [.. lines.OrderByDescending(l => l.On)];
    }
}
