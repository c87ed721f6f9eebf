using Haven.Domain.CareLeavers;
using Haven.Domain.LookedAfter;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the care leavers generator made, for the tests.</summary>
public sealed record DemoCareLeaversResult(int CareHistoriesMade, int CareLeavers, int Plans, int Contacts);

/// <summary>
/// Care leavers for the demo authority. Over whatever periods of care exist it finds the young people who are (or
/// were) eligible and gives them what a leaving care team records: a personal adviser from the social workers, a
/// needs assessment and pathway plan around 16 (some late), reviews about every six months (some overdue), and
/// birthday contacts from 17, mostly in touch, some refused or missed, with accommodation and activity. When no
/// period of care in the authority ended after 16 (the demo's own children are all under 18), it first writes a
/// care history for a few 16- and 17-year-olds with a social care episode, some still in care and some who left at
/// 16 or 17, so the leaving care pages, the tray and the advisers' lists have something true to show. Deterministic
/// from the seed; dates never pass <c>today</c>.
/// </summary>
public sealed class DemoCareLeavers(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    private readonly Random _r = new(unchecked((seed * 89) + 29));

    /// <summary>
    /// Ids from their own stream, seeded by the seed and the care leavers already recorded (set at the start of a run): the
    /// same database gives the same ids, and a second run over one that has care leavers does not draw the first run's ids.
    /// </summary>
    private Random _ids = new(seed);
    private int _made;
    private int _leavers;
    private int _plans;
    private int _contacts;

    private static readonly string[] Carers = ["The Whitfields (foster carers)", "Sandra and Paul Greene (foster carers)", "Birchwood House (children's home)", "The Adeyemis (foster carers)"];
    private static readonly string[] Accommodation = ["U", "U", "D", "E", "T", "B", "K", "Z"];
    private static readonly string[] Activities = ["F2", "F2", "F4", "F5", "P5", "F1", "G5", "G6", "G4"];

    public async Task<DemoCareLeaversResult> GenerateAsync(CancellationToken ct)
    {
        _ids = new Random(unchecked((seed * 131) + await db.CareLeavers.CountAsync(ct)));
        var advisers = await SocialWorkersAsync(ct);
        if (advisers.Count == 0)
        {
            return new(0, 0, 0, 0);
        }
        // Compared in memory: date arithmetic on a column does not translate the same on both databases.
        var ended = await db.CarePeriods.AsNoTracking().Where(p => p.EndDate != null)
            .Join(db.People.Where(x => x.DateOfBirth != null), p => p.PersonId, x => x.Id, (p, x) => new { End = p.EndDate!.Value, Born = x.DateOfBirth!.Value })
            .ToListAsync(ct);
        if (!ended.Any(e => e.End >= e.Born.AddYears(16)))
        {
            await CareHistoriesAsync(advisers[0], ct);
        }

        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery()
            .OrderBy(p => p.PersonId).ThenBy(p => p.StartDate).ToListAsync(ct);
        var people = periods.Select(p => p.PersonId).Distinct().ToList();
        var born = await db.People.AsNoTracking().Where(p => people.Contains(p.Id) && p.DateOfBirth != null).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        var already = (await db.CareLeavers.AsNoTracking().Select(c => c.PersonId).ToListAsync(ct)).ToHashSet();
        foreach (var byPerson in periods.GroupBy(p => p.PersonId).OrderBy(g => g.Key))
        {
            if (!born.TryGetValue(byPerson.Key, out var dob) || already.Contains(byPerson.Key))
            {
                continue;
            }
            var young = new CareLeaverCase(byPerson.Key, dob, [.. byPerson], null, [], []);
            var status = young.StatusOn(today);
            if (!status.HasPathwayPlan)
            {
                continue;
            }
            Leaver(young, status, advisers[_r.Next(advisers.Count)]);
        }
        await db.SaveChangesAsync(ct);
        return new(_made, _leavers, _plans, _contacts);
    }

    private async Task<List<(string Id, string Name)>> SocialWorkersAsync(CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == "SocialWorker").Select(r => r.Id).SingleOrDefaultAsync(ct);
        return [.. (await db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).OrderBy(u => u.Id, StringComparer.Ordinal).Take(12).Select(u => (u.Id, u.DisplayName))];
    }

    /// <summary>Six 16- and 17-year-olds with an episode come into care at 15; half leave at 16 or 17 (relevant), half stay (eligible).</summary>
    private async Task CareHistoriesAsync((string Id, string Name) recorder, CancellationToken ct)
    {
        var oldest = today.AddYears(-18).AddDays(1);
        var youngest = today.AddYears(-16).AddMonths(-6);
        var candidates = await db.Referrals.AsNoTracking()
            .Where(r => db.People.Any(p => p.Id == r.PersonId && p.Kind == Haven.Domain.People.PersonKind.Child && p.MergedIntoId == null && !p.IsRestricted
                && p.DateOfBirth != null && p.DateOfBirth >= oldest && p.DateOfBirth <= youngest)
                && !db.CarePeriods.Any(c => c.PersonId == r.PersonId))
            .OrderBy(r => r.PersonId).ThenBy(r => r.ReferralDate).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.PersonId, r.ReferralDate })
            .ToListAsync(ct);
        var chosen = candidates.GroupBy(c => c.PersonId).Select(g => g.OrderByDescending(r => r.ReferralDate).First()).OrderBy(c => c.PersonId).Take(6).ToList();
        var born = await db.People.AsNoTracking().Where(p => chosen.Select(c => c.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        for (var i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            var dob = born[c.PersonId];
            var start = dob.AddYears(15).AddDays(_r.Next(0, 120));
            // Every other young person left care at 16 or 17, after more than 13 weeks: a relevant child now.
            DateOnly? end = i % 2 == 0 ? Earlier(dob.AddYears(16).AddDays(_r.Next(30, 400)), today.AddDays(-30)) : null;
            var period = new CarePeriod
            {
                Id = _ids.NextGuid(), PersonId = c.PersonId, ReferralId = c.Id, StartDate = start, EntryRoute = CareEntryRoute.Accommodation,
                DecisionBy = "Helen Ashby, service manager", DecisionOn = start, DecisionRationale = "Relationship with mother broke down; accommodated by agreement.",
                CategoryOfNeed = "N5", CarePlanDueOn = start.AddDays(14), EndDate = end, ReasonCeased = end is null ? null : (i % 4 == 0 ? "E5" : "E13"),
                EndNote = end is null ? null : "Moved on in a planned way, with their personal adviser.",
                RecordedByUserId = recorder.Id, RecordedByName = recorder.Name, RecordedAtUtc = nowUtc,
            };
            period.LegalStatuses.Add(new CareLegalStatus { Id = _ids.NextGuid(), From = start, Code = "V2", RecordedByUserId = recorder.Id, RecordedByName = recorder.Name, RecordedAtUtc = nowUtc });
            period.Placements.Add(new Placement
            {
                Id = _ids.NextGuid(), PersonId = c.PersonId, StartDate = start, EndDate = end, PlacementType = i % 3 == 2 ? "K2" : "U6", ProviderCode = "PR1",
                CarerName = Carers[i % Carers.Length], PlacementPlanAgreedOn = start, ReasonForChange = end is null ? null : "CARPL", MovePlanned = end is null ? null : true,
                RecordedByUserId = recorder.Id, RecordedByName = recorder.Name, RecordedAtUtc = nowUtc,
            });
            db.CarePeriods.Add(period);
            _made++;
        }
        await db.SaveChangesAsync(ct);
    }

    private void Leaver(CareLeaverCase young, CareLeaverStatus status, (string Id, string Name) adviser)
    {
        var person = young.PersonId;
        var planDue = CareLeaverTimescales.FirstPlanDueOn(young.DateOfBirth, status);
        var adviserFrom = Earlier(planDue.AddMonths(-3).AddDays(_r.Next(0, 40)), today);
        db.CareLeavers.Add(new CareLeaver
        {
            Id = _ids.NextGuid(), PersonId = person, PersonalAdviserUserId = adviser.Id, PersonalAdviserName = adviser.Name, PersonalAdviserFrom = adviserFrom,
            SupportTo25 = _r.NextDouble() < 0.2, LocalOfferGivenOn = _r.NextDouble() < 0.8 ? adviserFrom : null,
            RecordedByUserId = adviser.Id, RecordedByName = adviser.Name, RecordedAtUtc = nowUtc,
        });
        _leavers++;

        // The needs assessment and plan around the due date: most in time, some a few weeks late.
        var late = _r.NextDouble() < 0.25;
        var assessed = planDue.AddDays(late ? _r.Next(5, 50) : -_r.Next(10, 60));
        if (assessed > today)
        {
            return;
        }
        Plan(person, PathwayStep.NeedsAssessment, assessed, adviser);
        var planned = assessed.AddDays(_r.Next(3, 20));
        if (planned > today)
        {
            return;
        }
        Plan(person, PathwayStep.PathwayPlan, planned, adviser);
        // Reviews about every six months; one young person in five has one overdue now.
        var overdue = _r.NextDouble() < 0.2;
        for (var review = planned.AddMonths(6).AddDays(-_r.Next(0, 25)); review <= today && !(overdue && review > today.AddMonths(-2)); review = review.AddMonths(6).AddDays(-_r.Next(0, 25)))
        {
            Plan(person, PathwayStep.Review, review, adviser);
        }

        // Birthday contacts: most in touch within the window, some refused or not reached.
        foreach (var birthday in young.Birthdays(today).Where(b => b.WindowOpens <= today))
        {
            var roll = _r.NextDouble();
            if (roll < 0.12)
            {
                continue; // missed: nobody reached them in the window
            }
            var on = Earlier(birthday.Birthday.AddDays(_r.Next(-60, 25)), today);
            if (on < birthday.WindowOpens)
            {
                continue;
            }
            var inTouch = roll < 0.2 ? "REFU" : roll < 0.26 ? "NO" : "YES";
            var accommodation = inTouch == "YES" ? Accommodation[_r.Next(Accommodation.Length)] : null;
            // Former foster carers are a home only after 18 (before it they are still the foster carers), and a foyer
            // only from 18 (rule 347).
            if (accommodation is LookedAfterCodes.WithFormerFosterCarers or LookedAfterCodes.Foyer && on < young.DateOfBirth.AddYears(18))
            {
                accommodation = "D";
            }
            db.CareLeaverContacts.Add(new CareLeaverContact
            {
                Id = _ids.NextGuid(), PersonId = person, ContactOn = on, InTouch = inTouch, Accommodation = accommodation,
                AccommodationSuitable = accommodation is null ? null : _r.NextDouble() < 0.9,
                Activity = inTouch == "YES" ? Activities[_r.Next(Activities.Length)] : null,
                StayingPut = accommodation == LookedAfterCodes.WithFormerFosterCarers,
                Note = inTouch == "YES" ? "Visited around their birthday." : "Tried by phone and text.",
                RecordedByUserId = adviser.Id, RecordedByName = adviser.Name, RecordedAtUtc = nowUtc,
            });
            _contacts++;
        }
    }

    private void Plan(Guid person, PathwayStep step, DateOnly on, (string Id, string Name) adviser)
    {
        db.PathwayPlans.Add(new PathwayPlanRecord
        {
            Id = _ids.NextGuid(), PersonId = person, Step = step, CompletedOn = on, YoungPersonTookPart = _r.NextDouble() < 0.85,
            Summary = step == PathwayStep.NeedsAssessment ? "Needs assessed with the young person: housing, money, health, education and relationships."
                : "Goals agreed with the young person; actions for the adviser, the young person and the carers.",
            RecordedByUserId = adviser.Id, RecordedByName = adviser.Name, RecordedAtUtc = nowUtc,
        });
        _plans++;
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
