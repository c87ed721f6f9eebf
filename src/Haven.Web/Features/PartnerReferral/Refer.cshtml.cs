using System.Text.RegularExpressions;
using Haven.Domain.FrontDoor;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Haven.Web.Features.PartnerReferral;

/// <summary>
/// "Refer a child": the public form for professionals without an account, one question a page. Every page
/// posts the sealed draft back with its answer and gets the next question in reply, so nothing is stored
/// until "Check your answers" is sent. The referrer is never shown anything Haven holds about the child.
/// </summary>
// Generous for the longest answers in any script (3 bytes a character, twice over: the sealed draft and the page's own field).
[RequestSizeLimit(256 * 1024)]
[RequestFormLimits(ValueLengthLimit = 200 * 1024, ValueCountLimit = 40, KeyLengthLimit = 64)]
public sealed partial class ReferModel(
    PartnerReferralDrafts drafts, PartnerReferralService submissions, TimeProvider clock, IOptions<PartnerReferralOptions> options, ILogger<ReferModel> logger) : PageModel
{
    public const string CheckAnswers = "check-answers";
    public const string Sent = "sent";
    public const string TooMany = "too-many";
    public const int MaxName = 100;
    public const int MaxOrganisation = 200;
    public const int MaxEmail = 254;
    public const int MaxPhone = 30;
    public const int MaxAddressLine = 100;
    public const int MaxPostcode = 10;
    public const int MaxDescription = 2_000;
    public const int MaxConcern = 10_000;
    public const int MaxChildsViews = 5_000;

    /// <summary>The questions in order; the route's {step} is one of these.</summary>
    public static readonly IReadOnlyList<(string Step, string Title)> Questions =
    [
        ("about-you", "About you"),
        ("organisation-type", "What type of organisation do you work for?"),
        ("contact-details", "How can we contact you?"),
        ("child-name", "What is the child's name?"),
        ("child-age", "Do you know the child's date of birth?"),
        ("child-address", "Where does the child live?"),
        ("parents", "Who are the child's parents or carers?"),
        ("other-children", "Are there other children in the household?"),
        ("concern", "What is your concern about the child?"),
        ("childs-views", "What has the child said?"),
        ("parents-aware", "Do the parents or carers know you are making this referral?"),
        ("consent", "Have the parents or carers agreed to you sharing this information?"),
        ("urgent", "Do you think the child is at immediate risk of harm?"),
    ];

    public PartnerReferralOptions Settings => options.Value;

    /// <summary>Which page to show: null for the start page, a question, check-answers, sent or too-many.</summary>
    public string? Step { get; private set; }

    public PartnerReferralDraft Draft { get; private set; } = new();

    /// <summary>The sealed draft written into the page's hidden field.</summary>
    public string SealedDraft { get; private set; } = "";
    public string? Reference { get; private set; }

    [BindProperty] public string? State { get; set; }

    /// <summary>A field people never see; only a bot filling in every box puts something in it.</summary>
    [BindProperty(Name = "website")] public string? Honeypot { get; set; }

    /// <summary>A question to go to instead of saving this page's answer (Back, or Change on check your answers).</summary>
    [BindProperty] public string? Go { get; set; }

    [BindProperty] public string? ReferrerName { get; set; }
    [BindProperty] public string? ReferrerOrganisation { get; set; }
    [BindProperty] public string? ReferrerRole { get; set; }
    [BindProperty] public string? OrganisationType { get; set; }
    [BindProperty] public string? ReferrerEmail { get; set; }
    [BindProperty] public string? ReferrerPhone { get; set; }
    [BindProperty] public string? ChildFirstName { get; set; }
    [BindProperty] public string? ChildLastName { get; set; }
    [BindProperty] public string? BornStatus { get; set; }
    [BindProperty] public DateInput DateOfBirth { get; set; } = new();
    [BindProperty] public DateInput ExpectedDate { get; set; } = new();
    [BindProperty] public string? ApproximateAge { get; set; }
    [BindProperty] public string? AddressLine1 { get; set; }
    [BindProperty] public string? AddressLine2 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? ParentsOrCarers { get; set; }
    [BindProperty] public string? OtherChildren { get; set; }
    [BindProperty] public string? Concern { get; set; }
    [BindProperty] public string? ChildsViews { get; set; }
    [BindProperty] public string? ParentsAware { get; set; }
    [BindProperty] public string? Consent { get; set; }
    [BindProperty] public string? ConsentBasis { get; set; }
    [BindProperty] public string? Urgent { get; set; }

    private DateOnly Today => UkTime.Today(clock);

    public static bool IsQuestion(string? step) => Questions.Any(q => q.Step == step);

    public static string TitleOf(string step) => Questions.First(q => q.Step == step).Title;

    public string? PreviousStep => Step == CheckAnswers ? Questions[^1].Step
        : Questions.Select(q => q.Step).TakeWhile(s => s != Step).LastOrDefault();

    public IActionResult OnGet(string? step)
    {
        if (string.IsNullOrEmpty(step))
        {
            return Page();
        }
        if (step == Sent)
        {
            Step = Sent;
            Reference = TempData.Peek("PartnerReference") as string;
            Draft.Urgent = TempData.Peek("PartnerUrgent") as string;
            return Page();
        }
        if (step == Questions[0].Step)
        {
            return Show(step, PartnerReferralDraft.Start());
        }
        // A later question opened without the answers so far (a bookmark, an expired form): begin again.
        return Redirect("/refer-a-child");
    }

    public async Task<IActionResult> OnPostAsync(string? step, CancellationToken ct)
    {
        if (!IsQuestion(step) && step != CheckAnswers)
        {
            return Redirect("/refer-a-child");
        }
        if (!string.IsNullOrEmpty(Honeypot))
        {
            // Look the same as success, so the bot learns nothing; keep nothing it sent.
            logger.LogInformation("Partner referral form: discarded a post with the hidden field filled in");
            return Redirect("/refer-a-child/sent");
        }
        var draft = drafts.Unprotect(State);
        if (draft is null)
        {
            return step == Questions[0].Step ? Show(step, PartnerReferralDraft.Start()) : Redirect("/refer-a-child");
        }
        if (IsQuestion(Go) || (Go == CheckAnswers && draft.ReturnToCheck))
        {
            draft.ReturnToCheck = Go != CheckAnswers && (step == CheckAnswers || draft.ReturnToCheck);
            return Show(Go!, draft);
        }
        if (step == CheckAnswers)
        {
            return await SendAsync(draft, ct);
        }

        Validate(step!);
        if (!ModelState.IsValid)
        {
            Step = step;
            Draft = draft;
            SealedDraft = drafts.Protect(draft);
            return this.InvalidPage();
        }
        Apply(step!, draft);
        var next = draft.ReturnToCheck || step == Questions[^1].Step
            ? CheckAnswers
            : Questions[Questions.Select(q => q.Step).ToList().IndexOf(step!) + 1].Step;
        if (next == CheckAnswers)
        {
            draft.ReturnToCheck = false;
        }
        return Show(next, draft);
    }

    private async Task<IActionResult> SendAsync(PartnerReferralDraft draft, CancellationToken ct)
    {
        // The draft was checked page by page; checking it all again costs nothing and covers answers a
        // changed answer made invalid (sharing without consent needs its reason).
        foreach (var (question, _) in Questions)
        {
            Load(draft);
            Validate(question);
            if (!ModelState.IsValid)
            {
                Step = question;
                Draft = draft;
                SealedDraft = drafts.Protect(draft);
                return this.InvalidPage();
            }
        }
        var result = await submissions.SubmitAsync(draft, HttpContext.Connection.RemoteIpAddress, ct);
        if (result.RateLimited)
        {
            Step = TooMany;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "3600";
            return Page();
        }
        TempData["PartnerReference"] = result.Reference;
        TempData["PartnerUrgent"] = draft.Urgent;
        return Redirect("/refer-a-child/sent");
    }

    private PageResult Show(string step, PartnerReferralDraft draft)
    {
        Step = step;
        Draft = draft;
        Load(draft);
        // What is shown comes from the draft, not from what this request happened to post.
        ModelState.Clear();
        SealedDraft = drafts.Protect(draft);
        return Page();
    }

    private void Load(PartnerReferralDraft d)
    {
        ReferrerName = d.ReferrerName;
        ReferrerOrganisation = d.ReferrerOrganisation;
        ReferrerRole = d.ReferrerRole;
        OrganisationType = d.OrganisationType;
        ReferrerEmail = d.ReferrerEmail;
        ReferrerPhone = d.ReferrerPhone;
        ChildFirstName = d.ChildFirstName;
        ChildLastName = d.ChildLastName;
        BornStatus = d.BornStatus;
        DateOfBirth = DateInput.From(d.DateOfBirth);
        ExpectedDate = DateInput.From(d.ExpectedDate);
        ApproximateAge = d.ApproximateAge;
        AddressLine1 = d.AddressLine1;
        AddressLine2 = d.AddressLine2;
        Town = d.Town;
        Postcode = d.Postcode;
        ParentsOrCarers = d.ParentsOrCarers;
        OtherChildren = d.OtherChildren;
        Concern = d.Concern;
        ChildsViews = d.ChildsViews;
        ParentsAware = d.ParentsAware;
        Consent = d.Consent;
        ConsentBasis = d.ConsentBasis;
        Urgent = d.Urgent;
    }

    private void Apply(string step, PartnerReferralDraft d)
    {
        switch (step)
        {
            case "about-you":
                (d.ReferrerName, d.ReferrerOrganisation, d.ReferrerRole) = (Trim(ReferrerName), Trim(ReferrerOrganisation), Trim(ReferrerRole));
                break;
            case "organisation-type":
                d.OrganisationType = OrganisationType;
                break;
            case "contact-details":
                (d.ReferrerEmail, d.ReferrerPhone) = (Trim(ReferrerEmail), Trim(ReferrerPhone));
                break;
            case "child-name":
                (d.ChildFirstName, d.ChildLastName) = (Trim(ChildFirstName), Trim(ChildLastName));
                break;
            case "child-age":
                d.BornStatus = BornStatus;
                d.DateOfBirth = BornStatus == "born" ? DateOfBirth.ToDateOrNull() : null;
                d.ExpectedDate = BornStatus == "unborn" ? ExpectedDate.ToDateOrNull() : null;
                d.ApproximateAge = BornStatus == "unknown" ? Trim(ApproximateAge) : null;
                break;
            case "child-address":
                (d.AddressLine1, d.AddressLine2, d.Town, d.Postcode) = (Trim(AddressLine1), Trim(AddressLine2), Trim(Town), Trim(Postcode));
                break;
            case "parents":
                d.ParentsOrCarers = Trim(ParentsOrCarers);
                break;
            case "other-children":
                d.OtherChildren = Trim(OtherChildren);
                break;
            case "concern":
                d.Concern = Trim(Concern);
                break;
            case "childs-views":
                d.ChildsViews = Trim(ChildsViews);
                break;
            case "parents-aware":
                d.ParentsAware = ParentsAware;
                break;
            case "consent":
                d.Consent = Consent;
                d.ConsentBasis = Consent == nameof(ConsentToShare.NotRequired) ? Trim(ConsentBasis) : null;
                break;
            case "urgent":
                d.Urgent = Urgent;
                break;
        }
    }

    private void Validate(string step)
    {
        switch (step)
        {
            case "about-you":
                Required(nameof(ReferrerName), ReferrerName, "Enter your name", MaxName, "Your name");
                Required(nameof(ReferrerOrganisation), ReferrerOrganisation, "Enter the name of your organisation", MaxOrganisation, "The name of your organisation");
                Optional(nameof(ReferrerRole), ReferrerRole, MaxName, "Your role");
                break;
            case "organisation-type":
                if (PartnerOrganisationTypes.SourceCode(OrganisationType) is null)
                {
                    ModelState.AddModelError(nameof(OrganisationType), "Select the type of organisation you work for");
                }
                break;
            case "contact-details":
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
                break;
            case "child-name":
                Required(nameof(ChildFirstName), ChildFirstName, "Enter the child's first name", MaxName, "The child's first name");
                Required(nameof(ChildLastName), ChildLastName, "Enter the child's last name", MaxName, "The child's last name");
                break;
            case "child-age":
                switch (BornStatus)
                {
                    case "born":
                        DateInputValidation.Validate(DateOfBirth, "date of birth", required: true, notAfter: Today, today: Today)
                            .AddTo(ModelState, nameof(DateOfBirth));
                        break;
                    case "unborn":
                        DateInputValidation.Validate(ExpectedDate, "the date the baby is due", required: true, notBefore: Today, notAfter: Today.AddMonths(10), today: Today)
                            .AddTo(ModelState, nameof(ExpectedDate));
                        break;
                    case "unknown":
                        Required(nameof(ApproximateAge), ApproximateAge, "Enter the child's approximate age", 20, "The child's approximate age");
                        break;
                    default:
                        ModelState.AddModelError(nameof(BornStatus), "Select whether you know the child's date of birth");
                        break;
                }
                break;
            case "child-address":
                Optional(nameof(AddressLine1), AddressLine1, MaxAddressLine, "Address line 1");
                Optional(nameof(AddressLine2), AddressLine2, MaxAddressLine, "Address line 2");
                Optional(nameof(Town), Town, MaxAddressLine, "Town or city");
                if (!string.IsNullOrWhiteSpace(Postcode) && (Postcode.Length > MaxPostcode || !People.PersonSearch.PostcodePattern().IsMatch(Postcode.Trim())))
                {
                    ModelState.AddModelError(nameof(Postcode), "Enter a full UK postcode, like HV1 2AB");
                }
                break;
            case "parents":
                Optional(nameof(ParentsOrCarers), ParentsOrCarers, MaxDescription, "The parents or carers");
                break;
            case "other-children":
                Optional(nameof(OtherChildren), OtherChildren, MaxDescription, "The other children");
                break;
            case "concern":
                // Room is kept for the approximate-age note that leads the stored concern.
                Required(nameof(Concern), Concern, "Enter your concern about the child", MaxConcern - PartnerReferralService.AgeNote(DraftForNote()).Length, "Your concern");
                break;
            case "childs-views":
                Optional(nameof(ChildsViews), ChildsViews, MaxChildsViews, "What the child has said");
                break;
            case "parents-aware":
                if (!Enum.GetNames<YesNoNotKnown>().Contains(ParentsAware))
                {
                    ModelState.AddModelError(nameof(ParentsAware), "Select whether the parents or carers know you are making this referral");
                }
                break;
            case "consent":
                if (!Enum.GetNames<ConsentToShare>().Contains(Consent))
                {
                    ModelState.AddModelError(nameof(Consent), "Select whether the parents or carers agreed to you sharing this information");
                }
                else if (Consent == nameof(ConsentToShare.NotRequired))
                {
                    Required(nameof(ConsentBasis), ConsentBasis, "Enter why you are sharing this information without consent", MaxDescription, "The reason for sharing without consent");
                }
                break;
            case "urgent":
                if (Urgent is not ("yes" or "no"))
                {
                    ModelState.AddModelError(nameof(Urgent), "Select whether the child is at immediate risk of harm");
                }
                break;
        }
    }

    private PartnerReferralDraft DraftForNote() => drafts.Unprotect(State) is { } d ? d : Draft;

    private bool Required(string key, string? value, string missing, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, missing);
            return false;
        }
        return Optional(key, value, max, label);
    }

    private bool Optional(string key, string? value, int max, string label)
    {
        if (value is not null && value.Trim().Length > max)
        {
            ModelState.AddModelError(key, $"{label} must be {max:N0} characters or fewer");
            return false;
        }
        return true;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public string Describe(string step) => step switch
    {
        "about-you" => string.Join(", ", new[] { Draft.ReferrerName, Draft.ReferrerRole, Draft.ReferrerOrganisation }.Where(s => s is not null)),
        "organisation-type" => PartnerOrganisationTypes.Label(Draft.OrganisationType),
        "contact-details" => string.Join(", ", new[] { Draft.ReferrerEmail, Draft.ReferrerPhone }.Where(s => s is not null)),
        "child-name" => $"{Draft.ChildFirstName} {Draft.ChildLastName}",
        "child-age" => Draft.BornStatus switch
        {
            "born" => $"Born {Draft.DateOfBirth:d MMMM yyyy}",
            "unborn" => $"Not born yet, due {Draft.ExpectedDate:d MMMM yyyy}",
            _ => $"Not known, about {Draft.ApproximateAge}",
        },
        "child-address" => string.Join(", ", new[] { Draft.AddressLine1, Draft.AddressLine2, Draft.Town, Draft.Postcode }.Where(s => s is not null)) is { Length: > 0 } a ? a : "Not known",
        "parents" => Draft.ParentsOrCarers ?? "Not given",
        "other-children" => Draft.OtherChildren ?? "Not given",
        "concern" => Draft.Concern ?? "",
        "childs-views" => Draft.ChildsViews ?? "Not given",
        "parents-aware" => Draft.ParentsAware switch { "Yes" => "Yes", "No" => "No", _ => "Not known" },
        "consent" => Draft.Consent switch
        {
            nameof(ConsentToShare.Given) => "Yes, they agreed",
            nameof(ConsentToShare.Refused) => "No, they refused",
            nameof(ConsentToShare.NotSought) => "I have not asked them",
            _ => $"Sharing without consent: {Draft.ConsentBasis}",
        },
        "urgent" => Draft.Urgent == "yes" ? "Yes" : "No",
        _ => "",
    };

    [GeneratedRegex(@"^\+?[0-9 ()\-]{6,29}$")]
    private static partial Regex PhonePattern();
}
