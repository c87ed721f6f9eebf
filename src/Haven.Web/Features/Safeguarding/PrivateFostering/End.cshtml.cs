using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.PrivateFostering;

/// <summary>Records the end of a private fostering arrangement and why it ended; the visits stop with it.</summary>
public sealed class EndModel(HavenDbContext db, TimeProvider clock, PrivateFosteringService fostering) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ArrangementId { get; set; }
    public PrivateFosteringArrangement Arrangement { get; private set; } = null!;
    public string ListUrl => IndexModel.AddressFor(PersonId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Arrangement = await records.OpenPrivateFosteringAsync(PersonId, ArrangementId, ListUrl, ct);

    [BindProperty] public DateInput EndedOn { get; set; } = new();
    [BindProperty] public PrivateFosteringEnd? EndReason { get; set; }

    public IActionResult OnGet()
    {
        EndedOn = DateInput.From(Today);
        Version = Arrangement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ended = DateInputValidation.Validate(EndedOn, "the date the arrangement ended", required: true, today: Today);
        ended.AddTo(ModelState, nameof(EndedOn));
        return await SaveAsync(() => fostering.EndAsync(PersonId, ArrangementId, new EndDetails(ended.Date, EndReason), Version, ct), "Private fostering arrangement ended", ListUrl);
    }
}
