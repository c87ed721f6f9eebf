using Haven.Web.Features.Home;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>One child's early help on the list: open, or closed by a step-up the front door has not yet decided on.</summary>
public sealed record EarlyHelpListRow(Guid PersonId, Guid EpisodeId, string Child, string HavenId, string LeadProfessional, string LeadAgency,
    DateOnly Started, DateOnly? NextReview, string? Worker, string? Team, string? StepUpReference, DateOnly? SteppedUpOn);

/// <summary>What the list is narrowed to: an allocated worker, a team, a lead agency (each optional).</summary>
public sealed record EarlyHelpListFilter(string? WorkerUserId, Guid? TeamId, string? LeadAgency);

/// <summary>The rows, the choices for each filter, and how many children are left out because the viewer cannot open their record.</summary>
public sealed record EarlyHelpListResult(IReadOnlyList<EarlyHelpListRow> Rows, int NotShown,
    IReadOnlyList<(string Id, string Name)> Workers, IReadOnlyList<(Guid Id, string Name)> Teams, IReadOnlyList<string> Agencies);

/// <summary>
/// Early help across the authority: every open episode and every step-up still waiting for the front door's decision,
/// with the child's allocated worker and team (when they have one) and the next review. Only children whose record
/// the viewer may open are listed (<see cref="VisiblePeople"/>); the rest are counted.
/// </summary>
public sealed class EarlyHelpListQuery(HavenDbContext db, VisiblePeople visible, TimeProvider clock)
{
    public async Task<EarlyHelpListResult> LoadAsync(EarlyHelpListFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = UkClock.Today(clock);
        var open = visible.OpenIds;
        var waitingContacts = db.Contacts.Where(c => c.Decision == null).Select(c => c.Id);
        var episodes = await db.EarlyHelpEpisodes.AsNoTracking().Include(e => e.Reviews)
            .Where(e => e.EndDate == null || (e.SteppedUpToContactId != null && waitingContacts.Contains(e.SteppedUpToContactId.Value)))
            .Join(db.People.Where(p => p.MergedIntoId == null), e => e.PersonId, p => p.Id,
                (e, p) => new { Episode = e, p.FirstName, p.LastName, p.LaPersonId, CanOpen = open.Any(id => id == p.Id) })
            .ToListAsync(ct);
        var shown = episodes.Where(e => e.CanOpen).ToList();
        var people = shown.Select(e => e.Episode.PersonId).Distinct().ToList();
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => people.Contains(a.PersonId) && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .ToListAsync(ct);
        // A child co-worked by two workers is listed under the first allocated; the filter matches either.
        var byPerson = allocations.GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.StartDate).ToList());
        var workers = await db.UserNamesAsync(allocations.Select(a => a.WorkerUserId), ct);
        var teamIds = allocations.Select(a => a.TeamId).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var contactIds = shown.Select(e => e.Episode.SteppedUpToContactId).OfType<Guid>().ToList();
        var references = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);

        var rows = new List<EarlyHelpListRow>();
        foreach (var e in shown)
        {
            var held = byPerson.GetValueOrDefault(e.Episode.PersonId) ?? [];
            if (filter.WorkerUserId is { Length: > 0 } w && !held.Any(a => a.WorkerUserId == w))
            {
                continue;
            }
            if (filter.TeamId is { } t && !held.Any(a => a.TeamId == t))
            {
                continue;
            }
            if (filter.LeadAgency is { Length: > 0 } agency && !string.Equals(e.Episode.LeadAgency, agency, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var first = held.FirstOrDefault();
            var stepUp = e.Episode.SteppedUpToContactId is { } c ? references.GetValueOrDefault(c) : null;
            rows.Add(new EarlyHelpListRow(e.Episode.PersonId, e.Episode.Id, $"{e.FirstName} {e.LastName}", e.LaPersonId,
                e.Episode.LeadProfessional, e.Episode.LeadAgency, e.Episode.StartDate,
                e.Episode.IsOpen ? EarlyHelpRules.NextReviewDue(e.Episode) : null,
                first is null ? null : workers.GetValueOrDefault(first.WorkerUserId, "Unknown worker"),
                first is null ? null : teams.GetValueOrDefault(first.TeamId),
                stepUp, e.Episode.IsOpen ? null : e.Episode.EndDate));
        }
        return new EarlyHelpListResult(rows, episodes.Count - shown.Count,
            [.. workers.OrderBy(w => w.Value, StringComparer.CurrentCultureIgnoreCase).Select(w => (w.Key, w.Value))],
            [.. teams.OrderBy(t => t.Value, StringComparer.CurrentCultureIgnoreCase).Select(t => (t.Key, t.Value))],
            [.. shown.Select(e => e.Episode.LeadAgency).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase)]);
    }

    /// <summary>The rows as a sortable list that downloads as CSV; the next review is tagged when due soon or overdue.</summary>
    public static HomeList ToList(IReadOnlyList<EarlyHelpListRow> rows, int notShown, DateOnly today, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = new HomeList("early-help", "Children with early help", Columns,
            rows.Select(r => (IReadOnlyList<HomeCell>)
            [
                new HomeCell(r.Child, $"/people/{r.PersonId}/early-help/{r.EpisodeId}", r.HavenId),
                new HomeCell(r.LeadProfessional),
                new HomeCell(r.LeadAgency),
                HomeCell.Date(r.Started),
                r.NextReview is { } due ? HomeCell.Date(due, tagColour: due < today ? "red" : due <= today.AddDays(7) ? "yellow" : null) : new HomeCell(r.StepUpReference is null ? "Not set" : ""),
                new HomeCell(r.Worker ?? "Not allocated", Hint: r.Team),
                r.StepUpReference is { } reference
                    ? new HomeCell($"Step-up waiting: contact {reference}", TagColour: "orange", SortValue: "1")
                    : new HomeCell(r.NextReview is { } d && d < today ? "Review overdue" : "Open", TagColour: r.NextReview is { } o && o < today ? "red" : "green", SortValue: "2"),
            ]), "started", defaultDescending: true)
        {
            EmptyText = "No early help matches.",
            NotShown = notShown,
            PageUrl = pageUrl,
        };
        return list;
    }

    private static readonly IReadOnlyList<HomeColumn> Columns =
    [
        new("child", "Child"), new("lead", "Lead professional"), new("agency", "Lead agency"), new("started", "Started"),
        new("review", "Next review"), new("worker", "Allocated worker"), new("status", "Status"),
    ];
}
