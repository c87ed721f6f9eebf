using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.PrivateFostering;

/// <summary>
/// A child's private fostering arrangements, latest first: the notification, the carer, the assessment, every visit
/// against the date it was due (7 working days, then 6 or 12 weeks) and the next one, and how the arrangement ended.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<PrivateFosteringArrangement> Arrangements { get; private set; } = [];

    public bool HasOpen => Arrangements.Any(a => a.IsOpen);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Arrangements = await records.PrivateFosteringAsync(PersonId, ct);

    /// <summary>Each visit (oldest first) with where it stood against its due date, then the next one if the arrangement is open.</summary>
    public IReadOnlyList<(PrivateFosteringVisit? Visit, TimescaleStatus Status)> Visits(PrivateFosteringArrangement arrangement)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        var visits = arrangement.Visits.OrderBy(v => v.VisitedOn).ToList();
        return [.. PrivateFosteringSchedule.History(arrangement, Today, Calendar).Select((s, i) => (i < visits.Count ? visits[i] : null, s))];
    }

    public IActionResult OnGet() => Page();

    public static string AddressFor(Guid personId) => $"/people/{personId}/private-fostering";
}
