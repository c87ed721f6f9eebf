namespace Haven.Web.Features.ChildProtection.Conferences;

/// <summary>
/// Books an initial or review conference. A date after the due date is allowed, because sometimes it cannot be
/// helped, but only once the worker has seen that it will be late.
/// </summary>
public sealed class ScheduleConferenceModel(HavenDbContext db, TimeProvider clock, ConferenceService service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public ChildProtectionEpisodePart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ChildProtectionEpisodePart.OpenAsync(records, Url, PersonId, ReferralId, ct);

    [BindProperty(SupportsGet = true)] public ConferenceType Type { get; set; } = ConferenceType.Initial;
    [BindProperty] public DateInput ScheduledFor { get; set; } = new();

    /// <summary>Set once the worker has seen that the date is after the due date.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    public DateOnly? DueOn { get; private set; }
    public bool ShowLateWarning { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadContextAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var context = await LoadContextAsync(ct);
        var date = DateInputValidation.Validate(ScheduledFor, "the date of the conference", required: true, today: Today);
        date.AddTo(ModelState, nameof(ScheduledFor));
        if (context is { } c)
        {
            AddErrors(ChildProtectionChecks.ValidateSchedule(date.Date, c, Domain.Calendar.WorkingDayCalendar.EnglandAndWales));
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        if (date.Date > DueOn && !Confirmed)
        {
            ShowLateWarning = true;
            return Page();
        }
        var conference = await service.ScheduleConferenceAsync(PersonId, ReferralId, Type, date.Date!.Value, ct);
        TempData["Success"] = $"{ChildProtectionText.ConferenceName(Type)} booked for {ChildProtectionText.Date(conference.ScheduledFor)}";
        return Redirect(Part.EpisodeUrl);
    }

    /// <summary>The due date and earliest date, or the reason this conference cannot be booked, shown on the date field.</summary>
    private async Task<ConferenceEarliest?> LoadContextAsync(CancellationToken ct)
    {
        try
        {
            var (earliest, due, _, _) = await service.ScheduleContextAsync(PersonId, ReferralId, Type, ct);
            DueOn = due;
            return earliest;
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Errors);
            return null;
        }
    }
}
