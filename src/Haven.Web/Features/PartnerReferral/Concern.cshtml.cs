namespace Haven.Web.Features.PartnerReferral;

public sealed class ConcernModel(PartnerReferralDrafts drafts, ILogger<ConcernModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    public const int MaxConcern = 10_000;

    public override string Step => PartnerReferralJourney.Concern;

    // The form length check names the field as this page does ("Your concern must be ..."), not by its property name.
    [BindProperty, System.ComponentModel.DataAnnotations.Display(Name = "Your concern")] public string? Concern { get; set; }

    protected override void Load(PartnerReferralDraft draft) => Concern = draft.Concern;

    // Room is kept for the approximate-age note that leads the stored concern.
    protected override void Validate() =>
        Required(nameof(Concern), Concern, "Enter your concern about the child", MaxConcern - PartnerReferralService.AgeNote(Draft).Length, "Your concern");

    protected override void Apply(PartnerReferralDraft draft) => draft.Concern = Trim(Concern);
}
