using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

internal static class EpisodeFields
{
    public static DatedField ReferralDate(this EpisodeAt e) => new(e.Episode, E.CINreferralDate, e.Episode.CINreferralDate, e.Location);

    public static DatedField ClosureDate(this EpisodeAt e) => new(e.Episode, E.CINclosureDate, e.Episode.CINclosureDate, e.Location);

    public static DatedField InitialConference(this EpisodeAt e) => new(e.Episode, E.DateOfInitialCPC, e.Episode.DateOfInitialCPC, e.Location);

    /// <summary>Initial conference dates wherever recorded: on the episode (no S47 in the year) or on a section 47.</summary>
    public static IEnumerable<DatedField> InitialConferences(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => e.InitialConference())
            .Concat(CinWalk.Section47s(child).Select(s => new DatedField(s.Item, E.DateOfInitialCPC, s.Item.DateOfInitialCPC, s.Location)))
            .Where(d => d.Date is not null);
}

public sealed class ReferralMissingOrAfterCensus() : MissingOrAfterCensusRule(
    "8600", "Child referral date missing or after data collection period", child => CinWalk.Episodes(child).Select(e => e.ReferralDate()), E.CINreferralDate);

public sealed class ReferralLongBeforeBirth() : NotBeforeRule(
    "8606", "Child referral date is more than 40 weeks before DOB or expected DOB",
    (child, _) => CinWalk.Episodes(child).Select(e => new DateLimit(e.ReferralDate(), (child.PersonBirthDate ?? child.ExpectedPersonBirthDate)?.AddDays(-FortyWeeks))),
    E.CINreferralDate, E.PersonBirthDate, E.ExpectedPersonBirthDate)
{
    private const int FortyWeeks = 280;
}

public sealed class ReferralAfterDeath() : NotAfterRule(
    "8555Q", "Child cannot be referred after its recorded date of death",
    (child, _) => CinWalk.Episodes(child).Select(e => new DateLimit(e.ReferralDate(), child.PersonDeathDate)),
    E.CINreferralDate, E.PersonDeathDate);

public sealed class ReferralSourceMissingOrInvalid()
    : CodeSetRule("8866", "Source of Referral is missing or an invalid code", E.ReferralSource, CinCodeSets.ReferralSource, required: true)
{
    /// <summary>Referral sources were first collected for referrals from April 2013.</summary>
    private static readonly DateOnly FirstCollected = new(2013, 4, 1);

    protected override IEnumerable<CodedValue> Values(CinCensusChild child) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.CINreferralDate is not { } referred || referred >= FirstCollected
        select new CodedValue(e.Episode.ReferralSource, e.Location);
}

public sealed class PrimaryNeedInvalid() : CodeSetRule(
    "8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)", E.PrimaryNeedCode, CinCodeSets.PrimaryNeed, required: false)
{
    protected override IEnumerable<CodedValue> Values(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => new CodedValue(e.Episode.PrimaryNeedCode, e.Location));
}

public sealed class ReasonForClosureInvalid() : CodeSetRule(
    "8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)", E.ReasonForClosure, CinCodeSets.ReasonForClosure, required: false)
{
    protected override IEnumerable<CodedValue> Values(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => new CodedValue(e.Episode.ReasonForClosure, e.Location));
}

public sealed class PrimaryNeedMissingForFurtherAction()
    : CinChildRule("8610", "Primary Need code is missing for a referral which led to further action.", E.PrimaryNeedCode, E.ReferralNFA)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.IsReferralNfa == false && string.IsNullOrWhiteSpace(e.Episode.PrimaryNeedCode)
        select Issue(child, E.PrimaryNeedCode, e.Episode.PrimaryNeedCode, e.Location);
}

public sealed class ReferralNfaMissingOrInvalid() : CinChildRule("8568", "RNFA flag is missing or invalid", E.ReferralNFA)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.IsReferralNfa is null
        select Issue(child, E.ReferralNFA, e.Episode.ReferralNFA, e.Location);
}

public sealed class OldReferralFlaggedNfa() : CinChildRule(
    "8569Q",
    "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
    E.ReferralNFA, E.CINreferralDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        // Flags a true NFA only: a missing or unreadable flag is 8568's issue, not this one's.
        from e in CinWalk.Episodes(child)
        where e.Episode.CINreferralDate < context.OneWorkingDayBeforeCensusStart && e.Episode.IsReferralNfa == true
        select Issue(child, E.ReferralNFA, e.Episode.ReferralNFA, e.Location);
}

public sealed class ClosureOutsideCensus() : InCensusPeriodRule(
    "8620", "CIN Closure Date present and does not fall within the Census year",
    (child, _) => CinWalk.Episodes(child).Select(e => e.ClosureDate()),
    E.CINclosureDate);

public sealed class ClosureBeforeReferral() : NotBeforeRule(
    "8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode",
    (child, _) => CinWalk.Episodes(child).Select(e => new DateLimit(e.ClosureDate(), e.Episode.CINreferralDate)),
    E.CINclosureDate, E.CINreferralDate);

