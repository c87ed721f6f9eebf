using Haven.Domain.Permanence;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the permanence work generator made, for the tests.</summary>
public sealed record DemoPermanenceWorkResult(int LifeStories, int LongTermMatches, int ReturnsHome);

/// <summary>
/// Life story work, a long-term fostering match and a return home over the demo authority's periods of care, so it
/// runs after the care, permanence and fostering generators. Each child in care whose latest permanence plan is
/// adoption or long-term care (or with a standing adoption decision) gets life story work in a state taken by turn
/// (not started, in progress, complete, not needed), and a child placed for adoption a later life letter every other
/// turn; the first such child placed with an approved fostering household is matched with them long term; the latest
/// child who went home (E4A) while their episode is open gets a plan to return home. Ids come from a seeded stream.
/// </summary>
public sealed class DemoPermanenceWork(HavenDbContext db, DateOnly today, DateTime nowUtc)
{
    private const string By = "Demo social worker";
    private Random _ids = new(0);

    public async Task<DemoPermanenceWorkResult> GenerateAsync(CancellationToken ct)
    {
        // Seeded by what is already there, so running it twice adds nothing twice and one run always makes the same rows.
        if (await db.LifeStoryWork.AnyAsync(ct) || await db.LongTermFosteringMatches.AnyAsync(ct) || await db.ReturnHomePlans.AnyAsync(ct))
        {
            return new(0, 0, 0);
        }
        _ids = new Random(unchecked(0x14A + (7919 * await db.CarePeriods.CountAsync(ct))));
        var open = await db.CarePeriods.AsNoTracking().Include(p => p.Placements).Where(p => p.EndDate == null).OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct);
        var ids = open.Select(p => p.Id).ToList();
        var plans = (await db.PermanencePlans.AsNoTracking().Where(p => ids.Contains(p.CarePeriodId)).ToListAsync(ct))
            .GroupBy(p => p.CarePeriodId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.AgreedOn).Last().PlanType);
        var adoptions = (await db.AdoptionJourneys.AsNoTracking().Where(j => ids.Contains(j.CarePeriodId) && j.ReversedOn == null).ToListAsync(ct))
            .ToDictionary(j => j.CarePeriodId);
        var carers = await db.Carers.AsNoTracking().Where(c => c.Kind == CarerKind.FosteringHousehold && c.Approval == CarerApproval.Approved).Select(c => c.Id).ToListAsync(ct);

        int lifeStories = 0, matches = 0;
        foreach (var period in open)
        {
            var adoption = adoptions.GetValueOrDefault(period.Id);
            var plan = plans.TryGetValue(period.Id, out var type) ? type : (PermanencePlanType?)null;
            if (adoption is null && !(plan is { } p && PermanenceFollowUpRules.LifeStoryPlans.Contains(p)))
            {
                continue;
            }
            var turn = lifeStories++;
            LifeStory(period, adoption, turn);
            var placement = period.Placements.Where(x => x.EndDate == null).MaxBy(x => x.StartDate);
            if (matches == 0 && adoption is null && placement?.CarerId is { } carer && carers.Contains(carer))
            {
                var decided = Latest(placement.StartDate.AddDays(90));
                db.LongTermFosteringMatches.Add(new LongTermFosteringMatch
                {
                    Id = _ids.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, PlacementId = placement.Id, CarerId = carer,
                    PanelOn = decided.AddDays(-7) < placement.StartDate ? null : decided.AddDays(-7), DecidedOn = decided, DecidedBy = "Anna Field, agency decision maker",
                    RecordedByUserId = "demo", RecordedByName = By, RecordedAtUtc = nowUtc,
                });
                matches++;
            }
        }

        // The latest child who went home as planned, with their episode still open: a plan to return home, reviewed once 6 months have passed.
        var home = await db.CarePeriods.AsNoTracking().Where(p => p.ReasonCeased == "E4A" && p.EndDate != null && db.Referrals.Any(r => r.Id == p.ReferralId && r.ClosedOn == null))
            .OrderByDescending(p => p.EndDate).ThenBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (home is { EndDate: { } wentHome })
        {
            var assessed = Max(home.StartDate, wentHome.AddDays(-42));
            var reviewDue = PermanenceFollowUpTimescales.ReturnHomeReviewDue(wentHome);
            db.ReturnHomePlans.Add(new ReturnHomePlan
            {
                Id = _ids.NextGuid(), PersonId = home.PersonId, CarePeriodId = home.Id, AssessedOn = assessed,
                Assessment = "Parents have completed the parenting programme; home conditions are good and drug tests are clear.",
                SupportPlanAgreedOn = Max(assessed, wentHome.AddDays(-14)), SupportPlan = "Family support worker weekly for 12 weeks; school nurse; review at 6 months.",
                ReviewedOn = reviewDue <= today ? reviewDue : null, ReviewOutcome = reviewDue <= today ? "Settled at home; attendance at school 96%." : null,
                RecordedByUserId = "demo", RecordedByName = By, RecordedAtUtc = nowUtc,
            });
        }
        await db.SaveChangesAsync(ct);
        return new(lifeStories, matches, home is null ? 0 : 1);
    }

    /// <summary>By turn: not started, in progress, complete, not needed; a child placed for adoption has their letter written every other turn.</summary>
    private void LifeStory(CarePeriod period, AdoptionJourney? adoption, int turn)
    {
        var started = Latest(period.StartDate.AddDays(60));
        var work = new LifeStoryWork
        {
            Id = _ids.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, RecordedByUserId = "demo", RecordedByName = By, RecordedAtUtc = nowUtc,
        };
        switch (turn % 4)
        {
            case 1:
                work.StartedOn = started;
                work.LastReviewedOn = Latest(started.AddDays(90));
                work.Reviews = 1;
                break;
            case 2:
                work.StartedOn = started;
                work.BookGivenOn = Latest(started.AddDays(150));
                work.BookGivenTo = adoption?.Adopters is { } adopters ? $"The child and {adopters}" : "The child and their foster carers";
                break;
            case 3 when adoption is null:
                work.NotNeededOn = started;
                work.NotNeededReason = "The child lives with their grandparents and knows their story; the family keep it with them.";
                break;
        }
        if (adoption?.PlacedOn is { } placed && turn % 2 == 0)
        {
            work.LetterWrittenOn = Latest(placed.AddDays(40));
        }
        db.LifeStoryWork.Add(work);
    }

    private DateOnly Latest(DateOnly day) => day > today ? today : day;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
