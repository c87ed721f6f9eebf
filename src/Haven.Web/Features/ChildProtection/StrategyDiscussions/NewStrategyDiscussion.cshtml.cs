namespace Haven.Web.Features.ChildProtection.StrategyDiscussions;

/// <summary>Records a strategy discussion; deciding on a section 47 enquiry goes straight on to starting it.</summary>
public sealed class NewStrategyDiscussionModel(HavenDbContext db, TimeProvider clock, StrategyDiscussionService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public ChildProtectionEpisodePart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ChildProtectionEpisodePart.OpenAsync(records, Url, PersonId, ReferralId, ct);

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Chair { get; set; }
    [BindProperty] public List<PersonRow> Participants { get; set; } = PersonRow.Blank(4);
    [BindProperty] public StrategyDecision? Decision { get; set; }
    [BindProperty] public string? Rationale { get; set; }

    /// <summary>Set once the worker has seen the warning that only police and social care took part.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    public bool ShowPoliceAndSocialCareWarning { get; private set; }

    public IActionResult OnGet()
    {
        HeldOn = DateInput.From(Today);
        return Page();
    }

    public IActionResult OnPostAddRow()
    {
        ModelState.Clear();
        Participants = PersonRow.WithRoomFor(Participants, 2);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date of the strategy discussion", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        var people = Participants.Select(p => new ChildProtectionChecks.Participant(p.Name, p.Agency)).ToList();
        AddErrors(ChildProtectionChecks.ValidateStrategyDiscussion(held.Date, Part.Referral.ReferralDate, Today, Chair, people, Decision, Rationale));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        if (ChildProtectionChecks.OnlyPoliceAndSocialCare(people) && !Confirmed)
        {
            ShowPoliceAndSocialCareWarning = true;
            return Page();
        }
        var discussion = await service.RecordStrategyDiscussionAsync(PersonId, ReferralId,
            new StrategyDiscussionDetails(held.Date!.Value, Chair!, people, Decision!.Value, Rationale!), ct);
        if (discussion.Decision == StrategyDecision.StartSection47)
        {
            TempData["Success"] = "Strategy discussion recorded. Start the section 47 enquiry now";
            return RedirectToPage("/ChildProtection/Section47Enquiries/StartSection47", new { personId = PersonId, referralId = ReferralId, strategyDiscussionId = discussion.Id });
        }
        TempData["Success"] = "Strategy discussion recorded";
        return Redirect(Part.EpisodeUrl);
    }
}
