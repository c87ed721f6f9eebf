namespace Haven.Web.Features.People.Record;

/// <summary>Adds a previous name, alias or birth name so searches by that name find the person.</summary>
public sealed class AddNameModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public NameKind? Kind { get; set; }

    [BindProperty]
    public string? FirstName { get; set; }

    [BindProperty]
    public string? LastName { get; set; }

    [BindProperty]
    public DateInput UsedFrom { get; set; } = new();

    [BindProperty]
    public DateInput UsedTo { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select the kind of name");
        }
        if (string.IsNullOrWhiteSpace(FirstName))
        {
            ModelState.AddModelError(nameof(FirstName), "Enter a first name");
        }
        if (string.IsNullOrWhiteSpace(LastName))
        {
            ModelState.AddModelError(nameof(LastName), "Enter a last name");
        }
        var from = DateInputValidation.Validate(UsedFrom, "the date they started using this name", required: false, notAfter: Today, today: Today);
        from.AddTo(ModelState, nameof(UsedFrom));
        var to = DateInputValidation.Validate(UsedTo, "the date they stopped using this name", required: false, notAfter: Today, notBefore: from.Date, today: Today);
        to.AddTo(ModelState, nameof(UsedTo));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await people.AddNameAsync(PersonId, new PersonName
        {
            Kind = Kind!.Value, FirstName = FirstName!.Trim(), LastName = LastName!.Trim(), UsedFrom = from.Date, UsedTo = to.Date,
        }, ct);
        TempData["Success"] = "Name added";
        return RedirectToPage("/People/Record/Index", new { personId = PersonId });
    }
}
