namespace Haven.Web.Features.PartnerReferral;

/// <summary>
/// One question of "Refer a child". A page shows the answer held in the draft; a good answer is saved to the
/// draft and answered with a redirect to the next page (post-redirect-get, so Back and refresh never re-send
/// a form); a bad one shows the page again with its errors and what was typed (400). Nothing is written to
/// the database until "Check your answers" is sent.
/// </summary>
// Generous for the longest answer in any script once percent-encoded (up to 9 bytes a character).
[RequestSizeLimit(256 * 1024)]
[RequestFormLimits(ValueLengthLimit = 200 * 1024, ValueCountLimit = 40, KeyLengthLimit = 64)]
public abstract class ReferralQuestionPageModel(PartnerReferralDrafts drafts, ILogger logger) : PageModel
{
    /// <summary>Which question this page asks, as in its address.</summary>
    public abstract string Step { get; }

    public string Title => PartnerReferralJourney.TitleOf(Step);

    /// <summary>Opened with "Change" from "Check your answers", so a good answer goes back there.</summary>
    [BindProperty(SupportsGet = true)] public bool Change { get; set; }

    /// <summary>A field people never see; only a bot filling in every box puts something in it.</summary>
    [BindProperty(Name = "website")] public string? Honeypot { get; set; }

    public string BackLink => PartnerReferralJourney.BackFrom(Step, Change);

    public string FormAction => Change ? PartnerReferralJourney.ChangePathOf(Step) : PartnerReferralJourney.PathOf(Step);

    /// <summary>The answers so far (an empty one before the first answer is saved).</summary>
    protected PartnerReferralDraft Draft { get; private set; } = new();

    public IActionResult OnGet()
    {
        var draft = FindDraft();
        if (draft is not null && !PartnerReferralJourney.CanReach(Step, draft))
        {
            return Redirect(PartnerReferralJourney.WhereToResume(draft));
        }
        if (draft is null && !IsFirstQuestion)
        {
            return Redirect(PartnerReferralJourney.WhereToResume(null));
        }
        Draft = draft ?? new PartnerReferralDraft();
        Load(Draft);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!string.IsNullOrEmpty(Honeypot))
        {
            // Look the same as success, so the bot learns nothing; keep nothing it sent.
            logger.LogInformation("Partner referral form: discarded a post with the hidden field filled in");
            drafts.Forget(HttpContext);
            return Redirect(PartnerReferralJourney.PathOf(PartnerReferralJourney.Sent));
        }
        var draft = FindDraft() ?? (IsFirstQuestion ? PartnerReferralDraft.Start() : null);
        if (draft is null || !PartnerReferralJourney.CanReach(Step, draft))
        {
            return Redirect(PartnerReferralJourney.WhereToResume(draft));
        }
        Draft = draft;
        Validate();
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        Apply(draft);
        draft.MarkAnswered(Step);
        drafts.Save(HttpContext, draft);
        return Redirect(PartnerReferralJourney.NextAfter(Step, draft, Change));
    }

    private bool IsFirstQuestion => Step == PartnerReferralJourney.Questions[0].Step;

    /// <summary>The draft being answered; one already sent counts as none, so the first question begins another.</summary>
    private PartnerReferralDraft? FindDraft() => drafts.Find(HttpContext) is { IsSent: false } draft ? draft : null;

    /// <summary>Fills the page's fields from the draft.</summary>
    protected abstract void Load(PartnerReferralDraft draft);

    /// <summary>Checks what was posted, adding errors against the page's fields.</summary>
    protected abstract void Validate();

    /// <summary>Copies a good answer into the draft.</summary>
    protected abstract void Apply(PartnerReferralDraft draft);

    protected bool Required(string key, string? value, string missing, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, missing);
            return false;
        }
        return Optional(key, value, max, label);
    }

    protected bool Optional(string key, string? value, int max, string label)
    {
        if (value is not null && value.Trim().Length > max)
        {
            ModelState.AddModelError(key, $"{label} must be {max:N0} characters or fewer");
            return false;
        }
        return true;
    }

    protected static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
