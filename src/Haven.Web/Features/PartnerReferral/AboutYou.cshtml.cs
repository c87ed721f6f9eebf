namespace Haven.Web.Features.PartnerReferral;

public sealed class AboutYouModel(PartnerReferralDrafts drafts, ILogger<AboutYouModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public const int MaxName = 100;
    public const int MaxOrganisation = 200;

    public override string Step => PartnerReferralJourney.AboutYou;

    [BindProperty] public string? ReferrerName { get; set; }
    [BindProperty] public string? ReferrerOrganisation { get; set; }
    [BindProperty] public string? ReferrerRole { get; set; }

    protected override void Load(PartnerReferralDraft draft) =>
        (ReferrerName, ReferrerOrganisation, ReferrerRole) = (draft.ReferrerName, draft.ReferrerOrganisation, draft.ReferrerRole);

    protected override void Validate()
    {
        Required(nameof(ReferrerName), ReferrerName, "Enter your name", MaxName, "Your name");
        Required(nameof(ReferrerOrganisation), ReferrerOrganisation, "Enter the name of your organisation", MaxOrganisation, "The name of your organisation");
        Optional(nameof(ReferrerRole), ReferrerRole, MaxName, "Your role");
    }

    protected override void Apply(PartnerReferralDraft draft) =>
        (draft.ReferrerName, draft.ReferrerOrganisation, draft.ReferrerRole) = (Trim(ReferrerName), Trim(ReferrerOrganisation), Trim(ReferrerRole));
}
