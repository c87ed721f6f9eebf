using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>Answers a DfE query for one child (or the whole return) with an explanation kept for that census year.</summary>
public sealed class ExplainModel(HavenDbContext db, CurrentUser user, TimeProvider clock, ILogger<ExplainModel> log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "child")]
    public string? Child { get; set; }

    [BindProperty(SupportsGet = true, Name = "rule")]
    public string Rule { get; set; } = "";

    [BindProperty]
    public string? Explanation { get; set; }

    public CinRule? RuleDefinition { get; private set; }

    public IActionResult OnGet()
    {
        RuleDefinition = Find();
        return RuleDefinition is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        RuleDefinition = Find();
        if (RuleDefinition is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Explanation))
        {
            ModelState.AddModelError(nameof(Explanation), "Enter the explanation the DfE will see");
        }
        else if (Explanation.Trim().Length < 10)
        {
            ModelState.AddModelError(nameof(Explanation), "The explanation must say why the data is right, in at least 10 characters");
        }
        else if (Explanation.Length > 2000)
        {
            ModelState.AddModelError(nameof(Explanation), "The explanation must be 2,000 characters or fewer");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var child = Child ?? "";
        var existing = await db.CinQueryExplanations.SingleOrDefaultAsync(e => e.CensusYear == Year && e.LAchildID == child && e.RuleId == Rule, ct);
        if (existing is null)
        {
            existing = new CinQueryExplanation { Id = Guid.NewGuid(), CensusYear = Year, LAchildID = child, RuleId = Rule, Explanation = "", ExplainedByName = "" };
            db.CinQueryExplanations.Add(existing);
        }
        existing.Explanation = Explanation!.Trim();
        existing.ExplainedByName = user.DisplayName;
        existing.ExplainedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        CinCensusLog.QueryExplained(log, user.UserId, Rule, child, Year);
        return Redirect($"/returns/cin-census?year={Year}&check=true&level=query#issues");
    }

    private CinRule? Find() =>
        Rule.EndsWith('Q') ? CinRuleSet.Cin2025To26.ChildRules.Cast<CinRule>().Concat(CinRuleSet.Cin2025To26.ReturnRules).FirstOrDefault(r => r.Id == Rule) : null;
}
