namespace Haven.Web.Features.Casework;

/// <summary>
/// Closes an episode with a DfE reason for closure. Refused, with nothing saved, while a plan, an enquiry or an
/// unauthorised assessment is still open, or for a date before the referral or its last activity.
/// </summary>
public sealed class CloseModel(HavenDbContext db, TimeProvider clock, CaseworkService casework) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);

    [BindProperty] public DateInput ClosedOn { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public EpisodeWork Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ClosedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = DateInputValidation.Validate(ClosedOn, "the date the case closed", required: true, today: Today);
        date.AddTo(ModelState, nameof(ClosedOn));
        // The closure rule and the census check run once, in the service; a date that would not parse arrives
        // as none, so the rule refuses it and the date's own message stays.
        return await SaveAsync(() => casework.CloseAsync(PersonId, ReferralId, date.Date, Reason, Note, ct), "Case closed", EpisodeUrl);
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.OpenReferralAsync(PersonId, ReferralId, EpisodeUrl, ct);
        Work = (await casework.EpisodeAsync(PersonId, ReferralId, ct))!;
    }
}
