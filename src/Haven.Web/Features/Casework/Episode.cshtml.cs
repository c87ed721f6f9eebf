namespace Haven.Web.Features.Casework;

/// <summary>One episode of social care with its clocks: assessments, child in need plans, child protection, closure.</summary>
public sealed class EpisodeModel(HavenDbContext db, TimeProvider clock, CaseworkService casework, LocalTimescales local) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);

    public EpisodeWork Work { get; private set; } = null!;
    public bool HasOpenEarlyHelp { get; private set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Referral = await records.ReferralAsync(PersonId, ReferralId, ct);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Work = (await casework.EpisodeAsync(PersonId, ReferralId, ct))!;
        HasOpenEarlyHelp = await Db.EarlyHelpEpisodes.AnyAsync(e => e.PersonId == PersonId && e.EndDate == null, ct);
        return Page();
    }

    public TimescaleStatus AssessmentClock(Assessment a) => AssessmentRules.Status(a, Referral.ReferralDate, Today, Calendar, local);

    /// <summary>The next review of an open plan against today; an ended plan has no clock.</summary>
    public TimescaleStatus ReviewClock(ChildInNeedPlan plan) =>
        TimescaleRule.CalendarDays(0).Evaluate(ChildInNeedRules.NextReviewDueOn(plan, Calendar), null, Today, Calendar);
}
