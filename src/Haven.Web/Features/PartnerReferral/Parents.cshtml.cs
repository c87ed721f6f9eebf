namespace Haven.Web.Features.PartnerReferral;

public sealed class ParentsModel(PartnerReferralDrafts drafts, ILogger<ParentsModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public const int MaxDescription = 2_000;

    public override string Step => PartnerReferralJourney.Parents;

    [BindProperty] public string? ParentsOrCarers { get; set; }

    protected override void Load(PartnerReferralDraft draft) => ParentsOrCarers = draft.ParentsOrCarers;

    protected override void Validate() => Optional(nameof(ParentsOrCarers), ParentsOrCarers, MaxDescription, "The parents or carers");

    protected override void Apply(PartnerReferralDraft draft) => draft.ParentsOrCarers = Trim(ParentsOrCarers);
}