public sealed class ClosureWithoutReason()
    : CinChildRule("8805", "A CIN case cannot have a CIN closure date without a Reason for Closure", E.CINclosureDate, E.ReasonForClosure)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.IsPresent(E.CINclosureDate, e.Episode.CINclosureDate) && string.IsNullOrWhiteSpace(e.Episode.ReasonForClosure)
        select Issue(child, E.ReasonForClosure, e.Episode.ReasonForClosure, e.Location);
}

public sealed class ReasonWithoutClosure()
    : CinChildRule("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date", E.ReasonForClosure, E.CINclosureDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where !string.IsNullOrWhiteSpace(e.Episode.ReasonForClosure) && !e.Episode.IsPresent(E.CINclosureDate, e.Episode.CINclosureDate)
        select Issue(child, E.CINclosureDate, null, e.Location);
}

public sealed class DiedWithoutDeathDate() : CinChildRule(
    "8585Q",
    "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
    E.ReasonForClosure, E.PersonDeathDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.ReasonForClosure == CinCodeSets.Died && !child.IsPresent(E.PersonDeathDate, child.PersonDeathDate)
        select Issue(child, E.ReasonForClosure, e.Episode.ReasonForClosure, e.Location);
}

public sealed class ActivityAfterClosure() : NotAfterRule(
    "8565", "Activity shown after a case has been closed", (child, _) => Limits(child),
    E.CINclosureDate, E.AssessmentActualStartDate, E.AssessmentAuthorisationDate, E.S47ActualStartDate, E.DateOfInitialCPC,
    E.CPPendDate, E.CINPlanStartDate, E.CINPlanEndDate)
{
    private static IEnumerable<DateLimit> Limits(CinCensusChild child)
    {
        foreach (var e in CinWalk.Episodes(child).Where(e => e.Episode.CINclosureDate is not null))
        {
            var closed = e.Episode.CINclosureDate;
            yield return new(e.InitialConference(), closed);
            foreach (var a in CinWalk.Within(CinWalk.Assessments(child), e))
            {
                yield return new(new(a.Item, E.AssessmentActualStartDate, a.Item.ActualStartDate, a.Location), closed);
                yield return new(new(a.Item, E.AssessmentAuthorisationDate, a.Item.AuthorisationDate, a.Location), closed);
            }

            foreach (var s in CinWalk.Within(CinWalk.Section47s(child), e))
            {
                yield return new(new(s.Item, E.S47ActualStartDate, s.Item.ActualStartDate, s.Location), closed);
                yield return new(new(s.Item, E.DateOfInitialCPC, s.Item.DateOfInitialCPC, s.Location), closed);
            }

            foreach (var p in CinWalk.Within(CinWalk.ProtectionPlans(child), e))
            {
                yield return new(new(p.Item, E.CPPendDate, p.Item.EndDate, p.Location), closed);
            }

            foreach (var p in CinWalk.Within(CinWalk.CinPlans(child), e))
            {
                yield return new(new(p.Item, E.CINPlanStartDate, p.Item.StartDate, p.Location), closed);
                yield return new(new(p.Item, E.CINPlanEndDate, p.Item.EndDate, p.Location), closed);
            }
        }
    }
}

public sealed class MoreThanOneOpenEpisode() : OneOpenRule(
    "8815",
    "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
    E.CINclosureDate, E.ReferralNFA)
{
    protected override IEnumerable<IEnumerable<DatedField>> OpenItems(CinCensusChild child) =>
        [CinWalk.Episodes(child).Where(e => e.Episode.IsOpenWithFurtherAction).Select(e => e.ClosureDate())];
}

public sealed class OpenEpisodeNotLatest() : CinChildRule(
    "8816",
    "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
    E.CINreferralDate, E.ReferralNFA)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        var latest = child.CinDetails.Max(e => e.CINreferralDate);
        return from e in CinWalk.Episodes(child)
               where e.Episode.IsOpenWithFurtherAction && e.Episode.CINreferralDate is { } referred && referred < latest
               select Issue(child, E.CINreferralDate, e.ReferralDate().Shown, e.Location);
    }
}

public sealed class EpisodesOverlap() : OverlapRule("8820", "The dates on the CIN episodes for this child overlap", E.CINreferralDate, E.CINclosureDate)
{
    // The DfE's note: one episode may close on the day the next is referred.
    protected override bool EndInclusive => false;

    protected override IEnumerable<IEnumerable<Period>> Groups(CinCensusChild child) =>
        [CinWalk.Episodes(child).Select(e => new Period(e.ReferralDate(), e.Episode.CINclosureDate, e.Episode.IsReferralNfa == false))];
}

public sealed class ClosedAfterAssessmentWithoutAssessment() : CinChildRule(
    "8825Q",
    "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
    E.ReasonForClosure, E.Assessments)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where CinCodeSets.ClosedAfterAssessment.Contains(e.Episode.ReasonForClosure ?? "") && e.Episode.Assessments.Count == 0
        select Issue(child, E.ReasonForClosure, e.Episode.ReasonForClosure, e.Location);
}

