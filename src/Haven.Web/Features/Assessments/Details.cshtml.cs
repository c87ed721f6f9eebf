using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Casework;
using Haven.Web.Features.Casework;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.Assessments;

/// <summary>One assessment, section by section, with its clock; printable. The social worker submits it from here.</summary>
public sealed class DetailsModel(HavenDbContext db, TimeProvider clock, LocalTimescales local, AssessmentService assessments, CurrentUser user)
    : AssessmentPageModel(db, clock, local)
{
    public bool IsManager => user.IsInRole(Role.TeamManager) || user.IsInRole(Role.ServiceManager);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAssessmentAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        if (!await LoadAssessmentAsync(ct))
        {
            return NotFound();
        }
        try
        {
            await assessments.SubmitAsync(AssessmentId, ct);
        }
        catch (CaseRuleException e)
        {
            // The sections live on their own pages, so the messages link to the section that needs finishing.
            foreach (var message in e.Errors.Values)
            {
                ModelState.AddModelError("", message);
            }
            return this.InvalidPage();
        }
        TempData["Success"] = "Assessment submitted to a manager for authorisation";
        return Redirect(AssessmentUrl);
    }
}
