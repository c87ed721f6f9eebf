using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

internal static class CinPlanFields
{
    public static DatedField Start(this ItemAt<CinPlanDates> p) => new(p.Item, E.CINPlanStartDate, p.Item.StartDate, p.Location);

    public static DatedField End(this ItemAt<CinPlanDates> p) => new(p.Item, E.CINPlanEndDate, p.Item.EndDate, p.Location);

    public static bool IsOpen(this CinPlanDates p) => !p.IsPresent(E.CINPlanEndDate, p.EndDate);
}

public sealed class CinPlanStartMissingOrAfterCensus()
    : CinChildRule("4010", "CIN Plan start date is missing or out of data collection period", E.CINPlanStartDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from p in CinWalk.CinPlans(child)
        where p.Item.StartDate is not { } start || start > context.ReferenceDate
        select Issue(child, E.CINPlanStartDate, p.Start().Shown, p.Location);
}

public sealed class CinPlanEndBeforeStart() : NotBeforeRule("4011", "CIN Plan End Date earlier than Start Date", E.CINPlanEndDate, E.CINPlanStartDate)
{
    protected override IEnumerable<DateLimit> Limits(CinCensusChild child, CinRuleContext context) =>
        CinWalk.CinPlans(child).Select(p => new DateLimit(p.End(), p.Item.StartDate));
}

public sealed class CinPlanSameDay() : SameDayRule(
    "4012Q", "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day", E.CINPlanStartDate, E.CINPlanEndDate)
{
    protected override IEnumerable<Period> Periods(CinCensusChild child) =>
        CinWalk.CinPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, p.Item.IsOpen()));
}

public sealed class CinPlanEndOutsideCensus() : InCensusPeriodRule("4013", "CIN Plan end date must fall within the census year", E.CINPlanEndDate)
{
    protected override IEnumerable<DatedField> Dates(CinCensusChild child, CinRuleContext context) => CinWalk.CinPlans(child).Select(p => p.End());
}

public sealed class CinPlansOverlap() : OverlapRule("4014", "CIN Plan data contains overlapping dates", E.CINPlanStartDate, E.CINPlanEndDate)
{
    protected override IEnumerable<IEnumerable<Period>> Groups(CinCensusChild child) =>
        [CinWalk.CinPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true))];
}

public sealed class CinPlanBeforeReferral()
    : NotBeforeRule("4015", "The CIN Plan start date cannot be before the referral date", E.CINPlanStartDate, E.CINreferralDate)
{
    protected override IEnumerable<DateLimit> Limits(CinCensusChild child, CinRuleContext context) =>
        CinWalk.CinPlans(child).Select(p => new DateLimit(p.Start(), p.Episode.CINreferralDate));
}

public sealed class MoreThanOneOpenCinPlan()
    : OneOpenRule("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date", E.CINPlanEndDate)
{
    protected override IEnumerable<IEnumerable<DatedField>> OpenItems(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => CinWalk.Within(CinWalk.CinPlans(child), e).Where(p => p.Item.IsOpen()).Select(p => p.End()));
}

public sealed class CinPlanStartsAfterDeath()
    : NotAfterRule("4008", "CIN Plan shown as starting after the child’s Date of Death.", E.CINPlanStartDate, E.PersonDeathDate)
{
    protected override IEnumerable<DateLimit> Limits(CinCensusChild child, CinRuleContext context) =>
        CinWalk.CinPlans(child).Select(p => new DateLimit(p.Start(), child.PersonDeathDate));
}

public sealed class CinPlanEndsAfterDeath()
    : NotAfterRule("4009Q", "CIN Plan cannot end after the child’s Date of Death", E.CINPlanEndDate, E.PersonDeathDate)
{
    protected override IEnumerable<DateLimit> Limits(CinCensusChild child, CinRuleContext context) =>
        CinWalk.CinPlans(child).Select(p => new DateLimit(p.End(), child.PersonDeathDate));
}

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

public sealed class CinPlanStartsDuringProtectionPlan() : CinChildRule(
    "4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", E.CINPlanStartDate, E.CPPstartDate, E.CPPendDate)
{
    // A CIN plan may start on the day a protection plan ends (step-down), so the end is not included.
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        var protection = CinWalk.ProtectionPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true)).ToList();
        return from p in CinWalk.CinPlans(child)
               where p.Item.StartDate is { } start && protection.Any(cp => cp.Covers(start, context.ReferenceDate, endInclusive: false))
               select Issue(child, E.CINPlanStartDate, p.Start().Shown, p.Location);
    }
}

public sealed class ProtectionPlanStartsDuringCinPlan() : CinChildRule(
    "4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", E.CPPstartDate, E.CINPlanStartDate, E.CINPlanEndDate)
{
    // A protection plan may start on the day a CIN plan ends (step-up), so the end is not included.
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        var cinPlans = CinWalk.CinPlans(child).Select(p => new Period(p.Start(), p.Item.EndDate, Ongoing: true)).ToList();
        return from p in CinWalk.ProtectionPlans(child)
               where p.Item.StartDate is { } start && cinPlans.Any(cp => cp.Covers(start, context.ReferenceDate, endInclusive: false))
               select Issue(child, E.CPPstartDate, p.Start().Shown, p.Location);
    }
}

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
