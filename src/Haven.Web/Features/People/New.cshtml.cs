namespace Haven.Web.Features.People;

/// <summary>
/// Add a person, finding before creating: the details are checked against existing records first, and if
/// anyone looks like a match the worker must open them or confirm this is a different person.
/// </summary>
public sealed class NewModel(PeopleService people, PersonSearch search, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PersonDetailsForm Input { get; set; } = new();

    [BindProperty]
    public AddressForm Address { get; set; } = new();

    /// <summary>Set once the worker has seen the likely matches and said none of them is this person.</summary>
    [BindProperty]
    public bool ConfirmedNotDuplicate { get; set; }

    /// <summary>The matches the worker was shown, so we know the confirmation covered them.</summary>
    [BindProperty]
    public string? MatchesShown { get; set; }

    public IReadOnlyList<PersonSearchResult> Matches { get; private set; } = [];

    public void OnGet(string? kind)
    {
        if (Enum.TryParse<PersonKind>(kind, ignoreCase: true, out var k))
        {
            Input.Kind = k;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var details = Input.Validate(ModelState, nameof(Input), today);
        var address = Address.IsEmpty ? null : Address.Validate(ModelState, nameof(Address), today);
        if (details is null || !ModelState.IsValid)
        {
            return this.InvalidPage();
        }

        Matches = await FindLikelyMatchesAsync(details, ct);
        var matchKey = string.Join(",", Matches.Select(m => m.LaPersonId));
        if (Matches.Count > 0 && (!ConfirmedNotDuplicate || MatchesShown != matchKey))
        {
            if (ConfirmedNotDuplicate && MatchesShown != matchKey)
            {
                // The details changed since the worker confirmed, so the matches did too: ask again.
                ConfirmedNotDuplicate = false;
                ModelState.Remove(nameof(ConfirmedNotDuplicate));
            }
            MatchesShown = matchKey;
            ModelState.Remove(nameof(MatchesShown));
            if (Request.Form.ContainsKey("checked"))
            {
                ModelState.AddModelError(nameof(ConfirmedNotDuplicate), "Open the matching record, or confirm that none of these is the person you are adding");
                return this.InvalidPage();
            }
            return Page();
        }

        var person = await people.RegisterAsync(details, address, ct);
        TempData["Success"] = $"Record created for {person.FullName} ({person.LaPersonId})";
        return RedirectToPage("/People/Record/Index", new { personId = person.Id });
    }

    /// <summary>Same name (spelling-tolerant, either way round), same date of birth, or same NHS number.</summary>
    private async Task<IReadOnlyList<PersonSearchResult>> FindLikelyMatchesAsync(PersonDetails details, CancellationToken ct)
    {
        var byName = await search.SearchAsync(new PersonSearchQuery($"{details.FirstName} {details.LastName}", null), ct);
        var dob = details.DateOfBirth ?? details.ExpectedDateOfBirth;
        var likely = byName.Where(r => dob is null || r.DateOfBirth is null || r.DateOfBirth == dob || r.IsRestricted
            || (r.DateOfBirth is { } d && Math.Abs(d.DayNumber - dob.Value.DayNumber) <= 31 && r.Score > 0.9)).ToList();
        if (details.NhsNumber is { } nhs)
        {
            likely.AddRange(await search.SearchAsync(new PersonSearchQuery(nhs, null), ct));
        }
        if (dob is { } sameDob && likely.Count == 0)
        {
            likely.AddRange((await search.SearchAsync(new PersonSearchQuery(null, sameDob), ct))
                .Where(r => r.Name is not null && Haven.Domain.People.NameMatching.Similarity(r.Name.Split(' ')[^1], details.LastName) > 0.8));
        }
        return likely.DistinctBy(r => r.Id).OrderByDescending(r => r.Score).Take(10).ToList();
    }
}
