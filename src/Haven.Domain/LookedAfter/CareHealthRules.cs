namespace Haven.Domain.LookedAfter;

/// <summary>
/// What may be recorded about a child in care's health, education, missing episodes and advocacy. Each rule runs once,
/// in the service, and says what is wrong by the domain's field names (the constants below), which pages map to theirs.
/// </summary>
public static class CareHealthRules
{
    public const string DoneOn = nameof(DoneOn);
    public const string UpToDate = nameof(UpToDate);
    public const string Score = nameof(Score);
    public const string Camhs = nameof(Camhs);
    public const string HeldOn = nameof(HeldOn);
    public const string SchoolName = nameof(SchoolName);
    public const string SchoolUrn = nameof(SchoolUrn);
    public const string VirtualSchoolContact = nameof(VirtualSchoolContact);
    public const string AttendancePercent = nameof(AttendancePercent);
    public const string Sen = nameof(Sen);
    public const string Kind = nameof(Kind);
    public const string StartDate = nameof(StartDate);
    public const string EndDate = nameof(EndDate);
    public const string MissingOrAway = nameof(MissingOrAway);
    public const string StartedAt = nameof(StartedAt);
    public const string ReturnedAt = nameof(ReturnedAt);
    public const string WhereFound = nameof(WhereFound);
    public const string PoliceReference = nameof(PoliceReference);
    public const string Screening = nameof(Screening);
    public const string InterviewOfferedAt = nameof(InterviewOfferedAt);
    public const string InterviewOfferedBy = nameof(InterviewOfferedBy);
    public const string InterviewHeldAt = nameof(InterviewHeldAt);
    public const string InterviewHeldBy = nameof(InterviewHeldBy);
    public const string InterviewOutcome = nameof(InterviewOutcome);
    public const string OfferedOn = nameof(OfferedOn);
    public const string Response = nameof(Response);
    public const string Who = nameof(Who);

    /// <summary>The SDQ total difficulties score runs from 0 to 40.</summary>
    public const int SdqLowest = 0;
    public const int SdqHighest = 40;

    /// <summary>A health check: dated within the period of care and not in the future, with the answer its kind needs.</summary>
    public static RuleResult CheckHealth(HealthCheckKind kind, DateOnly? doneOn, bool? upToDate, int? score, CamhsInvolvement? camhs, DateOnly cameIntoCare, DateOnly today)
    {
        var result = InPeriod(DoneOn, doneOn, "the date", cameIntoCare, today);
        return kind switch
        {
            HealthCheckKind.Immunisations => result.AddIf(upToDate is null, UpToDate, "Select whether the child's immunisations are up to date"),
            HealthCheckKind.StrengthsAndDifficulties when score is null => result.Add(Score, $"Enter the SDQ score, a whole number from {SdqLowest} to {SdqHighest}"),
            HealthCheckKind.StrengthsAndDifficulties => result.AddIf(score is < SdqLowest or > SdqHighest, Score, $"The SDQ score must be from {SdqLowest} to {SdqHighest}"),
            HealthCheckKind.Camhs => result.AddIf(camhs is null, Camhs, "Select where the child stands with CAMHS"),
            _ => result,
        };
    }

    /// <summary>A personal education plan: when it was held, the school and virtual school contact, attendance 0–100 and SEN.</summary>
    public static RuleResult CheckEducationPlan(DateOnly? heldOn, string? schoolName, string? schoolUrn, string? virtualSchoolContact, decimal? attendance, SenStatus? sen, DateOnly cameIntoCare, DateOnly today) =>
        InPeriod(HeldOn, heldOn, "the PEP meeting", cameIntoCare, today)
            .AddIf(string.IsNullOrWhiteSpace(schoolName), SchoolName, "Enter the school or setting the child attends")
            .AddIf(schoolUrn is { Length: > 0 } urn && (urn.Trim().Length != 6 || !urn.Trim().All(char.IsAsciiDigit)), SchoolUrn, "The school's URN must be 6 digits, like 123456")
            .AddIf(string.IsNullOrWhiteSpace(virtualSchoolContact), VirtualSchoolContact, "Enter the virtual school contact for the child")
            .AddIf(attendance is < 0 or > 100, AttendancePercent, "Attendance must be a percentage from 0 to 100")
            .AddIf(sen is null, Sen, "Select the child's special educational needs status");

