namespace Haven.Web.Features.People.Record;

public sealed class AddFlagModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock), IWarningFields
{
    [BindProperty]
    public FlagType? Type { get; set; }

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateInput From { get; set; } = new();
    [BindProperty] public DateInput ReviewDate { get; set; } = new();
    [BindProperty] public bool? NrmReferralMade { get; set; }
    [BindProperty] public DateInput NrmReferralDate { get; set; } = new();

    /// <summary>Any kind may be chosen here, so the NRM question is asked and only kept for trafficking.</summary>
    public bool AsksAboutNrm => true;

    public IActionResult OnGet()
    {
        From = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var details = WarningForm.Read(this, ModelState, Today);
        if (!ModelState.IsValid)
        {
            // An optional date that is not a real date must stop the save too; the rules add what else is missing.
            AddErrors(WarningRules.ValidateStart(Type, details.Note, details.From, details.ReviewDate, details.NrmReferralMade, details.NrmReferralDate, Today));
            return this.InvalidPage();
        }
        return await SaveAsync(() => people.AddFlagAsync(PersonId, Type, details, ct), "Warning added", Url.Page("/People/Record/Index", new { personId = PersonId })!);
    }
}
