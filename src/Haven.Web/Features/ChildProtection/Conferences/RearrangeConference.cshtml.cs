namespace Haven.Web.Features.ChildProtection.Conferences;

/// <summary>Moves a conference to another date with the reason; the first date and the due date are kept.</summary>
public sealed class RearrangeConferenceModel(HavenDbContext db, TimeProvider clock, ConferenceService service, ChildProtectionQueries queries) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid ConferenceId { get; set; }
    public ConferencePart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await ConferencePart.OpenAsync(records, queries, PersonId, ReferralId, ConferenceId,
            Url.SocialCareEpisode(PersonId, ReferralId), Url.ChildProtectionSummary(PersonId, ReferralId), Today, ct);
    }

    [BindProperty] public DateInput ScheduledFor { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = DateInputValidation.Validate(ScheduledFor, "the new date", required: true, today: Today);
        date.AddTo(ModelState, nameof(ScheduledFor));
        var earliest = await service.EarliestDateAsync(Part.Conference, ct);
        AddErrors(ChildProtectionChecks.ValidateRearrangement(date.Date, Part.Conference.ScheduledFor, earliest, Reason, WorkingDayCalendar.EnglandAndWales));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.RearrangeConferenceAsync(ConferenceId, date.Date!.Value, Reason!, ct);
        TempData["Success"] = date.Date > Part.DueOn
            ? $"Conference moved to {ChildProtectionText.Date(date.Date!.Value)}, after it is due on {ChildProtectionText.Date(Part.DueOn)}: it will count as late"
            : $"Conference moved to {ChildProtectionText.Date(date.Date!.Value)}";
        return Redirect(Part.EpisodeUrl);
    }
}
