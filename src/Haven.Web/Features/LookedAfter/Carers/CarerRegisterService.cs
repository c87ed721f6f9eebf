namespace Haven.Web.Features.LookedAfter.Carers;

/// <summary>
/// Adds and changes carers on the register. The register is not one child's record, so each change is an audit event
/// (with before and after) written in the same SaveChanges; an edit made from an older version is refused.
/// </summary>
public sealed class CarerRegisterService(HavenDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string CarerTarget = "Carer";

    public async Task<Carer> AddAsync(CarerDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        CaseRuleException.ThrowIfAny(CarerRules.Check(details, UkClock.Today(clock)));
        var carer = new Carer { Id = Guid.NewGuid(), Name = "", ProviderCode = "" };
        Apply(carer, details);
        db.Carers.Add(carer);
        audit.Add(AuditEventTypes.CarerAdded, CarerTarget, carer.Id.ToString(), carer.Name, $"{carer.Name} added to the carers register",
            [.. Describe(carer).Select(f => new FieldChange(f.Field, null, f.Value))]);
        await db.SaveChangesAsync(ct);
        return carer;
    }

    /// <summary>Changes a carer from the form loaded at <paramref name="version"/>; a newer save in between is refused with both shown.</summary>
    public async Task EditAsync(Guid carerId, int? version, CarerDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        CaseRuleException.ThrowIfAny(CarerRules.Check(details, UkClock.Today(clock)));
        var carer = await db.Carers.SingleAsync(c => c.Id == carerId, ct);
        var before = Describe(carer);
        Apply(carer, details);
        var changes = before.Zip(Describe(carer)).Where(x => x.First.Value != x.Second.Value)
            .Select(x => new FieldChange(x.First.Field, x.First.Value, x.Second.Value)).ToList();
        if (changes.Count == 0)
        {
            return;
        }
        audit.Add(AuditEventTypes.CarerChanged, CarerTarget, carer.Id.ToString(), carer.Name, $"{carer.Name}: details changed on the carers register", changes);
        await db.SaveEditAsync(carer, version, Guid.Empty, saved =>
            [.. Describe(saved).Zip(DescribeDetails(details)).Where(x => x.First.Value != x.Second.Value)
                .Select(x => new FieldChange(x.First.Field, x.First.Value, x.Second.Value))], ct);
    }

    private static void Apply(Carer carer, CarerDetails d)
    {
        carer.Name = d.Name!.Trim();
        carer.Kind = d.Kind!.Value;
        carer.ProviderCode = d.ProviderCode!;
        carer.Urn = Typed.Clean(d.Urn)?.ToUpperInvariant();
        carer.Postcode = Postcodes.Normalise(d.Postcode);
        carer.OutOfAreaAuthority = Typed.Clean(d.OutOfAreaAuthority);
        carer.Approval = d.Approval!.Value;
        carer.ApprovedOn = d.ApprovedOn;
        carer.Places = d.Places;
        carer.Notes = Typed.Clean(d.Notes);
    }

    /// <summary>The carer's details as people read them, in one order, for the audit's before and after.</summary>
    private static List<(string Field, string? Value)> Describe(Carer c) =>
    [
        ("Name", c.Name), ("Kind", CareText.Kind(c.Kind)), ("Provider", LookedAfterCodes.PlacementProviders.Label(c.ProviderCode)), ("URN", c.Urn),
        ("Postcode", c.Postcode), ("Out-of-area authority", c.OutOfAreaAuthority), ("Approval", CareText.Approval(c.Approval)),
        ("Approved on", c.ApprovedOn is { } on ? DateText.Date(on) : null), ("Places", c.Places?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Notes", c.Notes),
    ];

    private static List<(string Field, string? Value)> DescribeDetails(CarerDetails d)
    {
        var carer = new Carer { Name = "", ProviderCode = "" };
        Apply(carer, d);
        return Describe(carer);
    }
}