    /// <summary>A suspension has a last day on or after its first; a permanent exclusion has none.</summary>
    public static RuleResult CheckExclusion(ExclusionKind? kind, DateOnly? start, DateOnly? end, DateOnly cameIntoCare, DateOnly today)
    {
        var result = new RuleResult().AddIf(kind is null, Kind, "Select whether it was a suspension or a permanent exclusion");
        result.Include(InPeriod(StartDate, start, "the first day of the exclusion", cameIntoCare, today));
        if (kind == ExclusionKind.Suspension)
        {
            result.AddIf(end is null, EndDate, "Enter the last day of the suspension");
            result.AddIf(end is { } e && start is { } s && e < s, EndDate, "The last day of the suspension cannot be before its first day");
        }
        return result;
    }

    /// <summary>
    /// A missing or away episode as reported: the code from the DfE list, and a start since the child came into care (any
    /// time for a child missing from home, <paramref name="cameIntoCare"/> null) and not in the future. The return is recorded on its own (<see cref="CheckReturn"/>), when the child comes back.
    /// </summary>
    public static RuleResult CheckMissing(string? missingOrAway, DateTime? startedAtUtc, bool policeInformed, string? policeReference, DateOnly? cameIntoCare, DateTime nowUtc)
    {
        var result = new RuleResult()
            .AddIf(!LookedAfterCodes.MissingOrAway.Contains(missingOrAway), MissingOrAway, "Select whether the child was missing or away from placement without agreement")
            .AddIf(cameIntoCare is null && missingOrAway == "A", MissingOrAway, "A child who is not in care can only be missing from home: away from placement is for children in care");
        if (startedAtUtc is not { } started)
        {
            result.Add(StartedAt, "Enter when the child went missing");
        }
        else
        {
            // A child missing from home (not in care) has no period for the start to fall in.
            if (cameIntoCare is { } inCare)
            {
                result.AddIf(UkClock.DateOf(started) < inCare, StartedAt, $"The child went missing before they came into care on {DateText.Date(inCare)}: record it on the record, not the care record");
            }
            result.AddIf(started > nowUtc, StartedAt, "When the child went missing must be now or in the past");
        }
        return result.AddIf(!policeInformed && !string.IsNullOrWhiteSpace(policeReference), PoliceReference, "Remove the police reference, or say the police were told");
    }

    /// <summary>The child's return: after they went missing and not in the future.</summary>
    public static RuleResult CheckReturn(MissingEpisode episode, DateTime? returnedAtUtc, string? whereFound, ExploitationScreening? screening, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var result = new RuleResult();
        if (returnedAtUtc is not { } back)
        {
            result.Add(ReturnedAt, "Enter when the child came back");
        }
        else
        {
            result.AddIf(back <= episode.StartedAtUtc, ReturnedAt, $"The return must be after the child went missing on {DateText.DateAndTime(episode.StartedAtUtc)}");
            result.AddIf(back > nowUtc, ReturnedAt, "When the child came back must be now or in the past");
        }
        return result
            .AddIf(string.IsNullOrWhiteSpace(whereFound), WhereFound, "Enter where the child was found or where they came back to")
            .AddIf(screening is null, Screening, "Select what the exploitation screening found");
    }

