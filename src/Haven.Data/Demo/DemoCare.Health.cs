using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.Formatting;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the care health generator made, for the progress line and the tests.</summary>
public sealed record DemoCareHealthResult(int HealthChecks, int EducationPlans, int MissingEpisodes, int AdvocacyOffers);

/// <summary>
/// Health, education, missing episodes and advocacy for every period of care already in the demo authority: health
/// assessments and PEPs along their statutory clocks (most in time, some late, a few still missing, so the health and
/// education pages and the work tray have something true to show), dental checks, immunisations and SDQ scores, and
/// missing episodes for some teenagers with return home interviews (some late, some never held). It reads whatever
/// periods exist, so it runs after the care record's own generator. Deterministic from the seed; dates never pass
/// <c>today</c>, instants never pass <c>nowUtc</c>.
/// </summary>
public sealed class DemoCareHealth(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly Random _r = new(unchecked((seed * 71) + 13));
    private int _checks;
    private int _plans;
    private int _missing;
    private int _offers;

    private static readonly string[] Paediatricians = ["Dr Okafor, community paediatrician", "Dr Lewis, community paediatrician", "Dr Mensah, designated doctor"];
    private static readonly string[] Nurses = ["Claire Benson, children in care nurse", "Tom Evans, children in care nurse"];
    private static readonly string[] Schools = ["Kingsford Academy", "Havenshire Primary School", "St Anne's CE Primary", "Millbrook High School", "Riverside Academy", "Oakfield Special School"];
    private static readonly string[] VirtualSchool = ["Mo Ali, virtual school", "Sarah Quinn, virtual school", "Joe Patel, virtual school"];
    private static readonly string[] Found = ["Came back to the placement by themselves", "Found by police at a friend's flat in Kingsford", "Found by the carer in the town centre", "Found at a relative's house", "Stopped by police on a train to the city"];
    private static readonly string[] InterviewWorkers = ["Sam Reid, return home interview worker", "Nadia Khan, return home interview worker"];

    public async Task<DemoCareHealthResult> GenerateAsync(CancellationToken ct)
    {
        var periods = await db.CarePeriods.AsNoTracking().OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct);
        if (periods.Count == 0)
        {
            return new DemoCareHealthResult(0, 0, 0, 0);
        }
        var people = periods.Select(p => p.PersonId).Distinct().ToList();
        var born = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth, ct);
        foreach (var period in periods)
        {
            if (born.GetValueOrDefault(period.PersonId) is not { } dob)
            {
                continue;
            }
            var until = period.EndDate is { } end && end < today ? end : today;
            HealthAssessments(period, dob, until);
            OtherChecks(period, dob, until);
            EducationPlans(period, dob, until);
            MissingEpisodes(period, dob, until);
            Advocacy(period, until);
        }
        await db.SaveChangesAsync(ct);
        return new DemoCareHealthResult(_checks, _plans, _missing, _offers);
    }

    /// <summary>
    /// The initial assessment, then reviews on the child's clock: four in five in time, one in ten late, and one in ten
    /// never done (the clock stays overdue from there, as it would in a real record).
    /// </summary>
    private void HealthAssessments(CarePeriod period, DateOnly dob, DateOnly until)
    {
        var rules = period.ToPeriodOfCare();
        var done = new List<DateOnly>();
        while (true)
        {
            var due = CareTimescales.NextHealthAssessmentDue(rules, dob, done, Calendar);
            var roll = _r.NextDouble();
            var on = roll < 0.8 ? due.AddDays(-_r.Next(0, 15)) : roll < 0.9 ? due.AddDays(_r.Next(3, 45)) : DateOnly.MaxValue;
            if (on < period.StartDate)
            {
                on = period.StartDate.AddDays(_r.Next(1, 5));
            }
            if (on > until)
            {
                return;
            }
            done.Add(on);
            var kind = done.Count == 1 ? HealthCheckKind.InitialHealthAssessment : HealthCheckKind.ReviewHealthAssessment;
            AddCheck(period, kind, on, Pick(done.Count == 1 ? Paediatricians : Nurses),
                Pick(["No health concerns; growth and development on track.", "Referred to audiology after a failed hearing screen.", "Asthma plan shared with carers.", "Eczema: treatment plan given to carers.", "Sleep difficulties discussed; carers to keep a diary."]));
        }
    }

    /// <summary>A dental check, immunisations checked and (4 to 16) an SDQ score about once a year; CAMHS for some.</summary>
    private void OtherChecks(CarePeriod period, DateOnly dob, DateOnly until)
    {
        for (var year = period.StartDate.AddMonths(_r.Next(1, 4)); year <= until; year = year.AddMonths(12))
        {
            if (_r.NextDouble() < 0.85)
            {
                AddCheck(period, HealthCheckKind.DentalCheck, year, "Havenshire Community Dental Service", null);
            }
            var immunisations = AddCheck(period, HealthCheckKind.Immunisations, year, null, null);
            immunisations.UpToDate = _r.NextDouble() < 0.88;
            var age = Age(dob, year);
            if (age is >= 4 and <= 16 && _r.NextDouble() < 0.8)
            {
                var sdq = AddCheck(period, HealthCheckKind.StrengthsAndDifficulties, year, null, null);
                // Looked-after children score higher than most: about half are "borderline" or "cause for concern" (14+).
                sdq.Score = Math.Clamp((int)Math.Round(14 + (6 * Normal())), CareHealthRules.SdqLowest, CareHealthRules.SdqHighest);
            }
        }
        if (Age(dob, until) >= 8 && _r.NextDouble() < 0.25)
        {
            var camhs = AddCheck(period, HealthCheckKind.Camhs, Between(period.StartDate, until), null, null);
            camhs.Camhs = Pick([CamhsInvolvement.Referred, CamhsInvolvement.Receiving, CamhsInvolvement.Receiving, CamhsInvolvement.Ended]);
        }
    }

    /// <summary>The first PEP after entry, then one a term while the child is of an age to have one; some late, a few missing.</summary>
    private void EducationPlans(CarePeriod period, DateOnly dob, DateOnly until)
    {
        var rules = period.ToPeriodOfCare();
        var held = new List<DateOnly>();
        var school = Age(dob, period.StartDate) >= 11 ? Pick(["Kingsford Academy", "Millbrook High School", "Riverside Academy"]) : Pick(Schools);
        var sen = _r.NextDouble() switch { < 0.6 => SenStatus.None, < 0.85 => SenStatus.SenSupport, _ => SenStatus.EhcPlan };
        var contact = Pick(VirtualSchool);
        while (true)
        {
            var due = CareHealthTimescales.NextEducationPlanDue(rules, dob, held, Calendar);
            if (!CareHealthTimescales.NeedsEducationPlan(dob, due))
            {
                return;
            }
            var roll = _r.NextDouble();
            // Termly PEPs are held across the term, not on its last day.
            var on = roll < 0.75 ? due.AddDays(-_r.Next(0, held.Count == 0 ? 5 : 50)) : roll < 0.92 ? due.AddDays(_r.Next(2, 30)) : DateOnly.MaxValue;
            if (on < period.StartDate)
            {
                on = period.StartDate;
            }
            if (on > until)
            {
                return;
            }
            held.Add(on);
            _plans++;
            db.EducationPlans.Add(new EducationPlan
            {
                Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, HeldOn = on, SchoolName = school, VirtualSchoolContact = contact,
                AttendancePercent = Math.Round((decimal)Math.Clamp(91 + (7 * Normal()), 40, 100), 1), Sen = sen,
                Note = Pick<string?>(["Targets: reading age, friendships at lunchtime.", "Pupil premium plus for one-to-one maths tuition.", "Attendance improving since the move; keep the same taxi.", null]),
                RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(on),
            });
            Event(period, on, CaseEventTypes.EducationPlanRecorded, $"Personal education plan held on {DateText.Date(on)} ({SchoolTerms.Name(on).ToLowerInvariant()})");
        }
    }

    /// <summary>About one teenager in four goes missing or away at least once; interviews mostly in time, some late, some never.</summary>
    private void MissingEpisodes(CarePeriod period, DateOnly dob, DateOnly until)
    {
        if (Age(dob, until) < 11 || until < period.StartDate.AddDays(7) || _r.NextDouble() > 0.28)
        {
            return;
        }
        var count = _r.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var day = Between(period.StartDate.AddDays(7), until);
            var started = At(day, _r.Next(16, 23));
            var back = started.AddHours(_r.Next(2, 60));
            var episode = new MissingEpisode
            {
                Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, MissingOrAway = _r.NextDouble() < 0.7 ? "M" : "A",
                StartedAtUtc = started, PoliceInformed = true, PoliceReference = string.Create(CultureInfo.InvariantCulture, $"HV-{day:yyyyMMdd}-{_r.Next(10, 99)}"),
                RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = started.AddHours(1) <= nowUtc ? started.AddHours(1) : nowUtc,
            };
            if (back <= nowUtc.AddHours(-1))
            {
                episode.ReturnedAtUtc = back;
                episode.WhereFound = Pick(Found);
                episode.Screening = _r.NextDouble() switch { < 0.6 => ExploitationScreening.NoConcerns, < 0.75 => ExploitationScreening.SexualExploitationRisk, < 0.92 => ExploitationScreening.CriminalExploitationRisk, _ => ExploitationScreening.BothRisks };
                episode.ScreeningOutcome = episode.Screening == ExploitationScreening.NoConcerns ? null : "Referred to the exploitation panel; safety plan agreed with the carers.";
                episode.InterviewOfferedAtUtc = Before(back.AddHours(_r.Next(2, 30)));
                episode.InterviewOfferedBy = Pick(InterviewWorkers);
                var roll = _r.NextDouble();
                var held = roll < 0.65 ? back.AddHours(_r.Next(12, 70)) : roll < 0.85 ? back.AddHours(_r.Next(80, 200)) : DateTime.MaxValue;
                if (held <= nowUtc && held > episode.InterviewOfferedAtUtc)
                {
                    episode.InterviewHeldAtUtc = held;
                    episode.InterviewHeldBy = episode.InterviewOfferedBy;
                    episode.InterviewOutcome = Pick(["Went to meet older friends met online; safety plan agreed.", "Upset after family time was cancelled; contact plan reviewed.", "Stayed at a friend's house; no harm disclosed.", "Would not talk about where they had been; shared with the exploitation panel."]);
                }
            }
            _missing++;
            db.MissingEpisodes.Add(episode);
            Event(period, UkDate(started), CaseEventTypes.MissingEpisodeReported,
                $"{LookedAfterCodes.MissingOrAway.InPlainWords(episode.MissingOrAway)} from {DateText.DateAndTime(started)}");
        }
    }

    private void Advocacy(CarePeriod period, DateOnly until)
    {
        if (_r.NextDouble() > 0.6)
        {
            return;
        }
        var on = Between(period.StartDate, until);
        var response = _r.NextDouble() switch { < 0.45 => AdvocacyResponse.Accepted, < 0.9 => AdvocacyResponse.Declined, _ => AdvocacyResponse.Considering };
        var kind = _r.NextDouble() < 0.5 ? AdvocacyKind.Advocate : AdvocacyKind.IndependentVisitor;
        _offers++;
        db.AdvocacyOffers.Add(new AdvocacyOffer
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, Kind = kind, OfferedOn = on, Response = response,
            Who = response == AdvocacyResponse.Accepted ? (kind == AdvocacyKind.Advocate ? "Havenshire Children's Advocacy Service" : Pick(["Margaret Doyle (volunteer)", "Ian Marsh (volunteer)"])) : null,
            RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(on),
        });
        Event(period, on, CaseEventTypes.AdvocacyOffered, $"{CareHealthWording.Label(kind)} offered on {DateText.Date(on)}: {CareHealthWording.Label(response).ToLowerInvariant()}");
    }

    private HealthCheck AddCheck(CarePeriod period, HealthCheckKind kind, DateOnly on, string? by, string? note)
    {
        var check = new HealthCheck
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, Kind = kind, DoneOn = on, DoneBy = by, Note = note,
            RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(on),
        };
        _checks++;
        db.HealthChecks.Add(check);
        Event(period, on, CaseEventTypes.HealthCheckRecorded, $"{CareHealthWording.Label(kind)} on {DateText.Date(on)}");
        return check;
    }

    private void Event(CarePeriod period, DateOnly on, string type, string summary) =>
        db.CaseEvents.Add(new CaseEvent
        {
            PersonId = period.PersonId, Type = type, OccurredAtUtc = At(on), ActorUserId = period.RecordedByUserId, ActorName = period.RecordedByName, Summary = summary,
        });

    private static int Age(DateOnly dob, DateOnly on) => on.Year - dob.Year - (on < dob.AddYears(on.Year - dob.Year) ? 1 : 0);

    private T Pick<T>(T[] items) => items[_r.Next(items.Length)];

    private DateOnly Between(DateOnly from, DateOnly to) => to <= from ? from : from.AddDays(_r.Next(0, to.DayNumber - from.DayNumber + 1));

    /// <summary>A standard normal draw (Box–Muller), for scores and percentages that cluster.</summary>
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _r.NextDouble())) * Math.Cos(2 * Math.PI * _r.NextDouble());

    /// <summary>An instant on the given UK day in working hours, never after now.</summary>
    private DateTime At(DateOnly day, int? hour = null) =>
        Before(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour ?? _r.Next(9, 17), _r.Next(0, 60))), Uk));

    private DateTime Before(DateTime utc) => utc <= nowUtc ? utc : nowUtc.AddMinutes(-_r.Next(1, 30));

    private static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Uk));
}
