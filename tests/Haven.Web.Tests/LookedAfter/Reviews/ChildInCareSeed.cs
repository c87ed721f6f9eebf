using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.LookedAfter.Reviews;

/// <summary>A looked-after child as the care record's pages would leave them, for the review and visit pages to work on.</summary>
public sealed record ChildInCare(ApplicationUser Worker, ApplicationUser Manager, ApplicationUser Iro, Person Child, CarePeriod Period)
{
    public string Reviews => $"/people/{Child.Id}/care/reviews";
    public string Visits => $"/people/{Child.Id}/care/visits";
}

public static class ChildInCareSeed
{
    /// <summary>
    /// A child in care from <paramref name="since"/> (a C2 care order, fostered), with an open social care episode and
    /// an IRO allocated; <paramref name="movedOn"/> gives a second placement from that day, with new carers.
    /// </summary>
    public static async Task<ChildInCare> ChildInCareAsync(this HavenAppFactory app, string first, string last, string since = "2026-06-01", string? movedOn = null)
    {
        var worker = await app.CreateUserAsync($"{first} Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync($"{first} Manager", Role.TeamManager);
        var iro = await app.CreateUserAsync($"{first} Reviewing Officer", Role.IndependentReviewingOfficer);
        var child = await app.RegisterAsync(worker, first, last, new DateOnly(2015, 4, 9));
        var episode = await app.EpisodeAsync(child.Id, "2026-05-11", worker.Id);
        var start = D(since);
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, StartDate = start, EntryRoute = CareEntryRoute.FromChildProtectionPlan,
            DecisionBy = "Head of service", DecisionOn = start, DecisionRationale = "The child protection plan could not keep the child safe at home.",
            CategoryOfNeed = "N1", CarePlanDueOn = start.AddDays(14), IroUserId = iro.Id, IroName = iro.DisplayName,
            RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = DateTime.UtcNow,
        };
        period.LegalStatuses.Add(new CareLegalStatus
        {
            Id = Guid.NewGuid(), CarePeriodId = period.Id, From = start, Code = "C2", RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName,
        });
        var moved = movedOn is null ? (DateOnly?)null : D(movedOn);
        period.Placements.Add(Placement(period, start, moved, "U6", "The Ashdowns", worker));
        if (moved is { } m)
        {
            period.Placements.Add(Placement(period, m, null, "U4", "The Kellys", worker));
        }
        await app.AddAsync(period);
        return new ChildInCare(worker, manager, iro, child, period);
    }

    private static Placement Placement(CarePeriod period, DateOnly start, DateOnly? end, string type, string carers, ApplicationUser worker) => new()
    {
        Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = period.PersonId, StartDate = start, EndDate = end, PlacementType = type, ProviderCode = "PR1",
        // No SSDA903 reason for the change: the placements table holds 4 characters and the codes (CARPL…) have 5, which is
        // the care record's to fix; these tests are about what follows a move, not why it happened.
        CarerName = carers, MovePlanned = end is null ? null : true,
        RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName,
    };
}