    /// <summary>
    /// The return home interview: it can only be offered and held once the child is back, the holding after the
    /// offer; who offered it, who held it and what came of it are needed with each.
    /// </summary>
    public static RuleResult CheckInterview(MissingEpisode episode, DateTime? offeredAtUtc, string? offeredBy, DateTime? heldAtUtc, string? heldBy, string? outcome, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var result = new RuleResult();
        if (episode.ReturnedAtUtc is not { } back)
        {
            return result.Add("", "Record the child's return first: the return home interview is offered after they come back");
        }
        var returned = DateText.DateAndTime(back);
        if (offeredAtUtc is not { } offered)
        {
            result.Add(InterviewOfferedAt, "Enter when the return home interview was offered");
        }
        else
        {
            result.AddIf(offered < back, InterviewOfferedAt, $"The interview cannot be offered before the child came back on {returned}");
            result.AddIf(offered > nowUtc, InterviewOfferedAt, "When the interview was offered must be now or in the past");
        }
        result.AddIf(string.IsNullOrWhiteSpace(offeredBy), InterviewOfferedBy, "Enter who offered the interview");
        if (heldAtUtc is { } held)
        {
            result.AddIf(held < back, InterviewHeldAt, $"The return home interview cannot be before the child came back on {returned}");
            result.AddIf(offeredAtUtc is { } o && held < o && held >= back, InterviewHeldAt, "The interview cannot be held before it was offered");
            result.AddIf(held > nowUtc, InterviewHeldAt, "When the interview was held must be now or in the past");
            result.AddIf(string.IsNullOrWhiteSpace(heldBy), InterviewHeldBy, "Enter who held the interview");
            result.AddIf(string.IsNullOrWhiteSpace(outcome), InterviewOutcome, "Enter what the child said and what will happen next");
        }
        else
        {
            result.AddIf(!string.IsNullOrWhiteSpace(heldBy) || !string.IsNullOrWhiteSpace(outcome), InterviewHeldAt, "Enter when the interview was held, or leave who held it and the outcome empty");
        }
        return result;
    }

    /// <summary>An independent visitor or advocate offered on a day in care, with the child's answer and, if they accepted, who.</summary>
    public static RuleResult CheckAdvocacy(AdvocacyKind? kind, DateOnly? offeredOn, AdvocacyResponse? response, string? who, DateOnly cameIntoCare, DateOnly today) =>
        new RuleResult()
            .AddIf(kind is null, Kind, "Select whether an independent visitor or an advocate was offered")
            .Include(InPeriod(OfferedOn, offeredOn, "the date it was offered", cameIntoCare, today))
            .AddIf(response is null, Response, "Select what the child said")
            .AddIf(response == AdvocacyResponse.Accepted && string.IsNullOrWhiteSpace(who), Who, "Enter who the visitor or advocate is, or the service providing them");

