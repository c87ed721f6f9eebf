namespace Haven.Web.Features.FrontDoor;

/// <summary>Referrals sent through the public form that no one has dealt with yet.</summary>
public sealed class PartnerQueueModel(PartnerQueueService queue) : PageModel
{
    public IReadOnlyList<PartnerSubmission> Submissions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Submissions = await queue.NewAsync(ct);
}
