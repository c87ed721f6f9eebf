using Haven.Domain.Safeguarding;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Haven.Web.Features.Lado;

/// <summary>
/// What an allegation's pages share: the allegation from the route (a 404 when there is none), loaded before the
/// handler runs. An allegation is not a child's record, so these pages derive from PageModel, as a household's do.
/// </summary>
public abstract class AllegationPageModel(AllegationService allegations) : PageModel
{
    [FromRoute] public Guid AllegationId { get; set; }

    public Allegation Allegation { get; private set; } = null!;

    public DateOnly Today => allegations.Today;

    protected AllegationService Allegations => allegations;

    public string AllegationUrl => $"/lado/{AllegationId}";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await allegations.FindAsync(AllegationId, HttpContext.RequestAborted) is not { } found)
        {
            context.Result = NotFound();
            return;
        }
        Allegation = found;
        await next();
    }
}
