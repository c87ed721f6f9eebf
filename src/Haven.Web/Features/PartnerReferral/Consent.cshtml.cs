namespace Haven.Web.Features.PartnerReferral;

public sealed class ConsentModel(PartnerReferralDrafts drafts, ILogger<ConsentModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public override string Step => PartnerReferralJourney.Consent;

    [BindProperty] public string? Consent { get; set; }
    [BindProperty] public string? ConsentBasis { get; set; }

    protected override void Load(PartnerReferralDraft draft) => (Consent, ConsentBasis) = (draft.Consent, draft.ConsentBasis);

    protected override void Validate()
    {
        if (!Enum.GetNames<ConsentToShare>().Contains(Consent))
        {
            ModelState.AddModelError(nameof(Consent), "Select whether the parents or carers agreed to you sharing this information");
        }
        else if (Consent == nameof(ConsentToShare.NotRequired))
        {
            Required(nameof(ConsentBasis), ConsentBasis, "Enter why you are sharing this information without consent", ParentsModel.MaxDescription, "The reason for sharing without consent");
        }
    }

    protected override void Apply(PartnerReferralDraft draft)
    {
        draft.Consent = Consent;
        draft.ConsentBasis = Consent == nameof(ConsentToShare.NotRequired) ? Trim(ConsentBasis) : null;
    }
}
