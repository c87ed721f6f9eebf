namespace Haven.Web.Features.People.Record;

/// <summary>Changes a warning's details, start, review date and NRM referral; its kind stays (remove it and add the right one).</summary>
public sealed class EditFlagModel(HavenDbContext db, TimeProvider clock, PeopleService people) : WarningPageModel(db, clock), IWarningFields
{
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateInput From { get; set; } = new();
    [BindProperty] public DateInput ReviewDate { get; set; } = new();
    [BindProperty] public bool? NrmReferralMade { get; set; }
    [BindProperty] public DateInput NrmReferralDate { get; set; } = new();

    public bool AsksAboutNrm => Warning.Type == FlagType.Trafficking;

    public IActionResult OnGet()
    {
        WarningForm.Fill(this, Warning);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var details = WarningForm.Read(this, ModelState, Today);
        if (!ModelState.IsValid)
        {
            AddErrors(WarningRules.ValidateDetails(Warning.Type, details.From, details.ReviewDate, details.NrmReferralMade, details.NrmReferralDate, Today));
            return this.InvalidPage();
        }
        return await SaveAsync(() => people.ChangeFlagAsync(PersonId, Warning.Id, details, ct), "Warning changed", WarningsUrl);
    }
}
