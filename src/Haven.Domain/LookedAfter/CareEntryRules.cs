namespace Haven.Domain.LookedAfter;

/// <summary>The decision to bring a child into care, as entered: any answer may be missing, and <see cref="CareEntryRules.Check"/> says which.</summary>
public sealed record CareEntryDecision(
    DateOnly? StartDate,
    CareEntryRoute? Route,
    string? DecisionBy,
    DateOnly? DecisionOn,
    string? Rationale,
    string? CategoryOfNeed,
    string? LegalStatus,
    string? HomePostcode,
    bool Unaccompanied,
    DateOnly? CarePlanDueOn,
    string? PreviousPermanence = null,
    DateOnly? PreviousPermanenceOn = null);
// CarePlanDueOn left empty takes CareEntryRules.DefaultCarePlanDue from the start date. The previous permanence
// answers come last with defaults because the entries made before they were asked (demo, tests) have none.

/// <summary>The first placement, as entered: a carer from the register, or the name of who the child lives with.</summary>
public sealed record PlacementChoice(string? PlacementType, string? ProviderCode, Guid? CarerId, string? CarerName, string? Postcode);

/// <summary>
/// What an entry to care, a change of legal status, a move or an end of care must say before the care rules
/// (<see cref="CareRules"/>) check the period it makes. Field names are the domain's; the pages map them.
/// </summary>
public static class CareEntryRules
{
    public const string RouteField = "Route";
    public const string DecisionByField = "DecisionBy";
    public const string DecisionOnField = "DecisionOn";
    public const string RationaleField = "Rationale";
    public const string HomePostcodeField = "HomePostcode";
    public const string CarePlanDueField = "CarePlanDueOn";
    public const string CarerField = "Carer";
    public const string PlacementPostcodeField = "PlacementPostcode";
    public const string SourceField = "Source";
    public const string DateField = "Date";
    public const string MovePlannedField = "MovePlanned";
    public const string PreviousPermanenceField = "PreviousPermanence";
    public const string PreviousPermanenceOnField = "PreviousPermanenceOn";

    /// <summary>The previous permanence codes that name an order, so its date can be given (P4 unknown and Z1 none cannot: rule 635).</summary>
    public static bool IsPreviousOrder(string? code) => code is "P1" or "P2" or "P3";

    /// <summary>
    /// The care plan is due before the first placement or, where that is not practicable (an emergency), within 10
    /// working days of it: Care Planning, Placement and Case Review (England) Regulations 2010, regulation 4(2), and
    /// the statutory guidance (volume 2, paragraph 2.18). The default offered at entry is the latest lawful date.
    /// </summary>
    public static DateOnly DefaultCarePlanDue(DateOnly start, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(start, 10);
    }

    /// <summary>The answers an entry must have; the period it makes is then checked by <see cref="CareRules.CheckPeriod"/>.</summary>
    public static RuleResult Check(CareEntryDecision entry, PlacementChoice placement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(placement);
        var result = new RuleResult();
        result.AddIf(entry.StartDate is null, CareRules.StartField, "Enter the date the child came into care");
        result.AddIf(entry.Route is null, RouteField, "Select how the child came into care");
        result.AddIf(string.IsNullOrWhiteSpace(entry.DecisionBy), DecisionByField, "Enter who decided the child should come into care");
        result.AddIf(entry.DecisionOn is null, DecisionOnField, "Enter the date of the decision");
        result.AddIf(entry.DecisionOn is { } on && on > today, DecisionOnField, "The date of the decision must be today or in the past");
        result.AddIf(string.IsNullOrWhiteSpace(entry.Rationale), RationaleField, "Enter why the child needs to come into care");
        result.AddIf(string.IsNullOrWhiteSpace(entry.LegalStatus), CareRules.LegalStatusField, "Select the legal status the child came into care under");
        result.AddIf(string.IsNullOrWhiteSpace(entry.CategoryOfNeed), CareRules.CategoryOfNeedField, "Select the category of need");
        result.AddIf(entry.HomePostcode is { Length: > 0 } home && Postcodes.Normalise(home) is null, HomePostcodeField, "Enter a real postcode, like HV1 2AB");
        if (entry.StartDate is { } start && entry.CarePlanDueOn is { } due)
        {
            result.AddIf(due < start, CarePlanDueField, $"The care plan cannot be due before the child came into care ({DateText.Date(start)})");
        }
        result.AddIf(entry.PreviousPermanence is { Length: > 0 } perm && !LookedAfterCodes.PreviousPermanence.Contains(perm), PreviousPermanenceField,
            "Select whether the child was adopted or under a special guardianship or child arrangements order before");
        if (entry.PreviousPermanenceOn is { } order)
        {
            result.AddIf(!IsPreviousOrder(entry.PreviousPermanence), PreviousPermanenceOnField,
                "Leave the date of the order blank unless the child was adopted or under a special guardianship or child arrangements order");
            if (entry.StartDate is { } began && order > began)
            {
                result.Add(PreviousPermanenceOnField, $"The earlier order must be before the child came into care ({DateText.Date(began)})");
            }
        }
        result.Include(CheckPlacementChoice(placement));
        return result;
    }

    /// <summary>Who the child lives with: a carer from the register, or a name when they are placed with a parent or a setting not on it.</summary>
    public static RuleResult CheckPlacementChoice(PlacementChoice placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var result = new RuleResult();
        result.AddIf(string.IsNullOrWhiteSpace(placement.PlacementType), CareRules.PlacementTypeField, "Select the type of placement");
        result.AddIf(placement.CarerId is null && string.IsNullOrWhiteSpace(placement.CarerName), CarerField,
            "Choose the carer from the register, or enter who the child lives with");
        result.AddIf(placement.Postcode is { Length: > 0 } pc && Postcodes.Normalise(pc) is null, PlacementPostcodeField, "Enter a real postcode, like HV1 2AB");
        return result;
    }
}
