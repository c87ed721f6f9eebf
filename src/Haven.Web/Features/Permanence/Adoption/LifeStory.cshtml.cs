using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>One step of the child's life story work or later life letter, named in the route (started, reviewed, book-given...).</summary>
public sealed class LifeStoryModel(HavenDbContext db, TimeProvider clock, PermanenceFollowUpService service) : PersonPageModel(db, clock)
{
    [FromRoute(Name = "step")] public string? StepSlug { get; set; }
    public LifeStoryStep Step { get; private set; }
    public LifeStoryWork? Work { get; private set; }
    public string AdoptionUrl => $"/people/{PersonId}/adoption";

    [BindProperty] public DateInput On { get; set; } = new();
    [BindProperty] public string? Text { get; set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Step = PermanenceFollowUpText.FromSlug(StepSlug) ?? throw RecordStopException.NotFound();
        var period = await records.OpenCarePeriodAsync(PersonId, null, AdoptionUrl, ct);
        Work = await Db.LifeStoryWork.AsNoTracking().SingleOrDefaultAsync(w => w.CarePeriodId == period.Id, ct);
    }

    public IActionResult OnGet()
    {
        On = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var on = DateInputValidation.Validate(On, PermanenceFollowUpText.DateWords(Step), required: true, today: Today);
        on.AddTo(ModelState, nameof(On));
        return await SaveAsync(() => service.RecordLifeStoryAsync(PersonId, Step, on.Date, Text, ct), () => $"{PermanenceFollowUpText.Done(Step, Typed.Clean(Text))}: recorded", AdoptionUrl,
            new Dictionary<string, string>
            {
                [PermanenceRules.DateField] = nameof(On), [PermanenceRules.WhoField] = nameof(Text), [PermanenceRules.ReasonField] = nameof(Text),
            });
    }
}
