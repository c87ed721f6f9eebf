using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Records when the child was seen in the enquiry, and whether alone.</summary>
public sealed class ChildSeenModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : Section47PageModel(db, clock)
{
    [BindProperty] public DateInput SeenOn { get; set; } = new();
    [BindProperty] public bool? SeenAlone { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadEnquiryAsync(ct) is { } stop)
        {
            return stop;
        }
        SeenOn = DateInput.From(Enquiry.ChildSeenOn ?? LocalToday);
        SeenAlone = Enquiry.SeenAlone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadEnquiryAsync(ct) is { } stop)
        {
            return stop;
        }
        var seen = DateInputValidation.Validate(SeenOn, "the date the child was seen", required: true, today: LocalToday);
        seen.AddTo(ModelState, nameof(SeenOn));
        AddErrors(ChildProtectionChecks.ValidateChildSeen(seen.Date, SeenAlone, Enquiry.StartDate, LocalToday));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.RecordChildSeenAsync(EnquiryId, seen.Date!.Value, SeenAlone!.Value, ct);
        TempData["Success"] = "Recorded when the child was seen";
        return Redirect(EpisodeUrl);
    }
}
