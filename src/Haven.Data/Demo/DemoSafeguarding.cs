using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.Formatting;
using Haven.Domain.Safeguarding;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the safeguarding themes generator made, for the tests.</summary>
public sealed record DemoSafeguardingResult(int MissingFromHome, int RepeatMissingChildren, int PrivateFostering, int PrivateFosteringVisits);

/// <summary>
/// Missing from home and private fostering for the demo authority, among children with an open social care episode who
/// are not in care, chosen by turn (never by chance) so the pages, the work tray and the figures always have the same
/// things to show: every 6th child of 10 or over has gone missing from home (every 3rd of those three times in 90 days,
/// a repeat missing child), with the return home interview held in time, held late or still due by turn; every 15th child
/// under 16 is privately fostered, visited 7 working days after the notification then 6-weekly, with every 3rd
/// arrangement's latest visit late and every 4th ended. Dates never pass <c>today</c>.
/// </summary>
public sealed class DemoSafeguarding(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    /// <summary>Only the rows' ids are drawn, from the seed, so the same seed gives the same ids; the themes go by turn.</summary>
    private readonly Random _ids = new(unchecked((seed * 97) + 3));
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly string[] Found = ["Came home by themselves", "Found by police at a friend's flat in Kingsford", "Found by a parent in the town centre", "Found at an older friend's house"];
    private static readonly string[] Carers = ["Grace Adeyemi", "Helen and Mark Doyle", "Patricia Kowalski", "Joseph Mensah"];
    private static readonly string[] Relationships = ["Family friend", "Great-aunt", "Host family for a language school", "Friend's parent"];

    private int _missing;
    private int _repeat;
    private int _fostering;
    private int _visits;

    public static string Progress(DemoSafeguardingResult r) => string.Create(CultureInfo.InvariantCulture,
        $"Generated safeguarding themes: {r.MissingFromHome} missing from home episodes ({r.RepeatMissingChildren} repeat missing children), {r.PrivateFostering} private fostering arrangements");

    public async Task<DemoSafeguardingResult> GenerateAsync(CancellationToken ct)
    {
        var inCare = db.CarePeriods.Select(p => p.PersonId);
        var open = await db.Referrals.AsNoTracking().Where(r => r.ClosedOn == null && r.AllocatedWorkerUserId != null && !inCare.Contains(r.PersonId))
            .OrderBy(r => r.PersonId).ThenBy(r => r.ReferralDate).ThenBy(r => r.Id).ToListAsync(ct);
        var children = open.GroupBy(r => r.PersonId).Select(g => g.First()).ToList();
        var people = children.Select(r => r.PersonId).ToList();
        var born = await db.People.AsNoTracking().Where(p => people.Contains(p.Id) && p.DateOfBirth != null).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        var workers = await db.Users.AsNoTracking().Where(u => children.Select(r => r.AllocatedWorkerUserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        int older = 0, younger = 0;
        foreach (var referral in children)
        {
            if (!born.TryGetValue(referral.PersonId, out var dob) || !workers.TryGetValue(referral.AllocatedWorkerUserId!, out var name))
            {
                continue;
            }
            var worker = (referral.AllocatedWorkerUserId!, name);
            var age = today.Year - dob.Year - (today < dob.AddYears(today.Year - dob.Year) ? 1 : 0);
            if (age >= 10 && older++ % 6 == 0)
            {
                MissingFromHome(referral, worker, older / 6);
            }
            if (age < 16 && younger++ % 15 == 0)
            {
                Fostered(referral, worker, younger / 15);
            }
        }
        await db.SaveChangesAsync(ct);
        return new DemoSafeguardingResult(_missing, _repeat, _fostering, _visits);
    }

    /// <summary>One episode, or three in 90 days for every 3rd child; the latest interview in time, late or still due by turn.</summary>
    private void MissingFromHome(Referral referral, (string Id, string Name) worker, int turn)
    {
        var starts = turn % 3 == 0 ? new[] { 80, 41, 9 } : new[] { 30 + (turn % 20) };
        if (starts.Length == 3)
        {
            _repeat++;
        }
        for (var i = 0; i < starts.Length; i++)
        {
            var day = today.AddDays(-starts[i]);
            if (day < referral.ReferralDate)
            {
                continue;
            }
            var started = Uk(day, 21);
            var back = started.AddHours(11);
            var episode = new MissingEpisode
            {
                Id = _ids.NextGuid(), PersonId = referral.PersonId, CarePeriodId = null, MissingOrAway = "M", StartedAtUtc = started, PoliceInformed = true,
                PoliceReference = string.Create(CultureInfo.InvariantCulture, $"HV-{day:yyyyMMdd}-{turn % 90 + 10}"),
                ReturnedAtUtc = back, WhereFound = Found[(turn + i) % Found.Length],
                Screening = (turn + i) % 4 == 0 ? ExploitationScreening.CriminalExploitationRisk : ExploitationScreening.NoConcerns,
                InterviewOfferedAtUtc = back.AddHours(4), InterviewOfferedBy = "Sam Reid, return home interview worker",
                RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = started.AddHours(1),
            };
            // By turn: held in time (48 hours), held late (100 hours), or (the latest episode of every 5th child) still due.
            var lastOfChild = i == starts.Length - 1;
            var held = lastOfChild && turn % 5 == 0 ? (DateTime?)null : back.AddHours(turn % 4 == 1 ? 100 : 48);
            if (held is { } h && h <= nowUtc)
            {
                episode.InterviewHeldAtUtc = h;
                episode.InterviewHeldBy = "Sam Reid";
                episode.InterviewOutcome = "Went to meet older friends; safety plan agreed with the family.";
            }
            db.MissingEpisodes.Add(episode);
            _missing++;
            Event(referral.PersonId, worker, started, CaseEventTypes.MissingEpisodeReported, $"Missing from home on {DateText.DateAndTime(started)}");
        }
    }

    /// <summary>Notified 5 to 24 weeks ago; the first visit in 7 working days, then 6-weekly; every 3rd has its last visit late, every 4th has ended.</summary>
    private void Fostered(Referral referral, (string Id, string Name) worker, int turn)
    {
        var notified = today.AddDays(-7 * (5 + turn % 20));
        if (notified < referral.ReferralDate)
        {
            notified = referral.ReferralDate;
        }
        var arrangement = new PrivateFosteringArrangement
        {
            Id = _ids.NextGuid(), PersonId = referral.PersonId, NotifiedOn = notified, NotifiedBy = "The child's school", StartedOn = notified.AddDays(-10),
            CarerName = Carers[turn % Carers.Length], CarerRelationship = Relationships[turn % Relationships.Length],
            RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = Uk(notified, 11),
        };
        var visits = new List<DateOnly>();
        var due = PrivateFosteringSchedule.NextVisitDue(notified, arrangement.StartedOn, visits, Calendar);
        while (due < today)
        {
            var late = turn % 3 == 0 && PrivateFosteringSchedule.NextVisitDue(notified, arrangement.StartedOn, [.. visits, due], Calendar) >= today;
            var on = late ? due.AddDays(3) : due.AddDays(-1);
            if (on > today)
            {
                break;
            }
            visits.Add(on);
            due = PrivateFosteringSchedule.NextVisitDue(notified, arrangement.StartedOn, visits, Calendar);
        }
        foreach (var on in visits)
        {
            arrangement.Visits.Add(new PrivateFosteringVisit
            {
                Id = _ids.NextGuid(), ArrangementId = arrangement.Id, PersonId = referral.PersonId, VisitedOn = on, SeenAlone = true,
                RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = Uk(on, 15),
            });
            Event(referral.PersonId, worker, Uk(on, 15), CaseEventTypes.PrivateFosteringVisited, $"Private fostering visit on {DateText.Date(on)}");
        }
        if (visits.Count > 0)
        {
            arrangement.AssessedOn = visits[0].AddDays(14) <= today ? visits[0].AddDays(14) : today;
            arrangement.Suitable = true;
            arrangement.AssessmentSummary = "Checks on the carer's household clear; the parents agree and keep in touch weekly.";
        }
        if (turn % 4 == 0 && visits.Count > 0)
        {
            arrangement.EndedOn = visits[^1];
            arrangement.EndReason = PrivateFosteringEnd.ReturnedToParents;
        }
        db.PrivateFosteringArrangements.Add(arrangement);
        _fostering++;
        _visits += visits.Count;
        Event(referral.PersonId, worker, Uk(notified, 11), CaseEventTypes.PrivateFosteringNotified,
            $"Private fostering notified on {DateText.Date(notified)}: living with {arrangement.CarerName}");
    }

    private void Event(Guid personId, (string Id, string Name) worker, DateTime atUtc, string type, string summary) =>
        db.CaseEvents.Add(new CaseEvent { PersonId = personId, Type = type, OccurredAtUtc = atUtc, ActorUserId = worker.Id, ActorName = worker.Name, Summary = summary });

    /// <summary>An instant on a UK day at the hour given, never after now.</summary>
    private DateTime Uk(DateOnly day, int hour)
    {
        var utc = UkClock.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));
        return utc <= nowUtc ? utc : nowUtc.AddMinutes(-5);
    }
}