    private static RuleResult InPeriod(string field, DateOnly? date, string what, DateOnly cameIntoCare, DateOnly today)
    {
        var result = new RuleResult();
        if (date is not { } d)
        {
            return result.Add(field, $"Enter {what}");
        }
        return result
            .AddIf(d < cameIntoCare, field, $"{Capitalised(what)} cannot be before the child came into care on {DateText.Date(cameIntoCare)}")
            .AddIf(d > today, field, $"{Capitalised(what)} must be today or in the past");
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>
/// The clocks of a child in care's health assessments, personal education plans and return home interviews, worked
/// out from what was recorded, for the child's pages and the work tray alike.
/// </summary>
public static class CareHealthTimescales
{
    /// <summary>
    /// Personal education plans from the child's third birthday (early years PEPs, as virtual schools run them for
    /// children in funded early education) until they turn 18.
    /// </summary>
    public const int EducationPlanFromAge = 3;
    public const int EducationPlanUntilAge = 18;

    /// <summary>Each health assessment with the date it was due and whether it was in time, then the next one due.</summary>
    public static IReadOnlyList<TimescaleStatus> HealthAssessmentHistory(PeriodOfCare period, DateOnly bornOn, IEnumerable<DateOnly> assessmentsDone, DateOnly today, WorkingDayCalendar calendar) =>
        History(period, assessmentsDone, today, calendar, done => CareTimescales.NextHealthAssessmentDue(period, bornOn, done, calendar));

    /// <summary>Whether a child of this age needs a PEP on a day (unknown date of birth: assume so, rather than miss one).</summary>
    public static bool NeedsEducationPlan(DateOnly? bornOn, DateOnly on) =>
        bornOn is not { } born || (on >= born.AddYears(EducationPlanFromAge) && on < born.AddYears(EducationPlanUntilAge));

    /// <summary>
    /// When the next PEP is due: the first within <see cref="CareTimescales.FirstEducationPlan"/> of coming into care
    /// (or of turning 3, for a child who came into care younger), then one in every school term, so the next is due by
    /// the end of the term after the last one's.
    /// </summary>
    public static DateOnly NextEducationPlanDue(PeriodOfCare period, DateOnly? bornOn, IEnumerable<DateOnly> plansHeld, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        var last = plansHeld.Where(d => d >= period.Start).DefaultIfEmpty().Max();
        if (last == default)
        {
            var from = bornOn is { } born && born.AddYears(EducationPlanFromAge) > period.Start ? born.AddYears(EducationPlanFromAge) : period.Start;
            // Ten school days would also skip school holidays; Haven does not hold the schools' holiday dates, so this
            // counts working days (Mon–Fri less bank holidays), which is never later than ten school days.
            return CareTimescales.FirstEducationPlan.DueFrom(from, calendar);
        }
        return SchoolTerms.Of(SchoolTerms.Of(last).End.AddDays(1)).End;
    }

    /// <summary>Each PEP with the date it was due and whether it was in time, then the next one due.</summary>
    public static IReadOnlyList<TimescaleStatus> EducationPlanHistory(PeriodOfCare period, DateOnly? bornOn, IEnumerable<DateOnly> plansHeld, DateOnly today, WorkingDayCalendar calendar) =>
        History(period, plansHeld, today, calendar, held => NextEducationPlanDue(period, bornOn, held, calendar));

    /// <summary>
    /// The return home interview against its 72 hours: due on the UK day the 72 hours run out; held in time when held
    /// before they ran out, to the minute. Null while the child has not come back.
    /// </summary>
    public static TimescaleStatus? ReturnInterview(MissingEpisode episode, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.ReturnedAtUtc is not { } back)
        {
            return null;
        }
        var dueBy = CareTimescales.ReturnInterviewDueBy(back);
        var dueOn = UkClock.DateOf(dueBy);
        if (episode.InterviewHeldAtUtc is { } held)
        {
            return held <= dueBy
                ? new TimescaleStatus(dueOn, TimescaleState.CompletedInTime, 0)
                : new TimescaleStatus(dueOn, TimescaleState.CompletedLate, Math.Max(1, UkClock.DateOf(held).DayNumber - dueOn.DayNumber));
        }
        return TimescaleStatus.Against(dueOn, null, today, calendar);
    }

    private static List<TimescaleStatus> History(PeriodOfCare period, IEnumerable<DateOnly> done, DateOnly today, WorkingDayCalendar calendar, Func<IEnumerable<DateOnly>, DateOnly> nextDue)
    {
        ArgumentNullException.ThrowIfNull(period);
        var held = done.Where(d => d >= period.Start).Order().ToList();
        var statuses = new List<TimescaleStatus>();
        for (var i = 0; i < held.Count; i++)
        {
            statuses.Add(TimescaleStatus.Against(nextDue(held.Take(i)), held[i], today, calendar));
        }
        if (period.End is null)
        {
            statuses.Add(TimescaleStatus.Against(nextDue(held), null, today, calendar));
        }
        return statuses;
    }
}

public enum SchoolTerm
{
    Autumn,
    Spring,
    Summer,
}

/// <summary>
/// The three school terms as fixed calendar spans: autumn September to December, spring January to March, summer
/// April to August. Schools' own dates (and Easter) move each year and Haven does not hold them; a PEP is due once a
/// term, so the end of each span is the latest it can be held.
/// </summary>
public static class SchoolTerms
{
    public static (SchoolTerm Term, DateOnly Start, DateOnly End) Of(DateOnly date) => date.Month switch
    {
        >= 9 => (SchoolTerm.Autumn, new DateOnly(date.Year, 9, 1), new DateOnly(date.Year, 12, 31)),
        <= 3 => (SchoolTerm.Spring, new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 3, 31)),
        _ => (SchoolTerm.Summer, new DateOnly(date.Year, 4, 1), new DateOnly(date.Year, 8, 31)),
    };

    /// <summary>"Autumn term 2026", "Spring term 2027".</summary>
    public static string Name(DateOnly date) => $"{Of(date).Term} term {date.Year}";
}
