namespace Haven.Web.Features.Chronology;

/// <summary>Children with an active warning of one kind: who is at risk of exploitation, missing from home, discussed at MARAC.</summary>
public sealed class FlagsModel(FlagListQueries queries) : PageModel
{
    /// <summary>The warnings that make a cohort someone needs to see as a list.</summary>
    public static readonly IReadOnlyList<FlagType> ListTypes =
    [
        FlagType.ChildSexualExploitation, FlagType.MissingFromHome, FlagType.DomesticAbuseMarac, FlagType.PrivateFostering,
        FlagType.YoungCarer, FlagType.Disability, FlagType.FemaleGenitalMutilation,
        FlagType.ChildCriminalExploitation, FlagType.CountyLines, FlagType.Radicalisation, FlagType.Trafficking,
    ];

    [BindProperty(SupportsGet = true, Name = "type")]
    public FlagType? Type { get; set; }

    public FlagList? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Type is { } type)
        {
            if (!ListTypes.Contains(type))
            {
                return NotFound();
            }
            Result = await queries.ListAsync(type, ct);
        }
        return Page();
    }
}
