using Haven.Web.Infrastructure.Authorisation;

namespace Haven.Web.Features.Casework.Dates;

/// <summary>
/// The dates recorded on an episode, the ones the children in need census is built from, with any corrections made to
/// them. Anyone who reads the record sees them; team and service managers correct one (census refusals link here).
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, DateCorrectionService corrections, CurrentUser user) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public IReadOnlyList<RecordedDate> Dates { get; private set; } = [];
    public IReadOnlyList<CaseEvent> Corrections { get; private set; } = [];
    public bool MayCorrect => user.May(Capabilities.CorrectRecordedDates) && Access.CanEdit;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);

    public static string CorrectUrl(Guid personId, Guid referralId, RecordedDate date) =>
        $"{RecordUrls.RecordedDates(personId, referralId)}/{date.What}/{date.ItemId}";

    public IActionResult OnGet() => Page();

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.ReferralAsync(PersonId, ReferralId, ct);
        Dates = await corrections.RecordedDatesAsync(PersonId, ReferralId, ct);
        Corrections = await Db.CaseEvents.AsNoTracking().Where(e => e.PersonId == PersonId && e.Type == CaseEventTypes.DateCorrected)
            .OrderByDescending(e => e.OccurredAtUtc).ToListAsync(ct);
    }
}
