namespace Haven.Web.Features.Home;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; } = 500;

    public void OnGet(int? code) => Status = code ?? 500;

    public void OnPost(int? code) => Status = code ?? 500;
}
