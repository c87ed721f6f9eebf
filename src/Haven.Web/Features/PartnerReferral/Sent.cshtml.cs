namespace Haven.Web.Features.PartnerReferral;

/// <summary>The confirmation, with the reference when this browser sent a referral (a discarded bot post gets the page without one).</summary>
public sealed class SentModel(PartnerReferralDrafts drafts, IOptions<PartnerReferralOptions> options) : PageModel
{
    public PartnerReferralOptions Settings => options.Value;

    public string? Reference { get; private set; }

    public bool Urgent { get; private set; }

    public void OnGet()
    {
        if (drafts.Find(HttpContext) is { IsSent: true } sent)
        {
            Reference = sent.Reference;
            Urgent = sent.Urgent == "yes";
        }
    }
}
