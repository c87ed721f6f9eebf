namespace Haven.Web.Features.FrontDoor;

/// <summary>
/// The front door at a glance for the managers who run it: the queue and its clocks, this week's decisions,
/// feedback owed to referrers, re-referrals and where contacts come from. Every figure links to its list.
/// </summary>
public sealed class DashboardModel(FrontDoorQueries queries) : PageModel
{
    public FrontDoorFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await queries.FiguresAsync(ct);
}
