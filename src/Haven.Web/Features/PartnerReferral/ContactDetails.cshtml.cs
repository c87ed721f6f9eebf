using System.Text.RegularExpressions;

namespace Haven.Web.Features.PartnerReferral;

public sealed partial class ContactDetailsModel(PartnerReferralDrafts drafts, ILogger<ContactDetailsModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public const int MaxEmail = 254;
    public const int MaxPhone = 30;

    public override string Step => PartnerReferralJourney.ContactDetails;

    [BindProperty] public string? ReferrerEmail { get; set; }
    [BindProperty] public string? ReferrerPhone { get; set; }

    protected override void Load(PartnerReferralDraft draft) => (ReferrerEmail, ReferrerPhone) = (draft.ReferrerEmail, draft.ReferrerPhone);

    protected override void Validate()
    {
        if (Required(nameof(ReferrerEmail), ReferrerEmail, "Enter your work email address", MaxEmail, "Your email address")
            && !EmailAddress.IsValid(ReferrerEmail))
        {
            ModelState.AddModelError(nameof(ReferrerEmail), "Enter an email address in the correct format, like name@example.com");
        }
        if (Optional(nameof(ReferrerPhone), ReferrerPhone, MaxPhone, "Your telephone number")
            && !string.IsNullOrWhiteSpace(ReferrerPhone) && !PhonePattern().IsMatch(ReferrerPhone.Trim()))
        {
            ModelState.AddModelError(nameof(ReferrerPhone), "Enter a telephone number, like 01632 960 001 or +44 808 157 0192");
        }
    }

    protected override void Apply(PartnerReferralDraft draft) => (draft.ReferrerEmail, draft.ReferrerPhone) = (Trim(ReferrerEmail), Trim(ReferrerPhone));

    [GeneratedRegex(@"^\+?[0-9 ()\-]{6,29}$")]
    private static partial Regex PhonePattern();
}
