namespace Haven.Web.Features.LookedAfter.Advocacy;

/// <summary>Records an independent visitor or advocate offered to a child in care, and what the child said.</summary>
public sealed class OfferModel(HavenDbContext db, TimeProvider clock, AdvocacyService advocacy) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public string AdvocacyUrl => $"/people/{PersonId}/care/advocacy";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Period = await records.OpenCarePeriodAsync(PersonId, null, AdvocacyUrl, ct);

    [BindProperty] public AdvocacyKind? Kind { get; set; }
    [BindProperty] public DateInput OfferedOn { get; set; } = new();
    /// <summary>What the child said (not "Response", which a page already has: the HTTP response).</summary>
    [BindProperty] public AdvocacyResponse? Answer { get; set; }
    [BindProperty] public string? Who { get; set; }
    [BindProperty] public string? Note { get; set; }

    private static readonly Dictionary<string, string> Fields = new() { [CareHealthRules.Response] = nameof(Answer) };

    public IActionResult OnGet()
    {
        OfferedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var offered = DateInputValidation.Validate(OfferedOn, "the date it was offered", required: true, today: Today);
        offered.AddTo(ModelState, nameof(OfferedOn));
        return await SaveAsync(() => advocacy.OfferAsync(PersonId, new AdvocacyDetails(Kind, offered.Date, Answer, Who, Note), ct), "Offer recorded", AdvocacyUrl, Fields);
    }
}
