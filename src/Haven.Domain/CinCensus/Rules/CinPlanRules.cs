using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

internal static class CinPlanFields
{
    public static DatedField Start(this ItemAt<CinPlanDates> p) => new(p.Item, E.CINPlanStartDate, p.Item.StartDate, p.Location);

    public static DatedField End(this ItemAt<CinPlanDates> p) => new(p.Item, E.CINPlanEndDate, p.Item.EndDate, p.Location);

    public static bool IsOpen(this CinPlanDates p) => !p.IsPresent(E.CINPlanEndDate, p.EndDate);
}

public sealed class CinPlanStartMissingOrAfterCensus() : MissingOrAfterCensusRule(
    "4010", "CIN Plan start date is missing or out of data collection period", child => CinWalk.CinPlans(child).Select(p => p.Start()), E.CINPlanStartDate);

public sealed class CinPlanEndBeforeStart() : NotBeforeRule(
    "4011", "CIN Plan End Date earlier than Start Date",
    (child, _) => CinWalk.CinPlans(child).Select(p => new DateLimit(p.End(), p.Item.StartDate)),
    E.CINPlanEndDate, E.CINPlanStartDate);

public sealed class CinPlanSameDay() : SameDayRule(
    "4012Q", "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day", E.CINPlanStartDate, E.CINPlanEndDate)
{
    protected override IEnumerable<Period> Periods(CinCensusChild child) =>
        CinWalk.CinPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, p.Item.IsOpen()));
}

public sealed class CinPlanEndOutsideCensus() : InCensusPeriodRule(
    "4013", "CIN Plan end date must fall within the census year",
    (child, _) => CinWalk.CinPlans(child).Select(p => p.End()),
    E.CINPlanEndDate);

public sealed class CinPlansOverlap() : OverlapRule("4014", "CIN Plan data contains overlapping dates", E.CINPlanStartDate, E.CINPlanEndDate)
{
    protected override IEnumerable<IEnumerable<Period>> Groups(CinCensusChild child) =>
        [CinWalk.CinPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true))];
}

public sealed class CinPlanBeforeReferral() : NotBeforeRule(
    "4015", "The CIN Plan start date cannot be before the referral date",
    (child, _) => CinWalk.CinPlans(child).Select(p => new DateLimit(p.Start(), p.Episode.CINreferralDate)),
    E.CINPlanStartDate, E.CINreferralDate);

public sealed class MoreThanOneOpenCinPlan()
    : OneOpenRule("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date", E.CINPlanEndDate)
{
    protected override IEnumerable<IEnumerable<DatedField>> OpenItems(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => CinWalk.Within(CinWalk.CinPlans(child), e).Where(p => p.Item.IsOpen()).Select(p => p.End()));
}

public sealed class CinPlanStartsAfterDeath() : NotAfterRule(
    "4008", "CIN Plan shown as starting after the child’s Date of Death.",
    (child, _) => CinWalk.CinPlans(child).Select(p => new DateLimit(p.Start(), child.PersonDeathDate)),
    E.CINPlanStartDate, E.PersonDeathDate);

public sealed class CinPlanEndsAfterDeath() : NotAfterRule(
    "4009Q", "CIN Plan cannot end after the child’s Date of Death",
    (child, _) => CinWalk.CinPlans(child).Select(p => new DateLimit(p.End(), child.PersonDeathDate)),
    E.CINPlanEndDate, E.PersonDeathDate);

public sealed class OpenCinPlanWithOpenProtectionPlan()
    : CinChildRule("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan", E.CINPlanEndDate, E.CPPendDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.ChildProtectionPlans.Any(p => !p.IsPresent(E.CPPendDate, p.EndDate))
        from p in CinWalk.Within(CinWalk.CinPlans(child), e)
        where p.Item.IsOpen()
        select Issue(child, E.CINPlanEndDate, null, p.Location);
}

public sealed class CinPlanStartsDuringProtectionPlan() : StartsDuringRule(
    "4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    child => CinWalk.CinPlans(child).Select(p => p.Start()),
    child => CinWalk.ProtectionPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true)),
    E.CINPlanStartDate, E.CPPstartDate, E.CPPendDate);

public sealed class ProtectionPlanStartsDuringCinPlan() : StartsDuringRule(
    "4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    child => CinWalk.ProtectionPlans(child).Select(p => p.Start()),
    child => CinWalk.CinPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true)),
    E.CPPstartDate, E.CINPlanStartDate, E.CINPlanEndDate);

public sealed class ReviewDuringCinPlan() : CinChildRule(
    "4003", "A CPP review date is shown as being held at the same time as an open CIN Plan.", E.CPPreviewDate, E.CINPlanStartDate, E.CINPlanEndDate)
{
    // Within an episode. A review on the day the protection plan ends is its closing review, which may
    // coincide with a CIN plan starting.
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        let cinPlans = CinWalk.Within(CinWalk.CinPlans(child), e).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true)).ToList()
        from p in CinWalk.Within(CinWalk.ProtectionPlans(child), e)
        from review in p.Item.ReviewDates.OfType<DateOnly>()
        where review != p.Item.EndDate && cinPlans.Any(cp => cp.Covers(review, context.ReferenceDate, endInclusive: false))
        select Issue(child, E.CPPreviewDate, CinDates.Format(review), p.Location);
}
