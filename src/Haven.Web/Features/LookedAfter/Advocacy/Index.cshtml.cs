namespace Haven.Web.Features.LookedAfter.Advocacy;

/// <summary>
/// The independent visitors and advocates offered to a child in care and what the child said, with the authority's
/// pledge and the Children in Care Council as information the child can be given.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, IOptions<InformationForChildrenInCare> information) : PersonPageModel(db, clock)
{
    public IReadOnlyList<AdvocacyOffer> Offers { get; private set; } = [];
    public bool InCareNow { get; private set; }
    public InformationForChildrenInCare Information => information.Value;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        InCareNow = (await records.CarePeriodsAsync(PersonId, ct)).Any(p => p.IsOpen);
        Offers = await records.AdvocacyOffersAsync(PersonId, ct);
    }

    public IActionResult OnGet() => Page();
}
