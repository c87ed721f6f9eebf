using Haven.Data;
using Haven.Domain.ChildProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Base for the pages that change one section 47 enquiry of the episode while it is in progress.</summary>
public abstract class Section47PageModel(HavenDbContext db, TimeProvider clock) : ChildProtectionPageModel(db, clock)
{
    [FromRoute] public Guid EnquiryId { get; set; }

    public Section47Enquiry Enquiry { get; private set; } = null!;

    protected async Task<IActionResult?> LoadEnquiryAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        var enquiry = await Db.Section47Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == EnquiryId && e.ReferralId == ReferralId && e.PersonId == PersonId, ct);
        if (enquiry is null)
        {
            return NotFound();
        }
        Enquiry = enquiry;
        return enquiry.CompletedOn is null ? null : Refuse("This section 47 enquiry is complete, so it cannot be changed.");
    }
}
