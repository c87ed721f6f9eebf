using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Records the outcome of an enquiry; a decision against conference after substantiated harm waits for a service manager.</summary>
public sealed class CompleteSection47Model(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : Section47PageModel(db, clock)
{
    [BindProperty] public DateInput CompletedOn { get; set; } = new();
    [BindProperty] public Section47Outcome? Outcome { get; set; }
    [BindProperty] public string? Rationale { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadEnquiryAsync(ct) is { } stop)
        {
            return stop;
        }
        CompletedOn = DateInput.From(LocalToday);
        Outcome = Enquiry.Outcome;
        Rationale = Enquiry.OutcomeRationale;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadEnquiryAsync(ct) is { } stop)
        {
            return stop;
        }
        var done = DateInputValidation.Validate(CompletedOn, "the date the enquiry ended", required: true, today: LocalToday);
        done.AddTo(ModelState, nameof(CompletedOn));
        AddErrors(ChildProtectionChecks.ValidateSection47Completion(done.Date, Enquiry.StartDate, LocalToday, Outcome, Rationale));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var counted = await service.CompleteSection47Async(EnquiryId, done.Date!.Value, Outcome!.Value, Rationale!, ct);
        TempData["Success"] = counted
            ? "Section 47 enquiry completed"
            : "Outcome recorded. A service manager must agree it before the enquiry ends";
        return Redirect(EpisodeUrl);
    }
}
