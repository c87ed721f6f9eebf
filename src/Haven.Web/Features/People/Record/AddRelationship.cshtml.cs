namespace Haven.Web.Features.People.Record;

/// <summary>Links this person to someone already on Haven, e.g. "Jane Smith is Amy's parent".</summary>
public sealed class AddRelationshipModel(HavenDbContext db, TimeProvider clock, PeopleService people, PersonSearch search)
    : PersonPageModel(db, clock)
{
    /// <summary>How the other person is related to this one, worded from this person's side.</summary>
    public static readonly IReadOnlyList<(string Value, string Label, RelationshipType Type, bool OtherIsSubject)> Options =
    [
        ("parent", "Parent", RelationshipType.Parent, true),
        ("step-parent", "Step-parent", RelationshipType.StepParent, true),
        ("grandparent", "Grandparent", RelationshipType.Grandparent, true),
        ("carer", "Carer (not a parent)", RelationshipType.Carer, true),
        ("aunt-or-uncle", "Aunt or uncle", RelationshipType.AuntOrUncle, true),
        ("sibling", "Sibling (same parents)", RelationshipType.Sibling, true),
        ("half-sibling", "Half-sibling", RelationshipType.HalfSibling, true),
        ("step-sibling", "Step-sibling", RelationshipType.StepSibling, true),
        ("partner", "Partner", RelationshipType.Partner, true),
        ("child", "Child", RelationshipType.Parent, false),
        ("step-child", "Step-child", RelationshipType.StepParent, false),
        ("grandchild", "Grandchild", RelationshipType.Grandparent, false),
        ("other", "Other", RelationshipType.Other, true),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty]
    public Guid? RelatedPersonId { get; set; }

    [BindProperty]
    public string? Relationship { get; set; }

    [BindProperty]
    public DateInput StartDate { get; set; } = new();

    [BindProperty]
    public bool ParentalResponsibility { get; set; }

    [BindProperty]
    public bool LivesWith { get; set; }

    public IReadOnlyList<PersonSearchResult> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadCandidatesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadCandidatesAsync(ct);
        var option = Options.FirstOrDefault(o => o.Value == Relationship);
        if (RelatedPersonId is null || Candidates.All(c => c.Id != RelatedPersonId))
        {
            ModelState.AddModelError(nameof(RelatedPersonId), "Select the person from the search results");
        }
        if (option.Value is null)
        {
            ModelState.AddModelError(nameof(Relationship), $"Select how they are related to {Person.FirstName}");
        }
        var start = DateInputValidation.Validate(StartDate, "the date the relationship started", required: false, notAfter: Today, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        if (ModelState.IsValid && await Db.Relationships.AnyAsync(r =>
                ((r.PersonId == PersonId && r.RelatedPersonId == RelatedPersonId) || (r.PersonId == RelatedPersonId && r.RelatedPersonId == PersonId))
                && r.EndDate == null, ct))
        {
            ModelState.AddModelError(nameof(Relationship), "A current relationship between these two people is already recorded");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var other = RelatedPersonId!.Value;
        await people.AddRelationshipAsync(new Haven.Domain.People.Relationship
        {
            PersonId = option.OtherIsSubject ? other : PersonId,
            RelatedPersonId = option.OtherIsSubject ? PersonId : other,
            Type = option.Type,
            StartDate = start.Date,
            ParentalResponsibility = ParentalResponsibility,
            LivesWith = LivesWith,
        }, ct);
        TempData["Success"] = "Relationship added";
        return RedirectToPage("/People/Record/Family", new { personId = PersonId });
    }

    private async Task LoadCandidatesAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Find))
        {
            return;
        }
        // Restricted records cannot be linked by someone who cannot see them, and a person is not their own relative.
        Candidates = (await search.SearchAsync(new PersonSearchQuery(Find, null), ct))
            .Where(c => c.Name is not null && c.Id != PersonId && c.Kind != PersonKind.Professional)
            .Take(20).ToList();
    }
}
