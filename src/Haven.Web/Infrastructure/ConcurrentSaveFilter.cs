using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Haven.Web.Infrastructure;

/// <summary>
/// The safety net under decision 0010: a save that met someone else's save of the same record in the moment between
/// reading and writing (a <see cref="DbUpdateConcurrencyException"/> that the page did not turn into a conflict page)
/// was rolled back whole. Rather than an error page, the user is sent to the record, as it is now, and told to
/// check it and make their change again.
/// </summary>
public sealed class ConcurrentSaveFilter(ITempDataDictionaryFactory tempData) : IAsyncPageFilter
{
    public const string Message = "Someone else saved this record at the same moment, so your change was not saved. Check the record and make your change again.";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DbUpdateConcurrencyException || executed.ExceptionHandled)
        {
            return;
        }
        executed.ExceptionHandled = true;
        tempData.GetTempData(context.HttpContext)["Problem"] = Message;
        var request = context.HttpContext.Request;
        executed.Result = context.RouteData.Values.TryGetValue("personId", out var personId) && personId is not null
            ? new RedirectResult($"/people/{personId}")
            : new RedirectResult($"{request.PathBase}{request.Path}{request.QueryString}");
    }
}
