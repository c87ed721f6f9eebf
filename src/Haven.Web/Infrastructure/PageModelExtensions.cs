using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>Redisplays the page with its validation errors, as a 400 so tests and tools see the refusal.</summary>
    public static PageResult InvalidPage(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }

    /// <summary>
    /// Shows a rule's problems by the page's fields (domain field name to page property through
    /// <paramref name="fields"/>, or the same name), keeping a field's first error (a date that would not parse, say).
    /// </summary>
    public static void AddErrors(this ModelStateDictionary state, RuleResult result, IReadOnlyDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var problem in result.Problems)
        {
            var key = problem.Field.Length == 0 ? "" : fields?.GetValueOrDefault(problem.Field) ?? problem.Field;
            if (key.Length == 0 || state.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                state.AddModelError(key, problem.Message);
            }
        }
    }
}
