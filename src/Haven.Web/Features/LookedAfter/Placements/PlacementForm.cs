using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.LookedAfter.Placements;

/// <summary>
/// Where the child is placed, as the entry and move forms both ask it (one partial, _PlacementFields): the type, the
/// provider, a carer from the register or the name of who the child lives with, and the postcode.
/// </summary>
public sealed class PlacementForm
{
    public string? PlacementType { get; set; }
    public string? ProviderCode { get; set; }
    public Guid? CarerId { get; set; }
    public string? CarerName { get; set; }
    public string? Postcode { get; set; }

    /// <summary>The carers a child can be placed with now, for the choice (not posted back).</summary>
    [BindNever]
    public IReadOnlyList<Carer> Register { get; set; } = [];

    public PlacementChoice ToChoice() => new(Typed.Clean(PlacementType), Typed.Clean(ProviderCode), CarerId, Typed.Clean(CarerName), Typed.Clean(Postcode));

    /// <summary>Domain field → form field, for a form that binds this as <paramref name="prefix"/>.</summary>
    public static Dictionary<string, string> Fields(string prefix) => new(StringComparer.Ordinal)
    {
        [CareRules.PlacementTypeField] = $"{prefix}.{nameof(PlacementType)}",
        [CareRules.ProviderField] = $"{prefix}.{nameof(ProviderCode)}",
        [CareEntryRules.CarerField] = $"{prefix}.{nameof(CarerId)}",
        [CareEntryRules.PlacementPostcodeField] = $"{prefix}.{nameof(Postcode)}",
        [CareRules.PlacementsField] = $"{prefix}.{nameof(PlacementType)}",
    };

    /// <summary>Carers who can take a child now (not suspended or deregistered), by name.</summary>
    public static async Task<List<Carer>> RegisterAsync(HavenDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Carers.AsNoTracking()
            .Where(c => c.Approval != CarerApproval.Suspended && c.Approval != CarerApproval.Deregistered)
            .OrderBy(c => c.Name).ToListAsync(ct);
    }
}
