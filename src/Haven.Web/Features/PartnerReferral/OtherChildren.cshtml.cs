namespace Haven.Web.Features.PartnerReferral;

public sealed class OtherChildrenModel(PartnerReferralDrafts drafts, ILogger<OtherChildrenModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public override string Step => PartnerReferralJourney.OtherChildren;

    [BindProperty] public string? OtherChildren { get; set; }

    protected override void Load(PartnerReferralDraft draft) => OtherChildren = draft.OtherChildren;

    protected override void Validate() => Optional(nameof(OtherChildren), OtherChildren, ParentsModel.MaxDescription, "The other children");

    protected override void Apply(PartnerReferralDraft draft) => draft.OtherChildren = Trim(OtherChildren);
}
