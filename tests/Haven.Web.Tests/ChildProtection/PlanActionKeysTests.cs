using Haven.Domain.Access;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.ChildProtection;

/// <summary>
/// A plan action belongs to exactly one child protection or child in need plan that exists, and the database
/// itself refuses anything else (until the PlanActionKeys migration, PlanId had no foreign key and any id was stored).
/// </summary>
public abstract class PlanActionKeysTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static PlanAction NewAction(Guid? childProtectionPlanId, Guid? childInNeedPlanId) => new()
    {
        Id = Guid.NewGuid(), ChildProtectionPlanId = childProtectionPlanId, ChildInNeedPlanId = childInNeedPlanId,
        Need = "Missed dental and health appointments", Action = "Book and attend the dentist", Owner = "Health visitor", DueDate = D("2027-01-15"),
    };

    private async Task<(ChildProtectionPlan ProtectionPlan, ChildInNeedPlan InNeedPlan)> PlansAsync()
    {
        var worker = await app.CreateUserAsync("Keys Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Tess", "Harrowby", D("2018-02-11"));
        var episode = await app.EpisodeAsync(child.Id, "2026-10-05", worker.Id);
        var protectionPlan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, StartDate = D("2026-11-02"), InitialCategory = "NEG", LatestCategory = "NEG" };
        var inNeedPlan = new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, StartDate = D("2026-10-20") };
        await app.AddAsync(protectionPlan, inNeedPlan);
        return (protectionPlan, inNeedPlan);
    }

    private Task<int> ActionCountAsync() => app.WithDbAsync(db => db.PlanActions.CountAsync());

    [Fact]
    public async Task An_action_for_a_child_protection_plan_that_does_not_exist_is_refused()
    {
        var before = await ActionCountAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => app.AddAsync(NewAction(Guid.NewGuid(), null)));

        Assert.Equal(before, await ActionCountAsync());
    }

    [Fact]
    public async Task An_action_for_a_child_in_need_plan_that_does_not_exist_is_refused()
    {
        var before = await ActionCountAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => app.AddAsync(NewAction(null, Guid.NewGuid())));

        Assert.Equal(before, await ActionCountAsync());
    }

    [Fact]
    public async Task An_action_belongs_to_exactly_one_plan()
    {
        var (protectionPlan, inNeedPlan) = await PlansAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => app.AddAsync(NewAction(null, null)));
        await Assert.ThrowsAsync<DbUpdateException>(() => app.AddAsync(NewAction(protectionPlan.Id, inNeedPlan.Id)));
        await app.AddAsync(NewAction(protectionPlan.Id, null), NewAction(null, inNeedPlan.Id));

        Assert.Equal(1, await app.WithDbAsync(db => db.PlanActions.CountAsync(a => a.ChildProtectionPlanId == protectionPlan.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.PlanActions.CountAsync(a => a.ChildInNeedPlanId == inNeedPlan.Id)));
    }
}

public sealed class PlanActionKeysTestsOnSqlite(SqliteAppFactory app) : PlanActionKeysTests<SqliteAppFactory>(app);

public sealed class PlanActionKeysTestsOnPostgres(PostgresAppFactory app) : PlanActionKeysTests<PostgresAppFactory>(app);
