using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Starts a section 47 enquiry, showing from the start when the initial conference is due.</summary>
public sealed class StartSection47Model(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : ChildProtectionPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)] public Guid? StrategyDiscussionId { get; set; }
    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public bool? JointWithPolice { get; set; }
    [BindProperty] public string? WorkerUserId { get; set; }

    public StrategyDiscussion? Discussion { get; private set; }
    public IReadOnlyList<(string Id, string Name)> Workers { get; private set; } = [];

    public DateOnly InitialConferenceDue => ChildProtectionChecks.InitialConferenceDueOn(Discussion?.HeldOn, Discussion?.HeldOn ?? LocalToday, WorkingDayCalendar.EnglandAndWales);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }
        StartDate = DateInput.From(Discussion?.HeldOn ?? LocalToday);
        WorkerUserId = Referral.AllocatedWorkerUserId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }
        var start = DateInputValidation.Validate(StartDate, "the start date", required: true, today: LocalToday);
        start.AddTo(ModelState, nameof(StartDate));
        AddErrors(ChildProtectionChecks.ValidateSection47Start(start.Date, Referral.ReferralDate, Discussion?.HeldOn, LocalToday, JointWithPolice));
        if (string.IsNullOrEmpty(WorkerUserId) || Workers.All(w => w.Id != WorkerUserId))
        {
            ModelState.AddModelError(nameof(WorkerUserId), "Select the social worker leading the enquiry");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        Domain.ChildProtection.Section47Enquiry enquiry;
        try
        {
            enquiry = await service.StartSection47Async(PersonId, ReferralId, Discussion?.Id, start.Date!.Value, JointWithPolice!.Value, WorkerUserId, ct);
        }
        catch (CaseRuleException e)
        {
            AddErrors(e.Errors);
            return this.InvalidPage();
        }
        TempData["Success"] = $"Section 47 enquiry started. The initial child protection conference is due by {ChildProtectionText.Date(ChildProtectionChecks.InitialConferenceDueOn(Discussion?.HeldOn, enquiry.StartDate, WorkingDayCalendar.EnglandAndWales))}";
        return Redirect(EpisodeUrl);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        var discussions = Db.StrategyDiscussions.AsNoTracking().Where(d => d.ReferralId == ReferralId && d.PersonId == PersonId);
        Discussion = StrategyDiscussionId is { } id
            ? await discussions.SingleOrDefaultAsync(d => d.Id == id, ct)
            : await discussions.Where(d => d.Decision == StrategyDecision.StartSection47).OrderByDescending(d => d.HeldOn).FirstOrDefaultAsync(ct);
        if (StrategyDiscussionId is not null && Discussion is null)
        {
            return NotFound();
        }
        if (await Db.Section47Enquiries.AnyAsync(e => e.ReferralId == ReferralId && e.CompletedOn == null, ct))
        {
            return Refuse("This episode already has a section 47 enquiry in progress.");
        }
        var role = await Db.Roles.Where(r => r.Name == Roles.SocialWorker).Select(r => r.Id).SingleAsync(ct);
        Workers = (await Db.Users.AsNoTracking().Where(u => Db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName)).ToList();
        return null;
    }
}
