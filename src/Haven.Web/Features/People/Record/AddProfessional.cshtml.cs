namespace Haven.Web.Features.People.Record;

/// <summary>Records a professional involved with the person (GP, school, health visitor), reusing one already on Haven where possible.</summary>
public sealed class AddProfessionalModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock)
{
    public static readonly IReadOnlyList<string> CommonRoles =
        ["GP", "Health visitor", "School nurse", "Designated safeguarding lead", "Class teacher", "Midwife", "Paediatrician", "CAMHS practitioner", "Police officer", "Youth worker", "Other"];

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public Guid? ExistingProfessionalId { get; set; }

    [BindProperty]
    public string? FirstName { get; set; }

    [BindProperty]
    public string? LastName { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public DateInput StartDate { get; set; } = new();

    public IReadOnlyList<Person> KnownProfessionals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadKnownAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadKnownAsync(ct);
        if (string.IsNullOrWhiteSpace(Role))
        {
            ModelState.AddModelError(nameof(Role), "Select or enter the professional's role");
        }
        Person? existing = null;
        if (ExistingProfessionalId is { } id)
        {
            existing = await Db.People.SingleOrDefaultAsync(p => p.Id == id && p.Kind == PersonKind.Professional, ct);
            if (existing is null)
            {
                ModelState.AddModelError(nameof(ExistingProfessionalId), "Select a professional from the list");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(FirstName))
            {
                ModelState.AddModelError(nameof(FirstName), "Enter the professional's first name");
            }
            if (string.IsNullOrWhiteSpace(LastName))
            {
                ModelState.AddModelError(nameof(LastName), "Enter the professional's last name");
            }
            if (string.IsNullOrWhiteSpace(Organisation))
            {
                ModelState.AddModelError(nameof(Organisation), "Enter the organisation they work for, like Riverside Surgery");
            }
        }
        var start = DateInputValidation.Validate(StartDate, "the date they became involved", required: false, notAfter: Today, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var professional = existing ?? new Person
        {
            LaPersonId = "",
            FirstName = FirstName!.Trim(),
            LastName = LastName!.Trim(),
            Organisation = Organisation!.Trim(),
            ProfessionalRole = Role!.Trim(),
            Kind = PersonKind.Professional,
        };
        if (existing is null)
        {
            if (!string.IsNullOrWhiteSpace(Phone))
            {
                professional.ContactDetails.Add(new ContactDetail { Id = Guid.NewGuid(), Method = ContactMethod.Phone, Value = Phone.Trim() });
            }
            if (!string.IsNullOrWhiteSpace(Email))
            {
                professional.ContactDetails.Add(new ContactDetail { Id = Guid.NewGuid(), Method = ContactMethod.Email, Value = Email.Trim() });
            }
        }
        await people.AddProfessionalAsync(PersonId, professional, Role!.Trim(), start.Date, ct);
        TempData["Success"] = $"{Role} added";
        return RedirectToPage("/People/Record/Index", new { personId = PersonId });
    }

    private async Task LoadKnownAsync(CancellationToken ct) =>
        KnownProfessionals = await Db.People.AsNoTracking().Where(p => p.Kind == PersonKind.Professional && p.MergedIntoId == null)
            .OrderBy(p => p.Organisation).ThenBy(p => p.LastName).Take(500).ToListAsync(ct);
}
