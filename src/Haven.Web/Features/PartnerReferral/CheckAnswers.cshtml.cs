using Journey = Haven.Web.Features.PartnerReferral.PartnerReferralJourney;

namespace Haven.Web.Features.PartnerReferral;

/// <summary>
/// "Check your answers": the only page of the form that writes to the database. The referral is stored once
/// under the draft's token, so a second press of Send (or a double-click racing the first) shows the same
/// reference; a client address over its hourly allowance is refused with 429.
/// </summary>
[RequestFormLimits(ValueCountLimit = 10, KeyLengthLimit = 64)]
public sealed class CheckAnswersModel(
    PartnerReferralDrafts drafts, PartnerReferralService submissions, IOptions<PartnerReferralOptions> options, ILogger<CheckAnswersModel> logger) : PageModel
{
    public PartnerReferralOptions Settings => options.Value;

    public PartnerReferralDraft Draft { get; private set; } = new();

    /// <summary>Too many referrals from this address in the last hour: the page says so instead.</summary>
    public bool RateLimited { get; private set; }

    /// <summary>A field people never see; only a bot filling in every box puts something in it.</summary>
    [BindProperty(Name = "website")] public string? Honeypot { get; set; }

    public static string BackLink => Journey.BackFrom(Journey.CheckAnswers, changing: false);

    public IActionResult OnGet()
    {
        var draft = drafts.Find(HttpContext);
        if (draft is null || !Journey.CanReach(Journey.CheckAnswers, draft))
        {
            return Redirect(Journey.WhereToResume(draft));
        }
        Draft = draft;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Honeypot))
        {
            // Look the same as success, so the bot learns nothing; keep nothing it sent.
            logger.LogInformation("Partner referral form: discarded a post with the hidden field filled in");
            drafts.Forget(HttpContext);
            return Redirect(Journey.PathOf(Journey.Sent));
        }
        var draft = drafts.Find(HttpContext);
        if (draft is null || !Journey.CanReach(Journey.CheckAnswers, draft))
        {
            // Already sent (a second press of Send) goes to the confirmation with the same reference.
            return Redirect(Journey.WhereToResume(draft));
        }
        var result = await submissions.SubmitAsync(draft, HttpContext.Connection.RemoteIpAddress, ct);
        if (result.Reference is not { } reference)
        {
            // The answers are kept, so the referrer can send them when the hour is up.
            Draft = draft;
            RateLimited = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "3600";
            return Page();
        }
        drafts.Save(HttpContext, draft.AfterSending(reference));
        return Redirect(Journey.PathOf(Journey.Sent));
    }

    /// <summary>The answer to a question as the summary shows it.</summary>
    public string Describe(string step) => step switch
    {
        Journey.AboutYou => string.Join(", ", new[] { Draft.ReferrerName, Draft.ReferrerRole, Draft.ReferrerOrganisation }.Where(s => s is not null)),
        Journey.OrganisationType => PartnerOrganisationTypes.Label(Draft.OrganisationType),
        Journey.ContactDetails => string.Join(", ", new[] { Draft.ReferrerEmail, Draft.ReferrerPhone }.Where(s => s is not null)),
        Journey.ChildName => $"{Draft.ChildFirstName} {Draft.ChildLastName}",
        Journey.ChildAge => Draft.BornStatus switch
        {
            "born" => $"Born {DateText.Date(Draft.DateOfBirth)}",
            "unborn" => $"Not born yet, due {DateText.Date(Draft.ExpectedDate)}",
            _ => $"Not known, about {Draft.ApproximateAge}",
        },
        Journey.ChildAddress => string.Join(", ", new[] { Draft.AddressLine1, Draft.AddressLine2, Draft.Town, Draft.Postcode }.Where(s => s is not null)) is { Length: > 0 } a ? a : "Not known",
        Journey.Parents => Draft.ParentsOrCarers ?? "Not given",
        Journey.OtherChildren => Draft.OtherChildren ?? "Not given",
        Journey.Concern => Draft.Concern ?? "",
        Journey.ChildsViews => Draft.ChildsViews ?? "Not given",
        Journey.ParentsAware => Draft.ParentsAware switch { "Yes" => "Yes", "No" => "No", _ => "Not known" },
        Journey.Consent => Draft.Consent switch
        {
            nameof(ConsentToShare.Given) => "Yes, they agreed",
            nameof(ConsentToShare.Refused) => "No, they refused",
            nameof(ConsentToShare.NotSought) => "I have not asked them",
            _ => $"Sharing without consent: {Draft.ConsentBasis}",
        },
        Journey.Urgent => Draft.Urgent == "yes" ? "Yes" : "No",
        _ => "",
    };
}
