using Microsoft.AspNetCore.Mvc.Filters;

namespace Haven.Web.Features.Documents;

/// <summary>
/// Turns away an upload bigger than the page's request limit before anything reads the body, sending the worker
/// back to the form with the size message. Without it the antiforgery check would fail reading the oversized form
/// and the worker would see a bare "problem with the request" page.
/// </summary>
public sealed class UploadTooLargeFilter(long limitBytes) : IAuthorizationFilter, IOrderedFilter
{
    // Before RequestSizeLimit (900) and antiforgery (1000), which both touch the body.
    public int Order => 800;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength > limitBytes)
        {
            // 303: the browser asks for the form again with GET, not the huge POST again.
            context.HttpContext.Response.Headers.Location = $"{request.PathBase}{request.Path}?tooLarge=true";
            // The body is not read, so the connection cannot be reused for another request.
            context.HttpContext.Response.Headers.Connection = "close";
            context.Result = new StatusCodeResult(StatusCodes.Status303SeeOther);
        }
    }
}
