namespace Haven.Web.Features.ChildProtection.Conferences;

/// <summary>Moves a conference to another date with the reason; the first date and the due date are kept.</summary>
public sealed class RearrangeConferenceModel(HavenDbContext db, TimeProvider clock, ConferenceService service, ChildProtectionQueries queries) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid ConferenceId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public ChildProtectionConference Conference { get; private set; } = null!;
    /// <summary>The day the conference is due: it does not move when the conference is re-arranged.</summary>
    public DateOnly DueOn { get; private set; }
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);
    public string SummaryUrl => Url.ChildProtectionSummary(PersonId, ReferralId);
    public string EpisodeName => EpisodeNames.Of(Referral);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.OpenReferralAsync(PersonId, ReferralId, SummaryUrl, ct);
        Conference = await records.ConferenceBeforeItIsHeldAsync(PersonId, ReferralId, ConferenceId, SummaryUrl, ct);
        var work = await queries.ForEpisodeAsync(PersonId, ReferralId, Today, ct);
        DueOn = work.Conferences.Single(c => c.Conference.Id == ConferenceId).Status.DueDate;
    }

    [BindProperty] public DateInput ScheduledFor { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = DateInputValidation.Validate(ScheduledFor, "the new date", required: true, today: Today);
        date.AddTo(ModelState, nameof(ScheduledFor));
        var (notBefore, what) = await service.EarliestDateAsync(Conference, ct);
        AddErrors(ChildProtectionChecks.ValidateRearrangement(date.Date, Conference.ScheduledFor, notBefore, what, Reason, WorkingDayCalendar.EnglandAndWales));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.RearrangeConferenceAsync(ConferenceId, date.Date!.Value, Reason!, ct);
        TempData["Success"] = date.Date > DueOn
            ? $"Conference moved to {ChildProtectionText.Date(date.Date!.Value)}, after it is due on {ChildProtectionText.Date(DueOn)}: it will count as late"
            : $"Conference moved to {ChildProtectionText.Date(date.Date!.Value)}";
        return Redirect(EpisodeUrl);
    }
}
