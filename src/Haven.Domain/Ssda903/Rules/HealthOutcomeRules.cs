using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// oc2.csv: outcomes (SDQ, health, offending, substance misuse) for children looked after continuously for 12 months at
// 31 March, and whether a child is in that cohort at all.

/// <summary>
/// Whether a child was looked after continuously for the 12 months to 31 March, as the DfE's validator decides it from
/// the episodes: in care at some point in the year, and no episode in it that starts a period of care (S) after
/// 1 April, ends one before 31 March, or is a short break (V3, V4).
/// </summary>
internal static class TwelveMonthsInCare
{
    public static bool LookedAfterContinuously(Ssda903RuleContext c, string? child)
    {
        var (start, end) = (c.Year.Start, c.Year.End);
        var episodes = c.EpisodesOf[child].ToList();
        bool InYear(Ssda903Episode e) => EpisodeDates.Start(e) <= end && (e.Dec is null || EpisodeDates.End(e) >= start);
        return episodes.Any(InYear) && !episodes.Any(e =>
            (e.Rne == "S" && EpisodeDates.Start(e) > start && EpisodeDates.Start(e) <= end)
            || (e.Rec != LookedAfterCodes.NewEpisodeSameDay && EpisodeDates.End(e) >= start && EpisodeDates.End(e) < end)
            || (LookedAfterCodes.ShortBreaks.Contains(e.Ls ?? "") && InYear(e)));
    }

    /// <summary>The eight yes/no items of oc2 (all but the SDQ score and reason), by column.</summary>
    public static IEnumerable<(string Field, string? Value)> Items(Ssda903Oc2 o) =>
    [
        ("CONVICTED", o.Convicted), ("HEALTH_CHECK", o.HealthCheck), ("IMMUNISATIONS", o.Immunisations), ("TEETH_CHECK", o.TeethCheck),
        ("HEALTH_ASSESSMENT", o.HealthAssessment), ("SUBSTANCE_MISUSE", o.SubstanceMisuse),
        ("INTERVENTION_RECEIVED", o.InterventionReceived), ("INTERVENTION_OFFERED", o.InterventionOffered),
    ];

    public static bool AnyItem(Ssda903Oc2 o) => Items(o).Any(i => i.Value is not null);

    /// <summary>The birthday the child reaches at <paramref name="years"/>, from oc2's own DOB as the DfE's validator reads it.</summary>
    public static DateOnly? Birthday(Ssda903Oc2 o, int years) => Ssda903Dates.Parse(o.Dob)?.AddYears(years);
}

public sealed class SdqScoreInvalid() : Oc2Rule("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", "SDQ_SCORE", o => o.SdqScore,
    (o, _) => o.SdqScore is not null && !(decimal.TryParse(o.SdqScore, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var score)
        && score == decimal.Truncate(score) && score is >= 0 and <= 40));

public sealed class SdqReasonInvalid() : Oc2Rule("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", "SDQ_REASON", o => o.SdqReason,
    (o, _) => o.SdqReason is not null && !LookedAfterCodes.SdqReasons.Contains(o.SdqReason));

public sealed class SdqScoreAndReason() : Oc2Rule("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.", "SDQ_REASON", o => o.SdqReason, (o, _) => o.SdqScore is not null && o.SdqReason is not null);

/// <summary>Each yes/no item must be 0 or 1 when given: the first that is not is reported.</summary>
public sealed class Oc2ItemNotNoOrYes() : Ssda903Rule("181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.",
    "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from o in context.Return.Oc2
        let wrong = TwelveMonthsInCare.Items(o).FirstOrDefault(i => i.Value is not null && !LookedAfterCodes.NoOrYes.Contains(i.Value))
        where wrong.Field is not null
        select Issue(o.Child, Ssda903Files.Oc2, wrong.Field, wrong.Value);
}

/// <summary>SDQ1 is the reason for a child too young or too old for the questionnaire, so not for a child of 4 to 16 all year.</summary>
public sealed class SdqTooYoungOrOldButOfAge() : Oc2Rule("157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.", "SDQ_REASON", o => o.SdqReason,
    (o, c) => o.SdqReason == "SDQ1" && o.SdqScore is null && TwelveMonthsInCare.Birthday(o, 4) <= c.Year.Start && TwelveMonthsInCare.Birthday(o, 16) >= c.Year.End
        && TwelveMonthsInCare.LookedAfterContinuously(c, o.Child));

public sealed class SdqUnderFour() : Oc2Rule("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.", "SDQ_SCORE", o => o.SdqScore,
    (o, c) => (o.SdqScore is not null || o.SdqReason is not null) && TwelveMonthsInCare.Birthday(o, 4) > c.Year.End);

public sealed class SdqSeventeenAtStart() : Oc2Rule("189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.", "SDQ_SCORE", o => o.SdqScore,
    (o, c) => (o.SdqScore is not null || o.SdqReason is not null) && TwelveMonthsInCare.Birthday(o, 17) < c.Year.Start);

public sealed class SdqScoreNotTwelveMonths() : Oc2Rule("185", "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.", "SDQ_SCORE", o => o.SdqScore,
    (o, c) => o.SdqScore is not null && !TwelveMonthsInCare.LookedAfterContinuously(c, o.Child));

public sealed class SdqReasonNotTwelveMonths() : Oc2Rule("198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.", "SDQ_REASON", o => o.SdqReason,
    (o, c) => o.SdqReason is not null && !TwelveMonthsInCare.LookedAfterContinuously(c, o.Child));

public sealed class Oc2ItemsNotTwelveMonths() : Oc2Rule("190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.", "CHILD", o => o.Child,
    (o, c) => TwelveMonthsInCare.AnyItem(o) && !TwelveMonthsInCare.LookedAfterContinuously(c, o.Child));

public sealed class InterventionOfferedThoughReceived() : Oc2Rule("158", "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.", "INTERVENTION_OFFERED", o => o.InterventionOffered,
    (o, _) => o.InterventionReceived == "1" && o.InterventionOffered is not null);

public sealed class InterventionOfferedMissing() : Oc2Rule("159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.", "INTERVENTION_OFFERED", o => o.InterventionOffered,
    (o, _) => o.SubstanceMisuse == "1" && o.InterventionReceived == "0" && o.InterventionOffered is null);

public sealed class InterventionReceivedMissing() : Oc2Rule("192", "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.", "INTERVENTION_RECEIVED", o => o.InterventionReceived,
    (o, _) => o.SubstanceMisuse == "1" && o.InterventionReceived is null);

public sealed class InterventionWithoutSubstanceMisuse() : Oc2Rule("193", "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.", "SUBSTANCE_MISUSE", o => o.SubstanceMisuse,
    (o, _) => o.SubstanceMisuse is null or "0" && (o.InterventionReceived is not null || o.InterventionOffered is not null));

/// <summary>A care leaver (with oc3 answers) is not also in the 12-month cohort with oc2 items.</summary>
public sealed class Oc2ItemsForCareLeaver() : Oc2Rule("215", "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.", "CHILD", o => o.Child,
    (o, c) => TwelveMonthsInCare.AnyItem(o) && c.Return.Oc3.Any(l => l.Child == o.Child && (l.InTouch ?? l.Activ ?? l.Accom) is not null));
