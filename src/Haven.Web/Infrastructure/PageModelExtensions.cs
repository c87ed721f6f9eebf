namespace Haven.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>Redisplays the page with its validation errors, as a 400 so tests and tools see the refusal.</summary>
    public static PageResult InvalidPage(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }
}
