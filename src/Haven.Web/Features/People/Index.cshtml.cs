namespace Haven.Web.Features.People;

/// <summary>Find a person. A GET form so a search can be bookmarked, shared with a colleague and paged.</summary>
public sealed class IndexModel(PersonSearch search, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "dob")]
    public DateInput DateOfBirth { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string Sort { get; set; } = "relevance";

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PersonSearchResult>? Results { get; private set; }
    public int TotalResults { get; private set; }
    public int PageCount => Math.Max(1, (TotalResults + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var searched = Request.Query.ContainsKey("q") || Request.Query.ContainsKey("dob.Day");
        if (!searched)
        {
            return Page();
        }
        var today = UkClock.Today(clock);
        var dob = DateInputValidation.Validate(DateOfBirth, "date of birth", required: false, notAfter: today.AddMonths(10), today: today);
        dob.AddTo(ModelState, "dob");
        if (string.IsNullOrWhiteSpace(Query) && dob.Date is null && dob.IsValid)
        {
            ModelState.AddModelError("q", "Enter a name, Haven ID, NHS number or postcode, or a date of birth");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var all = await search.SearchAsync(new PersonSearchQuery(Query, dob.Date), ct);
        IEnumerable<PersonSearchResult> sorted = Sort switch
        {
            "name" => all.OrderBy(r => r.Name is null).ThenBy(r => r.Name?.Split(' ')[^1]).ThenBy(r => r.Name),
            "dob" => all.OrderBy(r => r.DateOfBirth ?? r.ExpectedDateOfBirth ?? DateOnly.MaxValue),
            _ => all,
        };
        TotalResults = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Results = sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    public string PageUrl(int page, string? sort = null) =>
        Url.Page("/People/Index", new
        {
            q = Query,
            sort = sort ?? Sort,
            p = page,
        })! + DobQuery();

    private string DobQuery() => DateOfBirth.IsEmpty
        ? ""
        : $"&dob.Day={Uri.EscapeDataString(DateOfBirth.Day ?? "")}&dob.Month={Uri.EscapeDataString(DateOfBirth.Month ?? "")}&dob.Year={Uri.EscapeDataString(DateOfBirth.Year ?? "")}";
}
