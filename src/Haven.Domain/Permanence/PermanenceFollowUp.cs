using Haven.Domain.LookedAfter;

namespace Haven.Domain.Permanence;

/// <summary>
/// Life story work with a child whose plan is adoption or long-term care, and, for a child to be adopted, the later
/// life letter. One per period of care. Its status is what the life story work indicator counts (kpis.md K45: not
/// needed, not started, in progress, complete); "complete" is the life story book given to the child or the carers.
/// </summary>
public sealed class LifeStoryWork
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }

    /// <summary>The social worker decided no life story work is needed (the reason is in <see cref="NotNeededReason"/>).</summary>
    public DateOnly? NotNeededOn { get; set; }
    public string? NotNeededReason { get; set; }

    public DateOnly? StartedOn { get; set; }
    public DateOnly? LastReviewedOn { get; set; }
    public int Reviews { get; set; }

    /// <summary>The life story book given, and to whom (the child, the adopters, the foster carers): the work is then complete.</summary>
    public DateOnly? BookGivenOn { get; set; }
    public string? BookGivenTo { get; set; }

    /// <summary>The later life letter written by the child's social worker, and given to the adopters to keep for the child.</summary>
    public DateOnly? LetterWrittenOn { get; set; }
    public DateOnly? LetterGivenOn { get; set; }
    public string? LetterGivenTo { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public LifeStoryStatus Status =>
        NotNeededOn is not null ? LifeStoryStatus.NotNeeded
        : StartedOn is null ? LifeStoryStatus.NotStarted
        : BookGivenOn is null ? LifeStoryStatus.InProgress
        : LifeStoryStatus.Complete;
}

public enum LifeStoryStatus
{
    NotNeeded,
    NotStarted,
    InProgress,
    Complete,
}

/// <summary>What a social worker records about life story work and the later life letter, one step at a time.</summary>
public enum LifeStoryStep
{
    Started,
    Reviewed,
    BookGiven,
    LetterWritten,
    LetterGiven,
    NotNeeded,
}

