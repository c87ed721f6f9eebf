using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.Formatting;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the reviews generator made, for the progress line and the tests.</summary>
public sealed record DemoCareReviewsResult(int Reviews, int HeldLate, int Visits, int CarePlans, int PermanencePlans);

/// <summary>
/// Reviews, plans, IROs and statutory visits for every period of care already in the demo (whoever made them): an IRO
/// allocated to each; reviews along the statutory schedule, most in time, some late, and for some children the latest
/// one not yet held; recommendations with owners, most done; minutes shared, some not yet; the care plan (mostly by its
/// due date) and the permanence plan (mostly by the second review); and visits as case notes for each placement,
/// restarting with each move, some late and some now overdue. So the IRO's list, the review and visit pages and the
/// work tray all have something true to show. Deterministic from the seed; nothing is dated after today.
/// </summary>
public sealed class DemoCareReviews(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    private const string Generator = "Demo data generator";
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly Random _r = new(unchecked((seed * 71) + 13));
    private int _reviews;
    private int _late;
    private int _openPeriods;
    private int _visits;
    private int _carePlans;
    private int _permanencePlans;
    private Dictionary<string, string> _names = [];

    private static readonly (string Recommendation, string Owner)[] Recommendations =
    [
        ("Arrange the dental check that is overdue", "Foster carer"),
        ("Increase family time with brothers and sisters to fortnightly", "Social worker"),
        ("Refer to CAMHS for an assessment of sleep and anxiety", "Social worker"),
        ("Update the personal education plan with the virtual school", "Designated teacher"),
        ("Complete life-story work before the next review", "Social worker"),
        ("Offer an independent visitor", "Social worker"),
        ("Review the placement plan with the carers", "Supervising social worker"),
        ("Apply for the child's passport so they can go on the school trip", "Social worker"),
    ];

    /// <summary>How children over 4 took part in their reviews, roughly as the SSDA903 return shows nationally.</summary>
    private static readonly (string Code, double Weight)[] Participation =
        [("PN1", 45), ("PN2", 8), ("PN3", 4), ("PN4", 6), ("PN5", 8), ("PN6", 20), ("PN7", 9)];

    private static readonly (PermanencePlanType Type, double Weight)[] PermanenceTypes =
    [
        (PermanencePlanType.LongTermFosterCare, 40), (PermanencePlanType.ReturnHome, 20), (PermanencePlanType.Adoption, 10),
        (PermanencePlanType.SpecialGuardianship, 15), (PermanencePlanType.ChildArrangementsOrder, 5), (PermanencePlanType.LongTermResidential, 10),
    ];

    private static readonly string[] Views =
    [
        "Said they like living with their carers and want to stay.",
        "Wants to see mum more often and asked why contact is supervised.",
        "Did not want to come to the meeting; wrote a note saying school is going better.",
        "Said they feel safe but miss their old friends.",
        "Was worried about moving again and asked to stay at the same school.",
    ];

    public async Task<DemoCareReviewsResult> GenerateAsync(CancellationToken ct)
    {
        var periods = await db.CarePeriods.Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => p.StartDate <= today).OrderBy(p => p.StartDate).ThenBy(p => p.Id).AsSplitQuery().ToListAsync(ct);
        if (periods.Count == 0)
        {
            return new DemoCareReviewsResult(0, 0, 0, 0, 0);
        }
        var officers = await StaffAsync(Roles.IndependentReviewingOfficer, ct);
        var workers = await StaffAsync(Roles.SocialWorker, ct);
        if (officers.Count == 0 || workers.Count == 0)
        {
            return new DemoCareReviewsResult(0, 0, 0, 0, 0);
        }
        var people = periods.Select(p => p.PersonId).Distinct().ToList();
        var allocated = (await db.Allocations.AsNoTracking().Where(a => people.Contains(a.PersonId)).OrderByDescending(a => a.StartDate).ThenBy(a => a.Id).ToListAsync(ct))
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.First().WorkerUserId);
        var names = _names = officers.Concat(workers).DistinctBy(s => s.Id).ToDictionary(s => s.Id, s => s.Name);
        var born = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth, ct);

        foreach (var period in periods)
        {
            var iro = officers[_r.Next(officers.Count)];
            if (period.IroUserId is null)
            {
                (period.IroUserId, period.IroName) = (iro.Id, iro.Name);
                Event(period.PersonId, period.StartDate.AddDays(_r.Next(1, 5)), CaseEventTypes.ReviewingOfficerAllocated, null,
                    $"Independent reviewing officer allocated: {iro.Name}");
            }
            var workerId = allocated.GetValueOrDefault(period.PersonId) is { } w && names.ContainsKey(w) ? w : workers[_r.Next(workers.Count)].Id;
            var worker = (Id: workerId, Name: names[workerId]);
            var held = Reviews(period, (period.IroUserId, period.IroName ?? iro.Name), born.GetValueOrDefault(period.PersonId));
            Plans(period, worker, held);
            foreach (var placement in period.Placements.OrderBy(p => p.StartDate))
            {
                Visits(period, placement, worker, born.GetValueOrDefault(period.PersonId));
            }
        }
        await db.SaveChangesAsync(ct);
        return new DemoCareReviewsResult(_reviews, _late, _visits, _carePlans, _permanencePlans);
    }

    private async Task<List<(string Id, string Name)>> StaffAsync(string role, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync(ct);
        return [.. (await db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).OrderBy(u => u.Id, StringComparer.Ordinal).Select(u => (u.Id, u.DisplayName))];
    }

    /// <summary>Reviews along the schedule until today or the end of care: most a few days early, one in seven late, and one in twelve open periods' latest not yet held.</summary>
    private List<DateOnly> Reviews(CarePeriod period, (string Id, string Name) chair, DateOnly? bornOn)
    {
        var rules = period.ToPeriodOfCare();
        var last = period.EndDate is { } end && end < today ? end : today;
        var held = new List<DateOnly>();
        // One open period in twelve has its latest review not held, whatever the dice say, so the IRO's list and the
        // tray always have an overdue review to show (a random choice left some small demos with none).
        var leaveLatestOverdue = period.EndDate is null && _openPeriods++ % 12 == 5;
        while (true)
        {
            var due = CareTimescales.NextReviewDue(rules, held, Calendar);
            var late = _r.NextDouble() < 0.15;
            var on = late ? due.AddDays(_r.Next(3, 45)) : Calendar.AddWorkingDays(due, -_r.Next(0, 8));
            on = on < period.StartDate ? period.StartDate : on;
            var latestDue = due <= today && CareTimescales.NextReviewDue(rules, [.. held, on], Calendar) > today;
            if (on > last || (leaveLatestOverdue && latestDue))
            {
                // Not held yet: either not due, or (for some children) the review now overdue.
                return held;
            }
            held.Add(on);
            _reviews++;
            _late += on > due ? 1 : 0;
            var under4 = bornOn is { } b && on < b.AddYears(4);
            var review = new CareReview
            {
                Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, HeldOn = on,
                ChairUserId = chair.Id, ChairName = chair.Name,
                Participation = under4 ? "PN0" : _r.Weighted(Participation),
                ChildsViews = under4 ? "Too young to give views; seen settled and playing with the carers." : Views[_r.Next(Views.Length)],
                Decisions = held.Count == 1 ? "The placement meets the child's needs; the care plan is endorsed." : "The care plan continues; progress on last review's recommendations noted.",
                // Minutes usually go within 20 working days; recent ones may not have gone yet.
                MinutesToChildOn = Shared(on, under4 ? 0 : 0.9),
                MinutesToCarersOn = Shared(on, 0.95),
                RecordedByUserId = chair.Id, RecordedByName = chair.Name, RecordedAtUtc = At(Earlier(Calendar.AddWorkingDays(on, _r.Next(1, 6)), today)),
            };
            for (var i = _r.Next(1, 4); i > 0; i--)
            {
                var (text, owner) = Recommendations[_r.Next(Recommendations.Length)];
                var dueOn = on.AddDays(_r.Next(4, 9) * 7);
                review.Recommendations.Add(new CareReviewRecommendation
                {
                    Id = _r.NextGuid(), CareReviewId = review.Id, Recommendation = text, Owner = owner, DueOn = dueOn,
                    CompletedOn = dueOn < today && _r.NextDouble() < 0.75 ? Earlier(dueOn.AddDays(_r.Next(-20, 15)), today) : null,
                });
            }
            db.CareReviews.Add(review);
            Event(period.PersonId, on, CaseEventTypes.CareReviewRecorded, chair.Id,
                $"Looked-after review held on {DateText.Date(on)}{(on > due ? $", {on.DayNumber - due.DayNumber} days late" : "")}");
        }
    }

    private DateOnly? Shared(DateOnly heldOn, double chance)
    {
        var on = Calendar.AddWorkingDays(heldOn, _r.Next(3, 20));
        return on <= today && _r.NextDouble() < chance ? on : null;
    }

    /// <summary>The care plan, usually by the day set at entry; the permanence plan, usually by the second review.</summary>
    private void Plans(CarePeriod period, (string Id, string Name) worker, List<DateOnly> held)
    {
        var roll = _r.NextDouble();
        if (roll < 0.95)
        {
            var agreed = roll < 0.85 ? Calendar.AddWorkingDays(period.StartDate, _r.Next(0, 8)) : period.CarePlanDueOn.AddDays(_r.Next(3, 30));
            if (agreed <= today && agreed < (period.EndDate ?? DateOnly.MaxValue))
            {
                db.CarePlans.Add(new CarePlan
                {
                    Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, AgreedOn = agreed,
                    Summary = "Where the child lives and why, their health and education needs, family time, and who does what before the first review.",
                    RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = At(agreed),
                });
                _carePlans++;
                Event(period.PersonId, agreed, CaseEventTypes.CarePlanAgreed, worker.Id, $"Care plan agreed on {DateText.Date(agreed)}");
            }
        }
        var due = CareReviewRules.PermanencePlanDue(period.ToPeriodOfCare(), held, Calendar);
        var on = _r.NextDouble() < 0.8 ? due.AddDays(-_r.Next(0, 40)) : due.AddDays(_r.Next(5, 60));
        if (on > today || on < period.StartDate || on >= (period.EndDate ?? DateOnly.MaxValue) || period.ToPeriodOfCare().IsShortBreaks)
        {
            return;
        }
        var type = period.EndDate is not null ? PermanencePlanType.ReturnHome
            : _r.Weighted(PermanenceTypes);
        db.PermanencePlans.Add(new PermanencePlan
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, PlanType = type, AgreedOn = on,
            RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = At(on),
        });
        _permanencePlans++;
        Event(period.PersonId, on, CaseEventTypes.PermanencePlanAgreed, worker.Id,
            $"Permanence plan agreed on {DateText.Date(on)}: {PermanencePlanTypes.Label(type).ToLowerInvariant()}");
    }

    /// <summary>Visits along each placement's schedule, as home-visit case notes: mostly in time, some late, and some children's latest now overdue.</summary>
    private void Visits(CarePeriod period, Placement placement, (string Id, string Name) worker, DateOnly? bornOn)
    {
        var last = Earlier(placement.EndDate ?? today, today);
        var seen = new List<DateOnly>();
        var rule = placement.ToCarePlacement();
        while (true)
        {
            var due = CareTimescales.NextVisitDue(rule, seen, Calendar);
            var on = _r.NextDouble() < 0.12 ? due.AddDays(_r.Next(2, 20)) : due.AddDays(-_r.Next(0, 10));
            on = on < placement.StartDate ? placement.StartDate : on;
            if (on > last || (placement.EndDate is null && due <= today && due.AddDays(42) > today && _r.NextDouble() < 0.1))
            {
                return;
            }
            seen.Add(on);
            _visits++;
            var alone = bornOn is not { } b || on >= b.AddYears(5) ? _r.NextDouble() < 0.75 : false;
            db.CaseNotes.Add(new CaseNote
            {
                Id = _r.NextGuid(), PersonId = period.PersonId, Type = CaseNoteType.HomeVisit, OccurredOn = on,
                Subject = "Statutory visit",
                Text = $"Visited at the placement with {placement.CarerName}. The child was seen{(alone ? " alone in their room" : " with the carers")}; they talked about school and family time.",
                ChildSeen = true, SeenAlone = alone, VisitPurpose = VisitPurpose.LookedAfter,
                RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = At(Earlier(Calendar.AddWorkingDays(on, _r.Next(0, 3)), today)),
            });
            Event(period.PersonId, on, CaseEventTypes.CaseNoteAdded, worker.Id, "Case note: Statutory visit");
        }
    }

    private void Event(Guid personId, DateOnly on, string type, string? actorId, string summary) =>
        db.CaseEvents.Add(new CaseEvent
        {
            PersonId = personId, Type = type, OccurredAtUtc = At(on), ActorUserId = actorId ?? "system", ActorName = actorId is null ? Generator : _names.GetValueOrDefault(actorId, Generator), Summary = summary,
        });

    private DateTime At(DateOnly day)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(_r.Next(9, 17), _r.Next(0, 60))), Uk);
        return utc <= nowUtc ? utc : nowUtc.AddMinutes(-_r.Next(1, 30));
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    public static string Progress(DemoCareReviewsResult r) => string.Create(CultureInfo.InvariantCulture,
        $"Generated looked-after reviews: {r.Reviews:N0} reviews ({r.HeldLate:N0} late), {r.CarePlans:N0} care plans, {r.PermanencePlans:N0} permanence plans, {r.Visits:N0} statutory visits");
}
