using Haven.Data;
using Haven.Domain.ChildProtection;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>
/// A service manager agrees a decision not to hold a conference after harm was substantiated (Ofsted: such
/// decisions were made prematurely and never seen by a senior manager). To disagree, they ask the worker to
/// change the outcome.
/// </summary>
public sealed class AgreeSection47Model(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : Section47PageModel(db, clock)
{
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadEnquiryAsync(ct) is { } stop)
        {
            return stop;
        }
        return ChildProtectionChecks.AwaitsSeniorManager(Enquiry) ? Page() : Refuse("This enquiry has no outcome waiting for a service manager.");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadEnquiryAsync(ct) is { } stop)
        {
            return stop;
        }
        if (!ChildProtectionChecks.AwaitsSeniorManager(Enquiry))
        {
            return Refuse("This enquiry has no outcome waiting for a service manager.");
        }
        await service.AgreeSection47Async(EnquiryId, Note, ct);
        TempData["Success"] = "Decision agreed. The section 47 enquiry is complete";
        return Redirect(EpisodeUrl);
    }
}
