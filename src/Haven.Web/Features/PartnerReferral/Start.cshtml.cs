namespace Haven.Web.Features.PartnerReferral;

/// <summary>"Refer a child": the start page of the public form for professionals without an account.</summary>
public sealed class StartModel(IOptions<PartnerReferralOptions> options) : PageModel
{
    public PartnerReferralOptions Settings => options.Value;

    public static string FirstQuestion => PartnerReferralJourney.PathOf(PartnerReferralJourney.Questions[0].Step);
}
