namespace Haven.Web.Features.PartnerReferral;

public sealed class ChildNameModel(PartnerReferralDrafts drafts, ILogger<ChildNameModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public override string Step => PartnerReferralJourney.ChildName;

    [BindProperty] public string? ChildFirstName { get; set; }
    [BindProperty] public string? ChildLastName { get; set; }

    protected override void Load(PartnerReferralDraft draft) => (ChildFirstName, ChildLastName) = (draft.ChildFirstName, draft.ChildLastName);

    protected override void Validate()
    {
        Required(nameof(ChildFirstName), ChildFirstName, "Enter the child's first name", AboutYouModel.MaxName, "The child's first name");
        Required(nameof(ChildLastName), ChildLastName, "Enter the child's last name", AboutYouModel.MaxName, "The child's last name");
    }

    protected override void Apply(PartnerReferralDraft draft) => (draft.ChildFirstName, draft.ChildLastName) = (Trim(ChildFirstName), Trim(ChildLastName));
}
