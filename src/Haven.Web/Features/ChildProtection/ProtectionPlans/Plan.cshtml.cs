namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>One child protection plan: its clocks, the outline plan and contingency, the core group, visits and conferences.</summary>
public sealed class PlanModel(HavenDbContext db, TimeProvider clock, ChildProtectionQueries queries, ProtectionPlanService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid PlanId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public ChildProtectionPlan Plan { get; private set; } = null!;
    public string PlanUrl => Url.ChildProtectionPlan(PersonId, ReferralId, PlanId);
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);
    public string SummaryUrl => Url.ChildProtectionSummary(PersonId, ReferralId);
    public string EpisodeName => EpisodeNames.Of(Referral);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.ReferralAsync(PersonId, ReferralId, ct);
        Plan = await records.ChildProtectionPlanAsync(PersonId, ReferralId, PlanId, ct);
        if (IsChange)
        {
            RecordLoader.RefuseChangeToClosedPlan(Referral, Plan, PlanUrl);
        }
    }

    public PlanSummary Summary { get; private set; } = null!;
    public IReadOnlyList<ConferenceSummary> Conferences { get; private set; } = [];

    /// <summary>The child in need plan page another feature provides; linked when a plan steps down.</summary>
    public string ChildInNeedUrl => $"/people/{PersonId}/social-care/{ReferralId}/child-in-need/new";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var work = await queries.ForEpisodeAsync(PersonId, ReferralId, Today, ct);
        Summary = work.Plans.Single(p => p.Plan.Id == PlanId);
        Conferences = work.Conferences.Where(c => c.Conference.ChildProtectionPlanId == PlanId).ToList();
        return Page();
    }

    /// <summary>Read-only roles never get here: the record filter refuses their posts.</summary>
    public async Task<IActionResult> OnPostCompleteActionAsync(Guid actionId, CancellationToken ct)
    {
        try
        {
            await service.CompletePlanActionAsync(PlanId, actionId, ct);
            TempData["Success"] = "Action marked as done";
        }
        catch (CaseRuleException refused)
        {
            TempData["Problem"] = refused.Message;
        }
        return Redirect(PlanUrl + "#actions");
    }
}
