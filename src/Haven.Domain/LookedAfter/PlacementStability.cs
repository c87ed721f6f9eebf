namespace Haven.Domain.LookedAfter;

/// <summary>
/// The two placement stability measures inspectors and the scorecard use (former NI 62 and NI 63, now DfE
/// indicators A1-A2 style): short-term, three or more placements in the year; long-term, for children under 16 in care
/// for two and a half years or more, the same placement for at least two years. Temporary placements (T0-T4) are not
/// moves, and short breaks (V3/V4) are left out, as in the DfE's definitions.
/// </summary>
public static class PlacementStability
{
    /// <summary>
    /// How many placements the child had during the year: each placement (other than temporary ones) that was open on
    /// any day from <paramref name="yearStart"/> to <paramref name="yearEnd"/>, in any period of care.
    /// </summary>
    public static int PlacementsDuring(IEnumerable<PeriodOfCare> periods, DateOnly yearStart, DateOnly yearEnd) =>
        periods.Where(p => !p.IsShortBreaks)
            .SelectMany(p => p.Placements)
            .Count(pl => !LookedAfterCodes.Temporary.Contains(pl.PlacementType)
                && pl.Start <= yearEnd && (pl.End is not { } end || end > yearStart));

    /// <summary>Looked after at the year end with three or more placements during the year: the short-term instability measure.</summary>
    public static bool HadThreeOrMorePlacements(IEnumerable<PeriodOfCare> periods, DateOnly yearStart, DateOnly yearEnd)
    {
        var list = periods.ToList();
        return list.Any(p => !p.IsShortBreaks && p.IsOpenOn(yearEnd)) && PlacementsDuring(list, yearStart, yearEnd) >= 3;
    }

    /// <summary>
    /// The long-term measure for one child at the year end: null when the child is not in it (16 or over, not looked after
    /// continuously for 2.5 years, or on short breaks); otherwise whether they have been with the same carers for at least
    /// two years. A move to a new home with the same carers, a temporary move, and being placed for adoption with the
    /// foster carers all keep the placement continuous.
    /// </summary>
    public static bool? SamePlacementForTwoYears(PeriodOfCare current, DateOnly bornOn, DateOnly yearEnd)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.IsShortBreaks || !current.IsOpenOn(yearEnd) || yearEnd >= bornOn.AddYears(16) || current.Start > yearEnd.AddMonths(-30))
        {
            return null;
        }
        var settled = current.Placements
            .Where(p => !LookedAfterCodes.Temporary.Contains(p.PlacementType) && p.Start <= yearEnd)
            .OrderBy(p => p.Start)
            .ToList();
        if (settled.Count == 0)
        {
            return false;
        }
        var since = settled[^1].Start;
        for (var i = settled.Count - 2; i >= 0 && settled[i].CarerId == settled[^1].CarerId; i--)
        {
            since = settled[i].Start;
        }
        return since <= yearEnd.AddYears(-2);
    }
}
