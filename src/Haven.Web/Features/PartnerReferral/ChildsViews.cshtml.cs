namespace Haven.Web.Features.PartnerReferral;

public sealed class ChildsViewsModel(PartnerReferralDrafts drafts, ILogger<ChildsViewsModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public const int MaxChildsViews = 5_000;

    public override string Step => PartnerReferralJourney.ChildsViews;

    [BindProperty] public string? ChildsViews { get; set; }

    protected override void Load(PartnerReferralDraft draft) => ChildsViews = draft.ChildsViews;

    protected override void Validate() => Optional(nameof(ChildsViews), ChildsViews, MaxChildsViews, "What the child has said");

    protected override void Apply(PartnerReferralDraft draft) => draft.ChildsViews = Trim(ChildsViews);
}