/// <summary>
/// The decision that a child's foster placement is their long-term foster placement: the child's plan for permanence
/// is long-term foster care, the foster carers have agreed to care for the child until they leave care, and the
/// agency's nominated officer (the agency decision maker) has confirmed it. The Care Planning, Placement and Case
/// Review (England) Regulations 2010, regulation 2(1) "long-term foster placement" and regulation 22C, inserted by the
/// Care Planning and Fostering (Miscellaneous Amendments) (England) Regulations 2015 (SI 2015/495). A fostering panel
/// may advise first (optional). The carers are the household on the register the child is placed with.
/// </summary>
public sealed class LongTermFosteringMatch
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid CarerId { get; set; }
    public DateOnly? PanelOn { get; set; }
    public DateOnly DecidedOn { get; set; }
    public required string DecidedBy { get; set; }
    public string? Note { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// A plan for a child to go home from care: the assessment of the parents, the support plan, and the review of how it
/// is going six months after the child went home. The day the child went home is the end of the period of care with
/// a "returned home" reason (<see cref="LookedAfterCodes.ReturnedHome"/>), so it is not held twice. Before a child
/// returns home the authority must assess the parents and plan the support the family will get (Care Planning,
/// Placement and Case Review (England) Regulations 2010, regulation 39, as amended in 2015).
/// </summary>
public sealed class ReturnHomePlan
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid CarePeriodId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public required string Assessment { get; set; }
    public DateOnly SupportPlanAgreedOn { get; set; }
    public required string SupportPlan { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public string? ReviewOutcome { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>The clocks of life story work, the later life letter and a return home.</summary>
public static class PermanenceFollowUpTimescales
{
    /// <summary>
    /// The life story book goes to the adopters by the second review of the child's placement for adoption: the first
    /// review is within 4 weeks of placing and the second within 3 months of the first (Adoption Agencies Regulations
    /// 2005 reg 36; Adoption Statutory Guidance 2013 chapter 5, which has the book given in stages, the full book by
    /// then). Haven does not record the adoption celebration the guidance's "10 working days after" runs from, so the
    /// second review is the clock.
    /// </summary>
    public static DateOnly LifeStoryBookDue(DateOnly placedForAdoptionOn) => placedForAdoptionOn.AddDays(28).AddMonths(3);

    /// <summary>
    /// The later life letter must be written by the adoption order (it is given to the adopters within 10 working days
    /// of the adoption celebration: Adoption Statutory Guidance 2013 chapter 5; Adoption Agencies Regulations 2005
    /// reg 35). The adopters may apply for the order once the child has lived with them for 10 weeks (Adoption and
    /// Children Act 2002 s.42(2)), so that is when it is due.
    /// </summary>
    public static DateOnly LaterLifeLetterDue(DateOnly placedForAdoptionOn) => placedForAdoptionOn.AddDays(7 * 10);

    /// <summary>How a return home is going is reviewed six months after the child went home (local practice; Ofsted looks for returns home being tracked).</summary>
    public static DateOnly ReturnHomeReviewDue(DateOnly wentHomeOn) => wentHomeOn.AddMonths(6);
}

/// <summary>The words for life story work, once.</summary>
public static class PermanenceFollowUpText
{
    public static string Status(LifeStoryStatus status) => status switch
    {
        LifeStoryStatus.NotNeeded => "Not needed",
        LifeStoryStatus.NotStarted => "Not started",
        LifeStoryStatus.InProgress => "In progress",
        _ => "Complete",
    };

    public static string Slug(LifeStoryStep step) => step switch
    {
        LifeStoryStep.Started => "started",
        LifeStoryStep.Reviewed => "reviewed",
        LifeStoryStep.BookGiven => "book-given",
        LifeStoryStep.LetterWritten => "letter-written",
        LifeStoryStep.LetterGiven => "letter-given",
        _ => "not-needed",
    };

    public static LifeStoryStep? FromSlug(string? slug) =>
        Enum.GetValues<LifeStoryStep>().Cast<LifeStoryStep?>().FirstOrDefault(s => Slug(s!.Value) == slug);

    /// <summary>The action, as a link or a page heading says it.</summary>
    public static string Action(LifeStoryStep step) => step switch
    {
        LifeStoryStep.Started => "Record life story work started",
        LifeStoryStep.Reviewed => "Record a review of the life story work",
        LifeStoryStep.BookGiven => "Record the life story book given",
        LifeStoryStep.LetterWritten => "Record the later life letter written",
        LifeStoryStep.LetterGiven => "Record the later life letter given to the adopters",
        _ => "Record that life story work is not needed",
    };

    /// <summary>What was done, for the chronology and the record's history.</summary>
    public static string Done(LifeStoryStep step, string? who) => step switch
    {
        LifeStoryStep.Started => "Life story work started",
        LifeStoryStep.Reviewed => "Life story work reviewed",
        LifeStoryStep.BookGiven => $"Life story book given to {who}",
        LifeStoryStep.LetterWritten => "Later life letter written",
        LifeStoryStep.LetterGiven => $"Later life letter given to {who}",
        _ => "Life story work not needed",
    };

    /// <summary>The question the form's date asks.</summary>
    public static string DateQuestion(LifeStoryStep step) => step switch
    {
        LifeStoryStep.Started => "When did the life story work start?",
        LifeStoryStep.Reviewed => "When was the life story work reviewed?",
        LifeStoryStep.BookGiven => "When was the life story book given?",
        LifeStoryStep.LetterWritten => "When was the later life letter finished?",
        LifeStoryStep.LetterGiven => "When was the later life letter given?",
        _ => "When was this decided?",
    };

    /// <summary>What the date is called in a message.</summary>
    public static string DateWords(LifeStoryStep step) => step switch
    {
        LifeStoryStep.Started => "the date the life story work started",
        LifeStoryStep.Reviewed => "the date of the review",
        LifeStoryStep.BookGiven => "the date the life story book was given",
        LifeStoryStep.LetterWritten => "the date the later life letter was written",
        LifeStoryStep.LetterGiven => "the date the later life letter was given",
        _ => "the date of the decision",
    };
}

/// <summary>
/// The rules for life story work, long-term fostering matches and returns home, by the domain's field names in
/// <see cref="PermanenceRules"/>; the services run them once per save.
/// </summary>
public static class PermanenceFollowUpRules
{
    /// <summary>Permanence plans that call for life story work: adoption and long-term care.</summary>
    public static IReadOnlySet<PermanencePlanType> LifeStoryPlans { get; } =
        new HashSet<PermanencePlanType>([PermanencePlanType.Adoption, PermanencePlanType.LongTermFosterCare, PermanencePlanType.LongTermResidential]);

    /// <summary>
    /// One step of life story work. <paramref name="planned"/> says the child's plan is adoption or long-term care (or
    /// a standing decision to place for adoption); <paramref name="adoption"/> that it is adoption, which the later life
    /// letter is for.
    /// </summary>
    public static RuleResult CheckLifeStory(LifeStoryStep? step, DateOnly? on, string? who, LifeStoryWork? work, bool planned, bool adoption,
        DateOnly periodStart, DateOnly today)
    {
        var result = new RuleResult();
        if (step is not { } s || !Enum.IsDefined(s))
        {
            return result.Add("", "Choose what to record");
        }
        if (!planned)
        {
            return result.Add("", "Life story work is recorded for a child whose permanence plan is adoption or long-term care: agree the permanence plan first");
        }
        var what = PermanenceFollowUpText.DateWords(s);
        switch (s)
        {
            case LifeStoryStep.NotNeeded:
                result.AddIf(work?.StartedOn is not null, "", "Life story work has started, so it cannot be recorded as not needed");
                result.AddIf(work?.NotNeededOn is not null, "", "Life story work is already recorded as not needed");
                PermanenceRules.CheckDate(result, PermanenceRules.DateField, on, what, today, periodStart, "the day the child came into care");
                result.AddIf(string.IsNullOrWhiteSpace(who), PermanenceRules.ReasonField, "Enter why life story work is not needed");
                break;
            case LifeStoryStep.Started:
                result.AddIf(work?.StartedOn is not null, "", "Life story work has already started");
                PermanenceRules.CheckDate(result, PermanenceRules.DateField, on, what, today, periodStart, "the day the child came into care");
                break;
            case LifeStoryStep.Reviewed or LifeStoryStep.BookGiven:
                if (work?.StartedOn is not { } started)
                {
                    return result.Add("", "Record the life story work started first");
                }
                result.AddIf(work.BookGivenOn is not null, "", "The life story book has been given, so the work is complete");
                PermanenceRules.CheckDate(result, PermanenceRules.DateField, on, what, today, work.LastReviewedOn ?? started,
                    work.LastReviewedOn is null ? "the day the work started" : "the last review");
                result.AddIf(s == LifeStoryStep.BookGiven && string.IsNullOrWhiteSpace(who), PermanenceRules.WhoField, "Enter who the life story book was given to");
                break;
            case LifeStoryStep.LetterWritten:
                if (!adoption)
                {
                    return result.Add("", "A later life letter is written for a child whose plan is adoption");
                }
                result.AddIf(work?.LetterWrittenOn is not null, "", "The later life letter is already written");
                PermanenceRules.CheckDate(result, PermanenceRules.DateField, on, what, today, periodStart, "the day the child came into care");
                break;
            case LifeStoryStep.LetterGiven:
                if (work?.LetterWrittenOn is not { } written)
                {
                    return result.Add("", "Record the later life letter written first");
                }
                result.AddIf(work.LetterGivenOn is not null, "", "The later life letter has already been given");
                PermanenceRules.CheckDate(result, PermanenceRules.DateField, on, what, today, written, "the day it was written");
                result.AddIf(string.IsNullOrWhiteSpace(who), PermanenceRules.WhoField, "Enter who the later life letter was given to");
                break;
        }
        return result;
    }

    /// <summary>
    /// A long-term fostering match: the child's current placement must be with a fostering household on the register
    /// that is approved (a temporarily approved connected person is not yet), the agency decision maker's date on or
    /// after the panel (when there was one) and the placement's start.
    /// </summary>
    public static RuleResult CheckLongTermMatch(DateOnly? panelOn, DateOnly? decidedOn, string? decidedBy, Placement? placement, Carer? carer, bool alreadyMatched, DateOnly today)
    {
        var result = new RuleResult();
        if (placement is null)
        {
            return result.Add("", "The child has no placement now: record the placement with the foster carers first");
        }
        if (carer is null)
        {
            return result.Add("", "The child's placement is not with carers on the register: choose the carers on the placement first");
        }
        result.AddIf(carer.Kind is not (CarerKind.FosteringHousehold or CarerKind.ConnectedPersons or CarerKind.IndependentFosteringAgency), "",
            $"{carer.Name} are not foster carers, so the placement cannot be a long-term foster placement");
        result.AddIf(carer.Approval != CarerApproval.Approved, "", $"{carer.Name} are not approved foster carers now");
        result.AddIf(alreadyMatched, "", $"This placement is already the child's long-term foster placement");
        if (panelOn is not null)
        {
            PermanenceRules.CheckDate(result, PermanenceRules.DateField, panelOn, "the date of the fostering panel", today);
        }
        PermanenceRules.CheckDate(result, PermanenceRules.SecondDateField, decidedOn, "the date of the agency decision maker's decision", today,
            panelOn is { } p && p > placement.StartDate ? p : placement.StartDate, panelOn is { } p2 && p2 > placement.StartDate ? "the panel" : "the day the placement started");
        result.AddIf(string.IsNullOrWhiteSpace(decidedBy), PermanenceRules.WhoField, "Enter the agency decision maker's name");
        return result;
    }

    /// <summary>A plan to return home: for a child in care (or who has just gone home), with the parents' assessment and the support plan.</summary>
    public static RuleResult CheckReturnHomePlan(DateOnly? assessedOn, string? assessment, DateOnly? supportPlanAgreedOn, string? supportPlan, CarePeriod period,
        bool alreadyPlanned, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = new RuleResult();
        result.AddIf(!period.IsOpen && !LookedAfterCodes.ReturnedHome.Contains(period.ReasonCeased ?? ""), "",
            "This period of care did not end with the child going home");
        result.AddIf(alreadyPlanned, "", "A plan to return home is already recorded for this period of care");
        PermanenceRules.CheckDate(result, PermanenceRules.DateField, assessedOn, "the date the assessment of the parents was completed", today, period.StartDate,
            "the day the child came into care");
        result.AddIf(string.IsNullOrWhiteSpace(assessment), PermanenceRules.RationaleField, "Enter what the assessment of the parents found");
        PermanenceRules.CheckDate(result, PermanenceRules.SecondDateField, supportPlanAgreedOn, "the date the support plan was agreed", today, assessedOn,
            "the assessment");
        result.AddIf(string.IsNullOrWhiteSpace(supportPlan), PermanenceRules.ReasonField, "Enter the support the family will get");
        return result;
    }

    /// <summary>The review of how a return home is going: once the child has gone home, and once.</summary>
    public static RuleResult CheckReturnHomeReview(DateOnly? reviewedOn, string? outcome, ReturnHomePlan plan, CarePeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        var result = new RuleResult();
        if (period.EndDate is not { } home || !LookedAfterCodes.ReturnedHome.Contains(period.ReasonCeased ?? ""))
        {
            return result.Add("", "The child has not gone home yet: end the period of care with a returned home reason first");
        }
        result.AddIf(plan.ReviewedOn is not null, "", "The return home has already been reviewed");
        PermanenceRules.CheckDate(result, PermanenceRules.DateField, reviewedOn, "the date of the review", today, home, "the day the child went home");
        result.AddIf(string.IsNullOrWhiteSpace(outcome), PermanenceRules.RationaleField, "Enter how the return home is going");
        return result;
    }
}
