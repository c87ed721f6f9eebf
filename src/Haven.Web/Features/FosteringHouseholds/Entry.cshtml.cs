using Haven.Domain.Fostering;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>Records a review, a visit, training, a concern or post-adoption support for a household (the kind is in the route).</summary>
public sealed class EntryModel(FosteringService fostering, TimeProvider clock) : HouseholdPageModel(fostering, clock)
{
    [FromRoute(Name = "kind")] public string? KindSlug { get; set; }

    [BindProperty] public DateInput On { get; set; } = new();
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public DateInput PanelOn { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DateInput OutcomeOn { get; set; } = new();

    public HouseholdEntryKind Kind { get; private set; }

    public bool IsReview => Kind == HouseholdEntryKind.AnnualReview;

    public bool IsConcern => Kind is HouseholdEntryKind.Allegation or HouseholdEntryKind.StandardsOfCareConcern;

    /// <summary>The first review after approval goes to panel (the form says so before it is refused).</summary>
    public bool FirstReview => IsReview && !Journey.Entries.Any(e => e.Kind == HouseholdEntryKind.AnnualReview);

    public IActionResult OnGet()
    {
        if (HouseholdText.EntryFromSlug(KindSlug) is not { } kind)
        {
            return NotFound();
        }
        Kind = kind;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (HouseholdText.EntryFromSlug(KindSlug) is not { } kind)
        {
            return NotFound();
        }
        Kind = kind;
        var on = DateInputValidation.Validate(On, "the date", required: true, today: Today, notAfter: Today);
        on.AddTo(ModelState, nameof(On));
        var panel = DateInputValidation.Validate(PanelOn, "the panel date", required: false, today: Today, notAfter: Today);
        panel.AddTo(ModelState, nameof(PanelOn));
        var outcome = DateInputValidation.Validate(OutcomeOn, "the outcome date", required: false, today: Today, notAfter: Today);
        outcome.AddTo(ModelState, nameof(OutcomeOn));
        var details = new HouseholdEntryDetails(kind, on.Date, Typed.Clean(Summary), panel.Date, Typed.Clean(Outcome), outcome.Date);
        if (!ModelState.IsValid)
        {
            AddErrors(HouseholdRules.CheckEntry(Journey, details, Today));
            return this.InvalidPage();
        }
        try
        {
            await Fostering.RecordEntryAsync(CarerId, details, ct);
            TempData["Success"] = $"{Carer.Name}: {HouseholdText.Entry(kind).ToLowerInvariant()} recorded";
            return Redirect(HouseholdUrl);
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Result);
            return this.InvalidPage();
        }
    }
}
