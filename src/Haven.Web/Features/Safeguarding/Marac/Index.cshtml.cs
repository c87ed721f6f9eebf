using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.Marac;

/// <summary>The child's family's referrals to MARAC, latest first, each with its risk level, whether it was a repeat, the meeting and the actions.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<(MaracReferral Referral, bool Repeat)> Referrals { get; private set; } = [];

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Referrals = [.. MaracRepeat.Flag(await records.MaracReferralsAsync(PersonId, ct)).Reverse()];

    public IActionResult OnGet() => Page();

    public static string AddressFor(Guid personId) => $"/people/{personId}/marac";
}
