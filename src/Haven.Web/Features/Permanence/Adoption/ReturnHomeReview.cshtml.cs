using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The review of how a return home is going, 6 months after the child went home.</summary>
public sealed class ReturnHomeReviewModel(HavenDbContext db, TimeProvider clock, PermanenceFollowUpService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid PlanId { get; set; }
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput ReviewedOn { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var plan = await Db.ReturnHomePlans.AsNoTracking().SingleOrDefaultAsync(r => r.Id == PlanId && r.PersonId == PersonId, ct) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(plan.ReviewedOn is not null, "The return home has already been reviewed.", AdoptionUrl);
    }

    public IActionResult OnGet()
    {
        ReviewedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(ReviewedOn, "the date of the review", required: true, today: Today);
        on.AddTo(ModelState, nameof(ReviewedOn));
        return await SaveAsync(() => service.ReviewReturnHomeAsync(PersonId, PlanId, on.Date, Outcome, ct), "Return home review recorded", AdoptionUrl,
            new Dictionary<string, string> { [PermanenceRules.DateField] = nameof(ReviewedOn), [PermanenceRules.RationaleField] = nameof(Outcome) });
    }
}
