namespace Haven.Web.Features.LookedAfter;

/// <summary>One placement as the care record shows it, with how far it is from the child's home.</summary>
public sealed record PlacementLine(Placement Placement, double? KilometresFromHome);

/// <summary>
/// The care record of one child, worked out from what was recorded: the period now (or the last one), its history,
/// the SSDA903 episodes as the return will read them, placement stability and distances from home. Pure, so the
/// page and the benchmark build it the same way.
/// </summary>
public sealed class CareRecordView
{
    public required IReadOnlyList<CarePeriod> Periods { get; init; }
    public CarePeriod? Latest => Periods.Count == 0 ? null : Periods[^1];
    public CarePeriod? Current => Latest is { IsOpen: true } open ? open : null;
    public required IReadOnlyDictionary<Guid, IReadOnlyList<CareEpisode>> Episodes { get; init; }
    public required IReadOnlyDictionary<Guid, IReadOnlyList<PlacementLine>> Placements { get; init; }
    public required int PlacementsInLastYear { get; init; }
    public required bool ThreeOrMorePlacements { get; init; }

    /// <summary>Null when the child is not in the long-term measure (in care under 2.5 years, 16 or over, or not in care).</summary>
    public required bool? SamePlacementForTwoYears { get; init; }

    public static CareRecordView Build(IReadOnlyList<CarePeriod> periods, IReadOnlyDictionary<string, PostcodeCentroid> centroids, DateOnly? bornOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(centroids);
        var ordered = periods.OrderBy(p => p.StartDate).ToList();
        var rules = ordered.Select(p => p.ToPeriodOfCare()).ToList();
        var yearAgo = today.AddYears(-1);
        var current = ordered.LastOrDefault(p => p.IsOpen);
        return new CareRecordView
        {
            Periods = ordered,
            Episodes = ordered.Zip(rules).ToDictionary(x => x.First.Id, x => CareEpisodes.From(x.Second)),
            Placements = ordered.ToDictionary(p => p.Id, p => (IReadOnlyList<PlacementLine>)[.. p.Placements.OrderBy(x => x.StartDate)
                .Select(x => new PlacementLine(x, Distance(p.HomePostcode, x.Postcode, centroids)))]),
            PlacementsInLastYear = PlacementStability.PlacementsDuring(rules, yearAgo, today),
            ThreeOrMorePlacements = PlacementStability.HadThreeOrMorePlacements(rules, yearAgo, today),
            SamePlacementForTwoYears = current is not null && bornOn is { } born ? PlacementStability.SamePlacementForTwoYears(current.ToPeriodOfCare(), born, today) : null,
        };
    }

    /// <summary>The postcodes whose centroids the record needs, to load them in one query.</summary>
    public static IReadOnlyList<string> PostcodesOf(IEnumerable<CarePeriod> periods) =>
        [.. periods.SelectMany(p => p.Placements.Select(x => x.Postcode).Append(p.HomePostcode)).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Kilometres from the home postcode to the placement's, when both have centroids loaded.</summary>
    public static double? Distance(string? home, string? placement, IReadOnlyDictionary<string, PostcodeCentroid> centroids) =>
        home is not null && placement is not null && centroids.TryGetValue(home, out var a) && centroids.TryGetValue(placement, out var b)
            ? Postcodes.Kilometres(a.Latitude, a.Longitude, b.Latitude, b.Longitude)
            : null;

    public CareLegalStatus? LegalStatusNow(CarePeriod period) => period.LegalStatuses.OrderBy(s => s.From).LastOrDefault();

    public Placement? PlacementNow(CarePeriod period) => period.Placements.OrderBy(p => p.StartDate).LastOrDefault();
}