public sealed class ActivityAfterClosedAfterAssessment() : CinChildRule(
    "2990",
    "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
    E.ReasonForClosure, E.Section47, E.ChildProtectionPlans, E.DateOfInitialCPC, E.CINPlanDates)
{
    // The stored reference rule only looks at RC8; the DfE's current message covers RC9 too, so this does.
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        let episode = e.Episode
        where CinCodeSets.ClosedAfterAssessment.Contains(episode.ReasonForClosure ?? "")
              && (episode.Section47s.Count > 0 || episode.ChildProtectionPlans.Count > 0 || episode.CinPlanDates.Count > 0
                  || episode.IsPresent(E.DateOfInitialCPC, episode.DateOfInitialCPC))
        select Issue(child, E.ReasonForClosure, episode.ReasonForClosure, e.Location);
}

public sealed class ActivityOnNfaReferral() : CinChildRule(
    "8831", "Activity is recorded against a case marked as a referral with no further action",
    E.ReferralNFA, E.AssessmentActualStartDate, E.AssessmentAuthorisationDate, E.S47ActualStartDate, E.DateOfInitialCPC)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        let episode = e.Episode
        where episode.IsReferralNfa == true
              && (episode.DateOfInitialCPC is not null
                  || episode.Assessments.Any(a => a.ActualStartDate is not null || a.AuthorisationDate is not null)
                  || episode.Section47s.Any(s => s.ActualStartDate is not null || s.DateOfInitialCPC is not null))
        select Issue(child, E.ReferralNFA, episode.ReferralNFA, e.Location);
}

public sealed class ProtectionPlanOnNfaReferral()
    : CinChildRule("8832", "Child Protection details provided for a referral with no further action.", E.ReferralNFA, E.ChildProtectionPlans)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.IsReferralNfa == true && e.Episode.ChildProtectionPlans.Count > 0
        select Issue(child, E.ReferralNFA, e.Episode.ReferralNFA, e.Location);
}

public sealed class CinPlanOnNfaReferral()
    : CinChildRule("4000", "CIN Plan details provided for a referral with no further action", E.ReferralNFA, E.CINPlanDates)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.IsReferralNfa == true && e.Episode.CinPlanDates.Count > 0
        select Issue(child, E.ReferralNFA, e.Episode.ReferralNFA, e.Location);
}

public sealed class ConferenceRecordedTwice() : CinChildRule(
    "2884",
    "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
    E.DateOfInitialCPC)
{
    // As the reference validator does, the same conference date on the episode and on any of the child's
    // section 47s counts as one conference recorded twice.
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        var s47Conferences = child.CinDetails.SelectMany(e => e.Section47s).Select(s => s.DateOfInitialCPC).OfType<DateOnly>().ToHashSet();
        return from e in CinWalk.Episodes(child)
               where e.Episode.DateOfInitialCPC is { } held && s47Conferences.Contains(held)
               select Issue(child, E.DateOfInitialCPC, e.InitialConference().Shown, e.Location);
    }
}

// The reference validator checks the section 47 date only; the DfE's rule is about any initial conference.
public sealed class ConferenceBeforeReferral() : NotBeforeRule(
    "1104", "The date of the initial child protection conference cannot be before the referral date",
    (child, _) => CinWalk.Episodes(child).Select(e => new DateLimit(e.InitialConference(), e.Episode.CINreferralDate))
        .Concat(CinWalk.Section47s(child).Select(s => new DateLimit(new(s.Item, E.DateOfInitialCPC, s.Item.DateOfInitialCPC, s.Location), s.Episode.CINreferralDate))),
    E.DateOfInitialCPC, E.CINreferralDate);

public sealed class ConferenceOutsideCensus() : InCensusPeriodRule(
    "8715", "Date of Initial Child Protection Conference must fall within the census year",
    (child, _) => EpisodeFields.InitialConferences(child),
    E.DateOfInitialCPC);

public sealed class ConferenceOnWeekend() : CinChildRule("8875", "The Date of Initial Child Protection Conference cannot be a weekend", E.DateOfInitialCPC)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from held in EpisodeFields.InitialConferences(child)
        where held.Date is { DayOfWeek: DayOfWeek.Saturday or DayOfWeek.Sunday }
        select Issue(child, held.Field, held.Shown, held.At);
}

public sealed class PlanStartNotAtConference() : CinChildRule(
    "2885", "Child protection plan shown as starting a different day to the initial child protection conference.", E.CPPstartDate, E.DateOfInitialCPC)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        foreach (var p in CinWalk.ProtectionPlans(child))
        {
            if (p.Item.StartDate is { } start && context.InCensusPeriod(start)
                && start != p.Episode.DateOfInitialCPC && !p.Episode.Section47s.Any(s => s.DateOfInitialCPC == start))
            {
                yield return Issue(child, E.CPPstartDate, CinDates.Format(start), p.Location);
            }
        }
    }
}
