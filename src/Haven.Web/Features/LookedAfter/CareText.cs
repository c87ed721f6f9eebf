namespace Haven.Web.Features.LookedAfter;

/// <summary>The words the care pages, the chronology and the register use for the care record's own (non-DfE) choices.</summary>
public static class CareText
{
    public static string Route(CareEntryRoute route) => route switch
    {
        CareEntryRoute.FromChildProtectionPlan => "From a child protection plan",
        CareEntryRoute.FromChildInNeedPlan => "From a child in need plan",
        CareEntryRoute.FromAssessment => "After an assessment",
        CareEntryRoute.PoliceProtection => "Police protection (section 46)",
        CareEntryRoute.EmergencyProtectionOrder => "Emergency protection order",
        CareEntryRoute.EmergencyAccommodation => "Accommodated in an emergency (section 20)",
        CareEntryRoute.Accommodation => "Accommodated by agreement, planned (section 20)",
        CareEntryRoute.CourtOrder => "Court order",
        CareEntryRoute.Remand => "Remanded by a court",
        CareEntryRoute.ShortBreaks => "Short breaks",
        _ => route.ToString(),
    };

    /// <summary>The period's answer to "permanence before care" (SSDA903 PREV_PERM and DATE_PERM), or null when not asked.</summary>
    public static string? PreviousPermanence(CarePeriod period) =>
        period.PreviousPermanence is not { } code ? null
        : LookedAfterCodes.PreviousPermanence.Label(code) + (period.PreviousPermanenceOn is { } on ? $", order made {DateText.Date(on)}" : "");

    public static string Kind(CarerKind kind) => kind switch
    {
        CarerKind.FosteringHousehold => "Fostering household",
        CarerKind.ConnectedPersons => "Connected persons (family and friends)",
        CarerKind.IndependentFosteringAgency => "Independent fostering agency",
        CarerKind.ChildrensHome => "Children's home",
        CarerKind.SecureChildrensHome => "Secure children's home",
        CarerKind.SupportedAccommodation => "Supported accommodation",
        CarerKind.ResidentialSchool => "Residential school",
        CarerKind.Adopters => "Adopters",
        _ => "Other",
    };

    public static string Approval(CarerApproval approval) => approval switch
    {
        CarerApproval.Approved => "Approved",
        CarerApproval.TemporarilyApproved => "Temporarily approved (regulation 24)",
        CarerApproval.BeingAssessed => "Being assessed",
        CarerApproval.Suspended => "Suspended",
        CarerApproval.Deregistered => "Deregistered",
        _ => approval.ToString(),
    };

    /// <summary>"2 years and 3 months", "5 months", "12 days": how long in care, as a social worker would say it.</summary>
    public static string Duration(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        if (months < 1)
        {
            var days = to.DayNumber - from.DayNumber;
            return days == 1 ? "1 day" : $"{days} days";
        }
        var (years, rest) = (months / 12, months % 12);
        static string Of(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
        return years == 0 ? Of(rest, "month") : rest == 0 ? Of(years, "year") : $"{Of(years, "year")} and {Of(rest, "month")}";
    }
}
