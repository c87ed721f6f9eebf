using System.Globalization;

namespace Haven.Web.Features.LookedAfter.Health;

/// <summary>Records one health check of a child in care; the kind in the route decides which answers the form asks for.</summary>
public sealed class RecordModel(HavenDbContext db, TimeProvider clock, HealthService health) : PersonPageModel(db, clock)
{
    [FromRoute(Name = "kind")] public string KindInRoute { get; set; } = "";
    public HealthCheckKind Kind { get; private set; }
    public CarePeriod Period { get; private set; } = null!;
    public string HealthUrl => $"/people/{PersonId}/care/health";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        // Parsed here rather than bound, so an unknown kind is "not found" instead of quietly the first kind.
        if (!Enum.TryParse<HealthCheckKind>(KindInRoute, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(KindInRoute, out _))
        {
            throw RecordStopException.NotFound();
        }
        Kind = kind;
        Period = await records.OpenCarePeriodAsync(PersonId, null, HealthUrl, ct);
    }

    [BindProperty] public DateInput DoneOn { get; set; } = new();
    [BindProperty] public string? DoneBy { get; set; }
    [BindProperty] public bool? UpToDate { get; set; }
    [BindProperty] public string? Score { get; set; }
    [BindProperty] public CamhsInvolvement? Camhs { get; set; }
    [BindProperty] public string? Note { get; set; }

    public bool AsksWho => Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment or HealthCheckKind.DentalCheck;

    public IActionResult OnGet()
    {
        DoneOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var done = DateInputValidation.Validate(DoneOn, "the date", required: true, today: Today);
        done.AddTo(ModelState, nameof(DoneOn));
        int? score = null;
        if (Kind == HealthCheckKind.StrengthsAndDifficulties && !string.IsNullOrWhiteSpace(Score))
        {
            if (int.TryParse(Score.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                score = n;
            }
            else
            {
                ModelState.AddModelError(nameof(Score), $"Enter the SDQ score as a whole number from {CareHealthRules.SdqLowest} to {CareHealthRules.SdqHighest}, like 14");
            }
        }
        return await SaveAsync(() => health.RecordAsync(PersonId, new HealthCheckDetails(Kind, done.Date, UpToDate, score, Camhs, DoneBy, Note), ct),
            $"{CareHealthWording.Label(Kind)} recorded", HealthUrl);
    }
}
