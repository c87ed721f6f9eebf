using Haven.Web.Features.People;

namespace Haven.Web.Features.PartnerReferral;

public sealed class ChildAddressModel(PartnerReferralDrafts drafts, ILogger<ChildAddressModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public const int MaxAddressLine = 100;
    public const int MaxPostcode = 10;

    public override string Step => PartnerReferralJourney.ChildAddress;

    [BindProperty] public string? AddressLine1 { get; set; }
    [BindProperty] public string? AddressLine2 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }

    protected override void Load(PartnerReferralDraft draft) =>
        (AddressLine1, AddressLine2, Town, Postcode) = (draft.AddressLine1, draft.AddressLine2, draft.Town, draft.Postcode);

    protected override void Validate()
    {
        Optional(nameof(AddressLine1), AddressLine1, MaxAddressLine, "Address line 1");
        Optional(nameof(AddressLine2), AddressLine2, MaxAddressLine, "Address line 2");
        Optional(nameof(Town), Town, MaxAddressLine, "Town or city");
        if (!string.IsNullOrWhiteSpace(Postcode) && (Postcode.Length > MaxPostcode || !PersonSearch.PostcodePattern().IsMatch(Postcode.Trim())))
        {
            ModelState.AddModelError(nameof(Postcode), "Enter a full UK postcode, like HV1 2AB");
        }
    }

    protected override void Apply(PartnerReferralDraft draft) =>
        (draft.AddressLine1, draft.AddressLine2, draft.Town, draft.Postcode) = (Trim(AddressLine1), Trim(AddressLine2), Trim(Town), Trim(Postcode));
}
