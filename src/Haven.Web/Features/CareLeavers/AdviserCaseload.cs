using Haven.Domain.CareLeavers;
using Haven.Web.Features.Home;
using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.CareLeavers;

/// <summary>
/// A personal adviser's care leavers with what is due for each (the pathway plan and the birthday contact), as a
/// home page list: sortable and downloadable like the others. Only records the adviser can open are listed.
/// </summary>
public static class AdviserCaseload
{
    public const string ListId = "care-leavers";

    public static async Task<HomeList> ListAsync(HavenDbContext db, VisiblePeople visible, string adviserUserId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(visible);
        var open = visible.OpenIds;
        var mine = await db.CareLeavers.AsNoTracking()
            .Where(c => c.PersonalAdviserUserId == adviserUserId && open.Any(id => id == c.PersonId))
            .Join(db.People.Where(p => p.MergedIntoId == null), c => c.PersonId, p => p.Id, (c, p) => new { p.Id, p.FirstName, p.LastName, p.LaPersonId })
            .ToListAsync(ct);
        var cases = await CareLeaverQuery.LoadAsync(db, [.. mine.Select(m => m.Id)], ct);
        var rows = new List<IReadOnlyList<HomeCell>>();
        foreach (var young in mine.Where(m => cases.ContainsKey(m.Id)))
        {
            var c = cases[young.Id];
            var status = c.StatusOn(today);
            if (status.Category == CareLeaverCategory.None)
            {
                continue;
            }
            var work = CareLeaverWork.For(c, today, WorkingDayCalendar.EnglandAndWales);
            var plan = work.FirstOrDefault(w => w.Kind is WorkKind.PathwayPlan or WorkKind.PathwayPlanReview);
            var birthday = work.FirstOrDefault(w => w.Kind == WorkKind.BirthdayContact);
            rows.Add(
            [
                new HomeCell($"{young.FirstName} {young.LastName}", CareLeaverWork.Link(young.Id), young.LaPersonId),
                new HomeCell(CareLeaverEligibility.Label(status.Category), SortValue: (int)status.Category),
                plan is null ? new HomeCell("Not needed", SortValue: DateOnly.MaxValue)
                    : HomeCell.Date(plan.DueOn, plan.What, plan.State == TimescaleState.CompletedInTime ? null : WorkListModel.StatusColour(plan.State)),
                birthday is null ? new HomeCell("None due", SortValue: DateOnly.MaxValue)
                    : HomeCell.Date(birthday.DueOn, WorkListModel.StatusLabel(birthday.State), WorkListModel.StatusColour(birthday.State)),
            ]);
        }
        return new HomeList(ListId, "Your care leavers",
            [new("young-person", "Young person"), new("category", "Category"), new("plan", "Pathway plan"), new("contact", "Birthday contact due by")], rows, "plan")
        {
            Description = "Young people you are personal adviser to, with when their pathway plan is next due and any birthday contact the return needs.",
            EmptyText = "You are not personal adviser to any care leavers.",
        };
    }
}
