namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// Starts early help. Opened from a front-door contact (?contactId=) it takes the lead professional and agency
/// from the early-help decision, so what the manager decided is what the episode starts with.
/// </summary>
public sealed class StartModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)] public Guid? ContactId { get; set; }
    [BindProperty] public EarlyHelpStart? StartedBy { get; set; }
    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public string? LeadProfessional { get; set; }
    [BindProperty] public string? LeadAgency { get; set; }

    public EarlyHelpPrefill? FromContact { get; private set; }
    public bool ContactNotEarlyHelp { get; private set; }
    public bool AlreadyOpen { get; private set; }

    /// <summary>Step-down is offered only to a child who has had children's social care.</summary>
    public bool HasSocialCareHistory { get; private set; }

    /// <param name="steppedDown">Set by the link from a social care plan that stepped down to early help.</param>
    public IActionResult OnGet(bool steppedDown)
    {
        StartDate = DateInput.From(Today);
        if (steppedDown && HasSocialCareHistory)
        {
            StartedBy = EarlyHelpStart.SteppedDownFromSocialCare;
        }
        if (FromContact is { } prefill)
        {
            StartedBy = EarlyHelpStart.FrontDoorDecision;
            StartDate = DateInput.From(prefill.DecidedOn);
            LeadProfessional = prefill.LeadProfessional;
            LeadAgency = prefill.LeadAgency;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (AlreadyOpen)
        {
            ModelState.AddModelError("", "This child already has open early help: change its lead professional instead");
        }
        if (ContactNotEarlyHelp)
        {
            ModelState.AddModelError(nameof(StartedBy), "That contact's decision is not early help: choose how early help started");
        }
        if (StartedBy == EarlyHelpStart.FrontDoorDecision && FromContact is null)
        {
            ModelState.AddModelError(nameof(StartedBy), "Start early help from the contact's page so the decision is linked, or choose another way it started");
        }
        if (StartedBy == EarlyHelpStart.SteppedDownFromSocialCare && !HasSocialCareHistory)
        {
            ModelState.AddModelError(nameof(StartedBy), EarlyHelpService.StepDownNeedsHistory);
        }
        foreach (var problem in EarlyHelpRules.ValidateStart(StartedBy, LeadProfessional, LeadAgency).Problems)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }
        var start = DateInputValidation.Validate(StartDate, "the date early help started", required: true, notAfter: Today, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var episode = await earlyHelp.StartAsync(PersonId,
            new EarlyHelpStartDetails(StartedBy!.Value, start.Date!.Value, LeadProfessional!, LeadAgency!, StartedBy == EarlyHelpStart.FrontDoorDecision ? ContactId : null), ct);
        TempData["Success"] = "Early help started";
        return RedirectToPage("/EarlyHelp/Episode", new { personId = PersonId, episodeId = episode.Id });
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        AlreadyOpen = await earlyHelp.HasOpenEpisodeAsync(PersonId, ct);
        HasSocialCareHistory = await earlyHelp.HasSocialCareHistoryAsync(PersonId, ct);
        if (ContactId is { } contactId)
        {
            FromContact = await earlyHelp.PrefillFromContactAsync(PersonId, contactId, ct);
            ContactNotEarlyHelp = FromContact is null;
        }
    }
}
