using System.Globalization;

namespace Haven.Web.Features.LookedAfter.Education;

/// <summary>Records a personal education plan meeting and the picture of the child's schooling it gave.</summary>
public sealed class PepModel(HavenDbContext db, TimeProvider clock, EducationService education) : PersonPageModel(db, clock)
{
    public CarePeriod Period { get; private set; } = null!;
    public EducationPlan? Previous { get; private set; }
    public string EducationUrl => $"/people/{PersonId}/care/education";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Period = await records.OpenCarePeriodAsync(PersonId, null, EducationUrl, ct);
        Previous = (await records.HealthEducationAndMissingAsync(PersonId, ct))?.EducationPlans.FirstOrDefault(e => e.CarePeriodId == Period.Id);
    }

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? SchoolName { get; set; }
    [BindProperty] public string? SchoolUrn { get; set; }
    [BindProperty] public string? VirtualSchoolContact { get; set; }
    [BindProperty] public string? AttendancePercent { get; set; }
    [BindProperty] public SenStatus? Sen { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        HeldOn = DateInput.From(Today);
        // The school and contact rarely change between PEPs: offer the last ones.
        SchoolName = Previous?.SchoolName;
        SchoolUrn = Previous?.SchoolUrn;
        VirtualSchoolContact = Previous?.VirtualSchoolContact;
        Sen = Previous?.Sen;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date of the PEP meeting", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        decimal? attendance = null;
        if (!string.IsNullOrWhiteSpace(AttendancePercent))
        {
            if (decimal.TryParse(AttendancePercent.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a)
                && decimal.Round(a, 1) == a)
            {
                attendance = a;
            }
            else
            {
                ModelState.AddModelError(nameof(AttendancePercent), "Enter attendance as a percentage from 0 to 100, like 92 or 92.5");
            }
        }
        return await SaveAsync(() => education.RecordPlanAsync(PersonId, new EducationPlanDetails(held.Date, SchoolName, SchoolUrn, VirtualSchoolContact, attendance, Sen, Note), ct),
            "Personal education plan recorded", EducationUrl);
    }
}
