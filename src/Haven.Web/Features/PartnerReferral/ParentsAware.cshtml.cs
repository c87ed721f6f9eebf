namespace Haven.Web.Features.PartnerReferral;

public sealed class ParentsAwareModel(PartnerReferralDrafts drafts, ILogger<ParentsAwareModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public override string Step => PartnerReferralJourney.ParentsAware;

    [BindProperty] public string? ParentsAware { get; set; }

    protected override void Load(PartnerReferralDraft draft) => ParentsAware = draft.ParentsAware;

    protected override void Validate()
    {
        if (!Enum.GetNames<YesNoNotKnown>().Contains(ParentsAware))
        {
            ModelState.AddModelError(nameof(ParentsAware), "Select whether the parents or carers know you are making this referral");
        }
    }

    protected override void Apply(PartnerReferralDraft draft) => draft.ParentsAware = ParentsAware;
}
