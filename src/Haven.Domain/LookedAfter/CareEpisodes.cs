namespace Haven.Domain.LookedAfter;

/// <summary>One SSDA903 episode: a stretch of a period of care with one legal status and one placement.</summary>
public sealed record CareEpisode(
    DateOnly Start,
    string ReasonForNewEpisode,
    string LegalStatus,
    string CategoryOfNeed,
    string PlacementType,
    string? Provider,
    string? PlacementPostcode,
    string? Urn,
    DateOnly? End,
    string? ReasonCeased,
    string? ReasonForPlacementChange);

/// <summary>
/// Derives the return's episodes from what was recorded. A new episode starts whenever the legal status or the
/// placement changes; its reason for new episode (RNE) says which changed and whether the carers did. Every episode but
/// the last ends with X1 on the day the next begins; the last ends with the period's own reason. A period whose legal
/// statuses or placements do not cover it (checked by <see cref="CareRules.CheckPeriod"/>) gives no episodes.
/// </summary>
public static class CareEpisodes
{
    public static IReadOnlyList<CareEpisode> From(PeriodOfCare period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var changes = period.LegalStatuses.Select(s => s.From)
            .Concat(period.Placements.Select(p => p.Start))
            .Append(period.Start)
            .Where(d => d >= period.Start && (period.End is not { } end || d < end))
            .Distinct()
            .Order()
            .ToList();

        var episodes = new List<CareEpisode>();
        (string LegalStatus, CarePlacement Placement)? previous = null;
        foreach (var day in changes)
        {
            if (period.LegalStatusOn(day) is not { } legalStatus || period.PlacementOn(day) is not { } placement)
            {
                return [];
            }
            if (previous is { } was && was.LegalStatus == legalStatus && was.Placement == placement)
            {
                continue;
            }

            var reason = previous is not { } before ? "S" : ReasonForNewEpisode(
                legalStatusChanged: before.LegalStatus != legalStatus,
                placementChanged: before.Placement != placement,
                carersChanged: before.Placement.CarerId != placement.CarerId);
            if (episodes.Count > 0)
            {
                var last = episodes[^1];
                var placementChanged = previous!.Value.Placement != placement;
                episodes[^1] = last with
                {
                    End = day,
                    ReasonCeased = LookedAfterCodes.NewEpisodeSameDay,
                    // The DfE wants no reason when a temporary placement ends (validator rule 226): the child goes back.
                    ReasonForPlacementChange = placementChanged && !LookedAfterCodes.Temporary.Contains(previous.Value.Placement.PlacementType)
                        ? previous.Value.Placement.ReasonForChange
                        : null,
                };
            }
            episodes.Add(new CareEpisode(day, reason, legalStatus, period.CategoryOfNeed, placement.PlacementType,
                LookedAfterCodes.ProviderNotRecorded.Contains(placement.PlacementType) ? null : placement.Provider,
                placement.Postcode, placement.Urn, null, null, null));
            previous = (legalStatus, placement);
        }

        if (episodes.Count > 0 && period.End is { } ended)
        {
            episodes[^1] = episodes[^1] with { End = ended, ReasonCeased = period.ReasonCeased };
        }
        return episodes;
    }

    /// <summary>RNE: S (first), L (legal status only), P or T (placement only, new or same carers), B or U (both).</summary>
    public static string ReasonForNewEpisode(bool legalStatusChanged, bool placementChanged, bool carersChanged) =>
        (legalStatusChanged, placementChanged, carersChanged) switch
        {
            (true, false, _) => "L",
            (false, true, true) => "P",
            (false, true, false) => "T",
            (true, true, true) => "B",
            (true, true, false) => "U",
            _ => throw new ArgumentException("A new episode needs a change of legal status or placement."),
        };
}
