namespace Haven.Web.Features.PartnerReferral;

public sealed class OrganisationTypeModel(PartnerReferralDrafts drafts, ILogger<OrganisationTypeModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public override string Step => PartnerReferralJourney.OrganisationType;

    [BindProperty] public string? OrganisationType { get; set; }

    protected override void Load(PartnerReferralDraft draft) => OrganisationType = draft.OrganisationType;

    protected override void Validate()
    {
        if (PartnerOrganisationTypes.SourceCode(OrganisationType) is null)
        {
            ModelState.AddModelError(nameof(OrganisationType), "Select the type of organisation you work for");
        }
    }

    protected override void Apply(PartnerReferralDraft draft) => draft.OrganisationType = OrganisationType;
}
