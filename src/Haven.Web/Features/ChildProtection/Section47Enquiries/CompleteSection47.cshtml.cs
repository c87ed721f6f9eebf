namespace Haven.Web.Features.ChildProtection.Section47Enquiries;

/// <summary>Records the outcome of an enquiry; a decision against conference after substantiated harm waits for a service manager.</summary>
public sealed class CompleteSection47Model(HavenDbContext db, TimeProvider clock, Section47Service service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid EnquiryId { get; set; }
    public EnquiryPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await EnquiryPart.OpenAsync(records, PersonId, ReferralId, EnquiryId, Url.SocialCareEpisode(PersonId, ReferralId), Url.ChildProtectionSummary(PersonId, ReferralId), ct);

    [BindProperty] public DateInput CompletedOn { get; set; } = new();
    [BindProperty] public Section47Outcome? Outcome { get; set; }
    [BindProperty] public string? Rationale { get; set; }

    public IActionResult OnGet()
    {
        CompletedOn = DateInput.From(Today);
        Outcome = Part.Enquiry.Outcome;
        Rationale = Part.Enquiry.OutcomeRationale;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var done = DateInputValidation.Validate(CompletedOn, "the date the enquiry ended", required: true, today: Today);
        done.AddTo(ModelState, nameof(CompletedOn));
        AddErrors(ChildProtectionChecks.ValidateSection47Completion(done.Date, Part.Enquiry.StartDate, Today, Outcome, Rationale));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var counted = await service.CompleteSection47Async(EnquiryId, done.Date!.Value, Outcome!.Value, Rationale!, ct);
        TempData["Success"] = counted
            ? "Section 47 enquiry completed"
            : "Outcome recorded. A service manager must agree it before the enquiry ends";
        return Redirect(Part.EpisodeUrl);
    }
}
