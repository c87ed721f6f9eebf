using Haven.Data;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Moves a conference to another date with the reason; the first date and the due date are kept.</summary>
public sealed class RearrangeConferenceModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service, ChildProtectionQueries queries) : ConferencePageModel(db, clock)
{
    [BindProperty] public DateInput ScheduledFor { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadConferenceAsync(queries, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadConferenceAsync(queries, ct) is { } stop)
        {
            return stop;
        }
        var date = DateInputValidation.Validate(ScheduledFor, "the new date", required: true, today: LocalToday);
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
