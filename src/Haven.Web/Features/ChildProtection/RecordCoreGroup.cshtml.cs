using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Records a core group meeting: when, who came and the progress against the plan.</summary>
public sealed class RecordCoreGroupModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : PlanPageModel(db, clock)
{
    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public string? Progress { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        HeldOn = DateInput.From(LocalToday);
        var members = await Db.CoreGroupMembers.AsNoTracking().Where(m => m.PlanId == PlanId).OrderBy(m => m.Agency).ToListAsync(ct);
        Attendees = string.Join(Environment.NewLine, members.Select(m => $"{m.Name} ({m.Agency})"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        var held = DateInputValidation.Validate(HeldOn, "the date of the core group", required: true, today: LocalToday);
        held.AddTo(ModelState, nameof(HeldOn));
        AddErrors(ChildProtectionChecks.ValidateCoreGroupMeeting(held.Date, Plan.StartDate, LocalToday, Attendees, Progress));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.RecordCoreGroupAsync(PlanId, held.Date!.Value, Attendees!, Progress!, ct);
        TempData["Success"] = "Core group recorded";
        return Redirect(PlanUrl + "#core-group");
    }
}
