using Haven.Data.Demo;
using Haven.Domain.CareLeavers;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's care leavers. The demo's own children are all under 18 and this branch writes no care record, so the
/// generator makes care histories for a few 16- and 17-year-olds itself; a period that ended on an 18th birthday,
/// as the care record's generator (another branch) writes, is added here to show it is picked up too.
/// </summary>
public sealed class DemoCareLeaversTests
{
    private static readonly DateOnly Today = DemoDatabase.Today;

    [Fact]
    public async Task Care_leavers_are_made_over_the_periods_that_exist_with_advisers_plans_and_contacts_that_pass_the_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoDatabase.CreateAsync(400, new DemoOptions().Seed);
        await using var db = demo.CreateContext();
        // The generator ran with the demo: it made care histories, some still in care (eligible) and some left (relevant).
        Assert.True(await db.CareLeavers.AnyAsync(ct));

        // A young person who left care on their 18th birthday 14 months ago.
        var episode = await db.Referrals.AsNoTracking()
            .Where(r => db.People.Any(p => p.Id == r.PersonId && p.Kind == PersonKind.Child) && !db.CarePeriods.Any(c => c.PersonId == r.PersonId))
            .OrderBy(r => r.Id).FirstAsync(ct);
        var born = Today.AddYears(-19).AddMonths(-2);
        (await db.People.SingleAsync(p => p.Id == episode.PersonId, ct)).DateOfBirth = born;
        db.CarePeriods.Add(new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = episode.PersonId, ReferralId = episode.Id, StartDate = born.AddYears(15), EndDate = born.AddYears(18), ReasonCeased = "E17",
            EntryRoute = CareEntryRoute.Accommodation, DecisionBy = "Helen Ashby", DecisionRationale = "Demo", CategoryOfNeed = "N5",
            RecordedByUserId = "system", RecordedByName = "Demo data generator",
            LegalStatuses = [new CareLegalStatus { Id = Guid.NewGuid(), From = born.AddYears(15), Code = "C2", RecordedByUserId = "system", RecordedByName = "Demo data generator" }],
        });
        await db.SaveChangesAsync(ct);
        var result = await new DemoCareLeavers(db, demo.Options.Seed, Today, DemoDatabase.NowUtc).GenerateAsync(ct);
        Assert.Equal((0, 1), (result.CareHistoriesMade, result.CareLeavers));

        var record = await db.CareLeavers.AsNoTracking().SingleAsync(c => c.PersonId == episode.PersonId, ct);
        Assert.NotNull(record.PersonalAdviserName);
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements).Where(p => p.PersonId == episode.PersonId).ToListAsync(ct);
        var plans = await db.PathwayPlans.AsNoTracking().Where(p => p.PersonId == episode.PersonId).ToListAsync(ct);
        var theirs = await db.CareLeaverContacts.AsNoTracking().Where(c => c.PersonId == episode.PersonId).ToListAsync(ct);
        var young = new CareLeaverCase(episode.PersonId, born, periods, record, plans, theirs);
        Assert.Equal(CareLeaverCategory.FormerRelevant, young.StatusOn(Today).Category);
        Assert.Contains(PathwayStep.PathwayPlan, plans.Select(p => p.Step));
        // The 18th and 19th birthdays' windows have opened: the return needs an answer for each.
        Assert.Equal([18, 19], young.Birthdays(Today).Where(b => b.WindowOpens <= Today).Select(b => b.Age));

        // Every contact and plan in the demo passes the rules the pages use, and some young people are in touch.
        var births = await db.People.AsNoTracking().Where(p => p.DateOfBirth != null).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        var contacts = await db.CareLeaverContacts.AsNoTracking().ToListAsync(ct);
        Assert.All(contacts, c => Assert.True(CareLeaverRules.CheckContact(c.ContactOn, c.InTouch, c.Accommodation, c.AccommodationSuitable, c.Activity, c.StayingPut, births[c.PersonId], Today).IsValid, c.ContactOn.ToString()));
        Assert.Contains(contacts, c => c.InTouch == "YES");
        var allPlans = await db.PathwayPlans.AsNoTracking().ToListAsync(ct);
        Assert.All(allPlans, p => Assert.True(CareLeaverRules.CheckPlan(p.Step, p.CompletedOn, births[p.PersonId],
            allPlans.Any(q => q.PersonId == p.PersonId && q.Step == PathwayStep.PathwayPlan && q.CompletedOn <= p.CompletedOn), Today).IsValid));
    }
}
