namespace Haven.Domain.LookedAfter;

/// <summary>A legal status from a date until the next one (or the end of the period of care).</summary>
public sealed record LegalStatusFrom(DateOnly From, string LegalStatus);

/// <summary>
/// Where a looked-after child lived, from <see cref="Start"/> to <see cref="End"/> (open while null). The carer
/// identifies who cares for the child (a fostering household, a home), so that a move to a different home with the same
/// carers is told apart from a move to new carers, as the return's reasons for a new episode need.
/// </summary>
public sealed record CarePlacement(
    DateOnly Start,
    DateOnly? End,
    string PlacementType,
    string? Provider,
    string CarerId,
    string? Postcode = null,
    string? Urn = null,
    string? ReasonForChange = null);

/// <summary>
/// A period of being looked after: from the day the child came into care to the day they left. Legal statuses and
/// placements are recorded as they happen; the SSDA903 episodes are derived from them (see <see cref="CareEpisodes"/>),
/// so nobody types an episode row.
/// </summary>
public sealed record PeriodOfCare(
    DateOnly Start,
    string CategoryOfNeed,
    IReadOnlyList<LegalStatusFrom> LegalStatuses,
    IReadOnlyList<CarePlacement> Placements,
    DateOnly? End = null,
    string? ReasonCeased = null)
{
    public bool IsOpenOn(DateOnly date) => Start <= date && (End is not { } end || date < end);

    /// <summary>The legal status on a date: the latest one that began on or before it.</summary>
    public string? LegalStatusOn(DateOnly date) =>
        LegalStatuses.Where(s => s.From <= date).OrderBy(s => s.From).LastOrDefault()?.LegalStatus;

    /// <summary>The placement the child was in on a date (a placement ending that day has already ended).</summary>
    public CarePlacement? PlacementOn(DateOnly date) =>
        Placements.Where(p => p.Start <= date && (p.End is not { } end || date < end)).OrderBy(p => p.Start).LastOrDefault();

    /// <summary>Short breaks (V3/V4) have their own review clock and are left out of stability measures.</summary>
    public bool IsShortBreaks => LegalStatusOn(Start) is { } ls && LookedAfterCodes.ShortBreaks.Contains(ls);
}
