namespace Haven.Web.Features.Assessments;

/// <summary>
/// Records one section of an assessment. Every section can be saved part-way: completeness is checked when the
/// assessment is submitted and authorised, not here, so nothing a worker has written is held back by a blank elsewhere.
/// </summary>
public sealed class SectionModel(HavenDbContext db, TimeProvider clock, AssessmentService assessments) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid AssessmentId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public Assessment Assessment { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);
    public string AssessmentUrl => Url.Assessment(PersonId, ReferralId, AssessmentId);
    /// <summary>Still with the social worker: neither waiting for a manager nor authorised.</summary>
    public bool IsDraft => !Assessment.IsAuthorised && Assessment.SubmittedOn is null;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Section = AssessmentSections.Find(Slug) ?? throw RecordStopException.NotFound();
        Referral = await records.OpenReferralAsync(PersonId, ReferralId, EpisodeUrl, ct);
        Assessment = await records.AssessmentAsync(PersonId, ReferralId, AssessmentId, ct);
        RecordStopException.ThrowIf(!IsDraft, "This assessment is with a manager or authorised, so it cannot be changed.", AssessmentUrl);
    }

    [FromRoute(Name = "section")] public string Slug { get; set; } = "";

    [BindProperty] public DateInput ChildSeenOn { get; set; } = new();
    [BindProperty] public bool? SeenAlone { get; set; }
    [BindProperty] public string? NotSeenAloneReason { get; set; }
    [BindProperty] public string? ChildsWishesAndFeelings { get; set; }
    [BindProperty] public ChildVoiceSource? ChildVoiceSource { get; set; }
    [BindProperty] public string? ParentsViews { get; set; }
    [BindProperty] public string? OthersViews { get; set; }
    [BindProperty] public string? HistoryConsidered { get; set; }
    [BindProperty] public List<string> Factors { get; set; } = [];
    [BindProperty] public string? Analysis { get; set; }
    [BindProperty] public AssessmentOutcome? Outcome { get; set; }
    [BindProperty] public string? EqualityAndDiversity { get; set; }

    public AssessmentSections.Section Section { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var a = Assessment;
        ChildSeenOn = DateInput.From(a.ChildSeenOn);
        (SeenAlone, NotSeenAloneReason) = (a.SeenAlone, a.NotSeenAloneReason);
        (ChildsWishesAndFeelings, ChildVoiceSource) = (a.ChildsWishesAndFeelings, a.ChildVoiceSource);
        (ParentsViews, OthersViews, HistoryConsidered) = (a.ParentsViews, a.OthersViews, a.HistoryConsidered);
        Factors = [.. a.Factors];
        (Analysis, Outcome, EqualityAndDiversity) = (a.Analysis, a.Outcome, a.EqualityAndDiversity);
        Version = a.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Action<Assessment> apply;
        switch (Slug)
        {
            case "seen":
                var seen = DateInputValidation.Validate(ChildSeenOn, "the date the child was seen", required: false,
                    notAfter: Today, notBefore: Referral.ReferralDate, today: Today);
                seen.AddTo(ModelState, nameof(ChildSeenOn));
                if (SeenAlone is not null && ChildSeenOn.IsEmpty)
                {
                    ModelState.AddModelError(nameof(ChildSeenOn), "Enter the date the child was seen");
                }
                if (SeenAlone == false && string.IsNullOrWhiteSpace(NotSeenAloneReason))
                {
                    ModelState.AddModelError(nameof(NotSeenAloneReason), "Enter why the child was not seen alone");
                }
                apply = a =>
                {
                    a.ChildSeenOn = seen.Date;
                    a.SeenAlone = SeenAlone;
                    a.NotSeenAloneReason = SeenAlone == false ? Haven.Domain.Formatting.Typed.Clean(NotSeenAloneReason) : null;
                };
                break;
            case "voice":
                if (!string.IsNullOrWhiteSpace(ChildsWishesAndFeelings) && ChildVoiceSource is null)
                {
                    ModelState.AddModelError(nameof(ChildVoiceSource), "Select whether these are the child's own words or what you observed");
                }
                apply = a =>
                {
                    a.ChildsWishesAndFeelings = Haven.Domain.Formatting.Typed.Clean(ChildsWishesAndFeelings);
                    a.ChildVoiceSource = a.ChildsWishesAndFeelings is null ? null : ChildVoiceSource;
                };
                break;
            case "views":
                apply = a => (a.ParentsViews, a.OthersViews) = (Haven.Domain.Formatting.Typed.Clean(ParentsViews), Haven.Domain.Formatting.Typed.Clean(OthersViews));
                break;
            case "history":
                apply = a => a.HistoryConsidered = Haven.Domain.Formatting.Typed.Clean(HistoryConsidered);
                break;
            case "factors":
                // The DfE factor rule runs once, in the service, as the section is saved.
                apply = a => a.Factors = [.. Factors.Distinct()];
                break;
            case "analysis":
                apply = a => (a.Analysis, a.Outcome) = (Haven.Domain.Formatting.Typed.Clean(Analysis), Outcome);
                break;
            default:
                apply = a => a.EqualityAndDiversity = Haven.Domain.Formatting.Typed.Clean(EqualityAndDiversity);
                break;
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        try
        {
            await assessments.UpdateAsync(AssessmentId, Section.Title, apply, Version, ct);
        }
        catch (EditConflictException conflict)
        {
            return ShowConflict(conflict);
        }
        catch (CaseRuleException e)
        {
            AddErrors(e.Result);
            return this.InvalidPage();
        }
        TempData["Success"] = $"{Section.Title} saved";
        return Redirect($"{AssessmentUrl}#section-{Slug}");
    }
}
