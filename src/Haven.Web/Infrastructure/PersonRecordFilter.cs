using Microsoft.AspNetCore.Mvc.Filters;

namespace Haven.Web.Infrastructure;

/// <summary>
/// Global page filter: any page whose route carries {personId} is a page of that person's record, so the
/// access check and the view log happen here, once, and a new page cannot forget them. Only then does it load
/// what the page declared it needs (<see cref="IRecordPage"/>): loading runs here rather than in the page model's
/// own filter method because Razor Pages runs a page model's filter methods before global filters, and nothing
/// of a record may be read before the access check.
/// </summary>
public sealed class PersonRecordFilter(RecordAccess access, RecordLoader records, AuditTrail audit) : IAsyncPageFilter
{
    public const string DecisionItem = "haven:access-decision";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue("personId", out var raw) || !Guid.TryParse(raw?.ToString(), out var personId))
        {
            await next();
            return;
        }
        var ct = context.HttpContext.RequestAborted;
        var decision = await access.DecideAsync(personId, ct);
        context.HttpContext.Items[DecisionItem] = decision;

        // The pages that explain a refusal, or let someone ask for break-glass, must open without access.
        var path = context.ActionDescriptor.ViewEnginePath;
        if (path is BreakGlassPage or NoAccessPage)
        {
            await next();
            return;
        }
        if (!decision.CanView)
        {
            await audit.RecordRefusedAsync(personId, path, $"the record's access rules refuse it ({decision.Outcome})", ct);
            context.Result = new RedirectToPageResult(
                decision.Outcome == AccessOutcome.BreakGlassAvailable ? BreakGlassPage : NoAccessPage, new { personId });
            return;
        }
        var isWrite = !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method);
        if (isWrite && !decision.CanEdit)
        {
            await audit.RecordRefusedAsync(personId, path, "a change by someone who may only read this record", ct);
            context.Result = new RedirectToPageResult(NoAccessPage, new { personId, reason = "read-only" });
            return;
        }
        await access.LogViewAsync(personId, context.ActionDescriptor.ViewEnginePath, decision, ct);
        if (context.HandlerInstance is IRecordPage page && await page.LoadRecordAsync(records, ct) is { } stop)
        {
            context.Result = stop;
            return;
        }
        await next();
    }

    public const string BreakGlassPage = "/People/Record/BreakGlass";
    public const string NoAccessPage = "/People/Record/NoAccess";
}

/// <summary>A page of a child's record that loads what it shows once, before its handler runs.</summary>
public interface IRecordPage
{
    /// <summary>Loads the page's parts of the record: null to run the handler, otherwise the result instead (404 or a refusal).</summary>
    Task<Microsoft.AspNetCore.Mvc.IActionResult?> LoadRecordAsync(RecordLoader records, CancellationToken ct);
}
