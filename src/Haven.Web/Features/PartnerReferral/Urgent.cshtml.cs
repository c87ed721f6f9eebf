namespace Haven.Web.Features.PartnerReferral;

public sealed class UrgentModel(PartnerReferralDrafts drafts, IOptions<PartnerReferralOptions> options, ILogger<UrgentModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public override string Step => PartnerReferralJourney.Urgent;

    public PartnerReferralOptions Settings => options.Value;

    [BindProperty] public string? Urgent { get; set; }

    protected override void Load(PartnerReferralDraft draft) => Urgent = draft.Urgent;

    protected override void Validate()
    {
        if (Urgent is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Urgent), "Select whether the child is at immediate risk of harm");
        }
    }

    protected override void Apply(PartnerReferralDraft draft) => draft.Urgent = Urgent;
}
