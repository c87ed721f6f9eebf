namespace Haven.Domain.LookedAfter;

/// <summary>A carer or provider as entered on the register form: any answer may be missing, and <see cref="CarerRules.Check"/> says which.</summary>
public sealed record CarerDetails(
    string? Name,
    CarerKind? Kind,
    string? ProviderCode,
    string? Urn,
    string? Postcode,
    string? OutOfAreaAuthority,
    CarerApproval? Approval,
    DateOnly? ApprovedOn,
    int? Places,
    string? Notes);

/// <summary>What the register needs of each carer before children can be placed with them.</summary>
public static class CarerRules
{
    /// <summary>Settings Ofsted registers, which the return identifies by URN.</summary>
    public static readonly IReadOnlySet<CarerKind> Registered = new HashSet<CarerKind>
    {
        CarerKind.ChildrensHome, CarerKind.SecureChildrensHome, CarerKind.SupportedAccommodation, CarerKind.IndependentFosteringAgency,
    };

    public static RuleResult Check(CarerDetails carer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(carer);
        var result = new RuleResult();
        result.AddIf(string.IsNullOrWhiteSpace(carer.Name), nameof(CarerDetails.Name), "Enter the carer's or provider's name");
        result.AddIf(carer.Kind is null, nameof(CarerDetails.Kind), "Select what kind of carer or provider this is");
        result.AddIf(!LookedAfterCodes.PlacementProviders.Contains(carer.ProviderCode), nameof(CarerDetails.ProviderCode), "Select who provides placements with this carer");
        result.AddIf(carer.Kind is { } kind && Registered.Contains(kind) && string.IsNullOrWhiteSpace(carer.Urn), nameof(CarerDetails.Urn),
            "Enter the Ofsted unique reference number (URN) for a registered setting");
        result.AddIf(carer.Urn is { Length: > 0 } urn && (urn.Trim().Length > 10 || !urn.Trim().All(char.IsLetterOrDigit)), nameof(CarerDetails.Urn),
            "The URN must be letters and numbers only, like SC123456");
        result.AddIf(carer.Postcode is { Length: > 0 } pc && Postcodes.Normalise(pc) is null, nameof(CarerDetails.Postcode), "Enter a real postcode, like HV1 2AB");
        result.AddIf(carer.Approval is null, nameof(CarerDetails.Approval), "Select the carer's approval");
        result.AddIf(carer.ApprovedOn is { } on && on > today, nameof(CarerDetails.ApprovedOn), "The approval date must be today or in the past");
        result.AddIf(carer.Places is < 0 or > 200, nameof(CarerDetails.Places), "Enter how many children, from 0 to 200");
        return result;
    }
}
