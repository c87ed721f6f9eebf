using Haven.Domain.Fostering;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>
/// What the household's pages share: the household from the route (a 404 when there is none), loaded before the
/// handler runs, and a rule's problems shown by this page's fields. A household is not a person's record, so these
/// pages derive from PageModel, as the carers register's do.
/// </summary>
public abstract class HouseholdPageModel(FosteringService fostering, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid CarerId { get; set; }

    public Carer Carer { get; private set; } = null!;
    public HouseholdJourney Journey { get; private set; } = null!;
    public DateOnly Today { get; } = UkClock.Today(clock);

    protected FosteringService Fostering => fostering;

    public string HouseholdUrl => $"/fostering/{CarerId}";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await fostering.FindAsync(CarerId, tracked: false, HttpContext.RequestAborted) is not { } found)
        {
            context.Result = NotFound();
            return;
        }
        (Carer, Journey) = found;
        await next();
    }

    /// <summary>Shows a rule's problems by this page's fields (domain name → property), keeping a field's first error.</summary>
    protected void AddErrors(RuleResult result, IReadOnlyDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var problem in result.Problems)
        {
            var key = problem.Field.Length == 0 ? "" : fields?.GetValueOrDefault(problem.Field) ?? problem.Field;
            if (key.Length == 0 || ModelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                ModelState.AddModelError(key, problem.Message);
            }
        }
    }

    /// <summary>A whole number typed in a box, or an error by the field; empty is none.</summary>
    protected int? Number(string? typed, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        if (int.TryParse(typed.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        ModelState.AddModelError(field, message);
        return null;
    }
}
