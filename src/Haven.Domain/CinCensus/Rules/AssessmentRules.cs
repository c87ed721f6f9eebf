using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

internal static class AssessmentFields
{
    public static DatedField Start(this ItemAt<CinAssessment> a) => new(a.Item, E.AssessmentActualStartDate, a.Item.ActualStartDate, a.Location);

    public static DatedField Authorised(this ItemAt<CinAssessment> a) => new(a.Item, E.AssessmentAuthorisationDate, a.Item.AuthorisationDate, a.Location);

    public static bool IsCompleted(this CinAssessment a) => a.IsPresent(E.AssessmentAuthorisationDate, a.AuthorisationDate);
}

public sealed class AssessmentBeforeReferral() : NotBeforeRule(
    "1103", "The assessment start date cannot be before the referral date",
    (child, _) => CinWalk.Assessments(child).Select(a => new DateLimit(a.Start(), a.Episode.CINreferralDate)),
    E.AssessmentActualStartDate, E.CINreferralDate);

public sealed class AssessmentStartAfterEnd() : NotAfterRule(
    "8608", "Assessment Start Date cannot be later than its End Date",
    (child, _) => CinWalk.Assessments(child).Select(a => new DateLimit(a.Start(), a.Item.AuthorisationDate)),
    E.AssessmentActualStartDate, E.AssessmentAuthorisationDate);

public sealed class FactorsOnIncompleteAssessment() : CinChildRule(
    "8614", "Parental or child factors at assessment should only be present for a completed assessment.", E.AssessmentFactors, E.AssessmentAuthorisationDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from a in CinWalk.Assessments(child)
        where !a.Item.IsCompleted() && a.Item.Factors.Count > 0
        select Issue(child, E.AssessmentFactors, string.Join(" ", a.Item.Factors), a.Location);
}

public sealed class AssessmentOpenTooLong() : CinChildRule(
    "8670Q",
    "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
    E.AssessmentActualStartDate, E.AssessmentAuthorisationDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from a in CinWalk.Assessments(child)
        where !a.Item.IsCompleted() && a.Item.ActualStartDate < context.FortyFiveWorkingDaysBeforeReferenceDate
        select Issue(child, E.AssessmentActualStartDate, a.Start().Shown, a.Location);
}

public sealed class AssessmentEndOutsideCensus() : InCensusPeriodRule(
    "8696", "Assessment end date must fall within the census year",
    (child, _) => CinWalk.Assessments(child).Select(a => a.Authorised()),
    E.AssessmentAuthorisationDate);

// The reference validator's version flags starts inside the period (a bug); this follows the DfE's wording.
public sealed class OpenAssessmentStartOutsideCensus() : InCensusPeriodRule(
    "8736", "For an Assessment that has not been completed, the start date must fall within the census year",
    (child, _) => CinWalk.Assessments(child).Where(a => !a.Item.IsCompleted()).Select(a => a.Start()),
    E.AssessmentActualStartDate, E.AssessmentAuthorisationDate);

public sealed class MoreThanOneOpenAssessment()
    : OneOpenRule("8896", "Within one CINDetails group there are 2 or more open Assessments groups", E.AssessmentAuthorisationDate)
{
    protected override IEnumerable<IEnumerable<DatedField>> OpenItems(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => CinWalk.Within(CinWalk.Assessments(child), e).Where(a => !a.Item.IsCompleted()).Select(a => a.Authorised()));
}

public sealed class AssessmentsOverlap()
    : OverlapRule("8863Q", "An Assessment is shown as starting when there is another Assessment ongoing.", E.AssessmentActualStartDate, E.AssessmentAuthorisationDate)
{
    protected override IEnumerable<IEnumerable<Period>> Groups(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e =>
            CinWalk.Within(CinWalk.Assessments(child), e).Select(a => new Period(a.Start(), a.Item.AuthorisationDate, Ongoing: true)));
}

/// <summary>A rule about the factor codes of one assessment.</summary>
public abstract class AssessmentFactorRule(string id, string message) : CinChildRule(id, message, E.AssessmentFactors)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from a in CinWalk.Assessments(child)
        from flagged in Flagged(a.Item, context)
        select Issue(child, E.AssessmentFactors, flagged, a.Location);

    /// <summary>The values to report for this assessment, if any.</summary>
    protected abstract IEnumerable<string> Flagged(CinAssessment assessment, CinRuleContext context);
}

public sealed class NoFactorsCodeWithOthers()
    : AssessmentFactorRule("8869", "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.")
{
    protected override IEnumerable<string> Flagged(CinAssessment assessment, CinRuleContext context) =>
        assessment.Factors.Contains(CinCodeSets.NoFactorsIdentified) && assessment.Factors.Any(f => f != CinCodeSets.NoFactorsIdentified)
            ? [string.Join(" ", assessment.Factors)]
            : [];
}

public sealed class FactorsMissingOrInvalid()
    : AssessmentFactorRule("8897Q", "Parental or child factors at assessment information is missing from a completed assessment")
{
    // Assessments completed before the census year were checked in earlier returns.
    protected override IEnumerable<string> Flagged(CinAssessment assessment, CinRuleContext context)
    {
        if (assessment.AuthorisationDate is not { } completed || completed < context.CensusStart)
        {
            return [];
        }

        return assessment.Factors.Count == 0 ? [""] : assessment.Factors.Where(f => !CinCodeSets.AssessmentFactors.Contains(f));
    }
}

public sealed class FactorRepeated()
    : AssessmentFactorRule("8898", "The assessment has more than one parental or child factors with the same code")
{
    protected override IEnumerable<string> Flagged(CinAssessment assessment, CinRuleContext context) => RepeatedCodes.In(assessment.Factors);
}

/// <summary>A factor code the DfE split into child-on-child and adult-on-child codes, queried when still used.</summary>
public abstract class RetiredFactorRule(string id, string message, string code) : AssessmentFactorRule(id, message)
{
    protected override IEnumerable<string> Flagged(CinAssessment assessment, CinRuleContext context) =>
        assessment.Factors.Where(f => f == code);
}

public sealed class PhysicalAbuseFactorUnsplit() : RetiredFactorRule(
    "8945Q",
    "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
    "18A");

public sealed class SexualAbuseFactorUnsplit() : RetiredFactorRule(
    "8950Q",
    "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
    "19A");

public sealed class NoFactorsButNotClosedAfterAssessment() : CinChildRule(
    "8873Q",
    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
    E.ReasonForClosure, E.AssessmentFactors)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.Assessments is [{ } only] && only.Factors.Contains(CinCodeSets.NoFactorsIdentified)
              && !CinCodeSets.ClosedAfterAssessment.Contains(e.Episode.ReasonForClosure ?? "")
        select Issue(child, E.ReasonForClosure, e.Episode.ReasonForClosure, e.Location);
}
