using Microsoft.AspNetCore.Antiforgery;

namespace Haven.Web.Infrastructure;

/// <summary>
/// Reads a return's upload form only once its declared size is acceptable and its antiforgery token is good. Pages
/// that take large files switch off the automatic antiforgery check ([IgnoreAntiforgeryToken]) because that check
/// reads the whole body first: a 2 GB upload would then break the connection instead of getting a plain message.
/// </summary>
public static class LargeUpload
{
    /// <summary>
    /// The form, or null with the refusal already added to <paramref name="field"/>'s errors and the response to
    /// return in <paramref name="refusal"/>.
    /// </summary>
    /// <param name="tooLarge">Said when the request is bigger than <paramref name="maxBytes"/>.</param>
    /// <param name="unreadable">Said when the body is malformed or the token is wrong: the sender's fault, so a 400.</param>
    public static async Task<(IFormCollection? Form, IActionResult? Refusal)> ReadFormAsync(
        PageModel page, IAntiforgery antiforgery, long maxBytes, string field, string tooLarge, string unreadable,
        CancellationToken ct)
    {
        if (page.Request.ContentLength is { } length && length > maxBytes)
        {
            // Refuse before reading: the connection is closed after the response, and nothing was stored.
            page.ModelState.AddModelError(field, tooLarge);
            page.Response.Headers.Connection = "close";
            return (null, page.Page());
        }
        try
        {
            await antiforgery.ValidateRequestAsync(page.HttpContext);
            return (await page.Request.ReadFormAsync(ct), null);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException)
        {
            // A file name with control characters or a broken multipart body is the sender's fault: say so with
            // 400, never a server error.
            page.ModelState.AddModelError(field, unreadable);
            return (null, page.InvalidPage());
        }
    }
}
