using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

internal static class Section47Fields
{
    public static DatedField Start(this ItemAt<CinSection47> s) => new(s.Item, E.S47ActualStartDate, s.Item.ActualStartDate, s.Location);

    public static DatedField Conference(this ItemAt<CinSection47> s) => new(s.Item, E.DateOfInitialCPC, s.Item.DateOfInitialCPC, s.Location);

    /// <summary>No conference held, and the flag says one is required (false, not merely missing).</summary>
    public static bool IsWaitingForRequiredConference(this CinSection47 s) => s.DateOfInitialCPC is null && s.IsIcpcNotRequired == false;
}

public sealed class Section47BeforeReferral() : NotBeforeRule(
    "2889", "The S47 start date cannot be before the referral date.",
    (child, _) => CinWalk.Section47s(child).Select(s => new DateLimit(s.Start(), s.Episode.CINreferralDate)),
    E.S47ActualStartDate, E.CINreferralDate);

public sealed class Section47StartMissingOrAfterConference() : CinChildRule(
    "8615",
    "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
    E.S47ActualStartDate, E.DateOfInitialCPC)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from s in CinWalk.Section47s(child)
        where s.Item.DateOfInitialCPC is { } held && (!s.Item.IsPresent(E.S47ActualStartDate, s.Item.ActualStartDate) || s.Item.ActualStartDate > held)
        select Issue(child, E.S47ActualStartDate, s.Start().Shown, s.Location);
}

public sealed class Section47AwaitingConferenceTooLong() : CinChildRule(
    "8675Q",
    "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
    E.S47ActualStartDate, E.DateOfInitialCPC, E.ICPCnotRequired)
{
    // The reference validator flags enquiries started within the last 15 working days, the opposite of the
    // DfE's rule; this follows the DfE.
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from s in CinWalk.Section47s(child)
        where s.Item.IsWaitingForRequiredConference() && s.Item.ActualStartDate < context.FifteenWorkingDaysBeforeReferenceDate
        select Issue(child, E.S47ActualStartDate, s.Start().Shown, s.Location);
}

public sealed class Section47AwaitingConferenceStartOutsideCensus() : InCensusPeriodRule(
    "8740",   "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
    (child, _) => CinWalk.Section47s(child).Where(s => s.Item.IsWaitingForRequiredConference()).Select(s => s.Start()),
    E.S47ActualStartDate, E.DateOfInitialCPC, E.ICPCnotRequired);

public sealed class ConferenceTargetOnWeekend() : CinChildRule(
    "8870Q",
    "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
    E.InitialCPCtarget)
{
    // The DfE rule names Saturday and Sunday only; a bank holiday target is not queried.
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from s in CinWalk.Section47s(child)
        where s.Item.InitialCPCtarget is { DayOfWeek: DayOfWeek.Saturday or DayOfWeek.Sunday }
        select Issue(child, E.InitialCPCtarget, s.Item.Shown(E.InitialCPCtarget, s.Item.InitialCPCtarget), s.Location);
}

public sealed class Section47WithoutAssessment() : CinChildRule(
    "2991Q",
    "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
    E.Section47, E.Assessments)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from e in CinWalk.Episodes(child)
        where e.Episode.Section47s.Count > 0 && e.Episode.Assessments.Count == 0
        select Issue(child, E.Section47, null, e.Location);
}

public sealed class ClosedWithOpenSection47() : CinChildRule(
    "8868",
    "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
    E.CINclosureDate, E.DateOfInitialCPC, E.ICPCnotRequired)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from s in CinWalk.Section47s(child)
        where s.Episode.CINclosureDate is not null && s.Item.IsAwaitingConference
        select Issue(child, E.ICPCnotRequired, s.Item.ICPCnotRequired, s.Location);
}

public sealed class ClosedWithOpenAssessment()
    : CinChildRule("8867", "CIN episode is shown as closed, however Assessment is not shown as completed", E.CINclosureDate, E.AssessmentAuthorisationDate)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from a in CinWalk.Assessments(child)
        where a.Episode.CINclosureDate is not null && !a.Item.IsCompleted()
        select Issue(child, E.AssessmentAuthorisationDate, null, a.Location);
}

public sealed class MoreThanOneOpenSection47()
    : OneOpenRule("8839", "Within one CINDetails group there are 2 or more open S47 Assessments", E.DateOfInitialCPC, E.ICPCnotRequired)
{
    protected override IEnumerable<IEnumerable<DatedField>> OpenItems(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => CinWalk.Within(CinWalk.Section47s(child), e).Where(s => s.Item.IsAwaitingConference).Select(s => s.Conference()));
}

public sealed class Section47sOverlap() : OverlapRule(
    "8890", "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing", E.S47ActualStartDate, E.DateOfInitialCPC)
{
    // Within one episode, as the DfE's rule says (the reference validator compares across episodes instead).
    protected override IEnumerable<IEnumerable<Period>> Groups(CinCensusChild child) =>
        CinWalk.Episodes(child).Select(e => CinWalk.Within(CinWalk.Section47s(child), e)
            .Select(s => new Period(s.Start(), s.Item.DateOfInitialCPC, s.Item.IsAwaitingConference)));
}
