namespace Haven.Web.Features.People.Record;

public sealed class AddFlagModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public FlagType? Type { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public DateInput From { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        From = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Type is null)
        {
            ModelState.AddModelError(nameof(Type), "Select the kind of warning");
        }
        if (Type is FlagType.RiskToStaff or FlagType.Other && string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "Describe the risk so colleagues know what to do");
        }
        var from = DateInputValidation.Validate(From, "the date the warning starts", required: true, today: Today);
        from.AddTo(ModelState, nameof(From));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await people.AddFlagAsync(PersonId, new PersonFlag { Type = Type!.Value, Note = Note?.Trim(), From = from.Date!.Value }, ct);
        TempData["Success"] = "Warning added";
        return RedirectToPage("/People/Record/Index", new { personId = PersonId });
    }
}
