using Haven.Domain.Escalations;
using Haven.Web.Infrastructure.Authorisation;
using Microsoft.AspNetCore.Authorization;

namespace Haven.Web.Features.Escalations;

/// <summary>A plan's escalations and quality notes, and for a chair the links to add them.</summary>
public sealed record PlanChallengesView(Guid PersonId, PlanKind Kind, Guid PlanId, bool CanChallenge,
    IReadOnlyList<Escalation> Escalations, IReadOnlyList<ChairQualityNote> Notes);

/// <summary>
/// The independent reviewer's part of a plan page: escalations about the plan with their stage, and the chair's
/// quality notes. Any plan page shows it with its kind and id, so a care plan page can too when it exists.
/// </summary>
public sealed class PlanChallengesViewComponent(HavenDbContext db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId, PlanKind kind, Guid planId, bool planOpen)
    {
        var ct = HttpContext.RequestAborted;
        var escalations = await db.Escalations.AsNoTracking().Include(e => e.Steps)
            .Where(e => e.PersonId == personId && e.ConcernsKind == kind && e.ConcernsId == planId).OrderBy(e => e.RaisedOn).ToListAsync(ct);
        var notes = await db.ChairQualityNotes.AsNoTracking()
            .Where(n => n.PersonId == personId && n.ConcernsKind == kind && n.ConcernsId == planId).OrderByDescending(n => n.WrittenOn).ToListAsync(ct);
        var canChallenge = planOpen && (await authorization.AuthorizeAsync(HttpContext.User, Capabilities.ChallengePlans)).Succeeded;
        // By path: component views are otherwise looked up beside the calling page, in another feature's folder.
        return View("/Features/Escalations/Components/PlanChallenges/Default.cshtml", new PlanChallengesView(personId, kind, planId, canChallenge, escalations, notes));
    }
}
