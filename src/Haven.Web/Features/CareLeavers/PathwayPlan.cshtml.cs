using Haven.Domain.CareLeavers;

namespace Haven.Web.Features.CareLeavers;

/// <summary>Records a needs assessment, pathway plan or pathway plan review for a care leaver.</summary>
public sealed class PathwayPlanModel(HavenDbContext db, TimeProvider clock, CareLeaverService leavers) : PersonPageModel(db, clock)
{
    public string LeavingCareUrl => $"/people/{PersonId}/leaving-care";

    [BindProperty] public PathwayStep? Step { get; set; }
    [BindProperty] public DateInput CompletedOn { get; set; } = new();
    [BindProperty] public bool YoungPersonTookPart { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public IActionResult OnGet()
    {
        CompletedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var completed = DateInputValidation.Validate(CompletedOn, "the date it was completed", required: true, today: Today);
        completed.AddTo(ModelState, nameof(CompletedOn));
        return await SaveAsync(() => leavers.RecordPlanAsync(PersonId, new PathwayPlanDetails(Step, completed.Date, YoungPersonTookPart, Summary), ct),
            () => $"{CareLeaverTimescales.Label(Step!.Value)} recorded", LeavingCareUrl);
    }
}
