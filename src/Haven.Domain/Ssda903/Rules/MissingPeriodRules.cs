namespace Haven.Domain.Ssda903.Rules;

// missing.csv against itself and the episodes: a child's missing (or away) periods follow one another, happen while
// they are looked after, and end when their care ends.

internal static class MissingDates
{
    public static DateOnly? Start(Ssda903Missing m) => Ssda903Dates.Parse(m.MisStart);

    public static DateOnly? End(Ssda903Missing m) => Ssda903Dates.Parse(m.MisEnd);

    public static bool InPeriod(DateOnly day, (DateOnly Start, DateOnly? End) period) =>
        day >= period.Start && (period.End is not { } end || day <= end);
}

public sealed class MissingPeriodsOverlap() : Ssda903Rule("574", "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.", "MIS_START")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from missing in context.Return.Missing.Where(m => MissingDates.Start(m) is not null).GroupBy(m => m.Child, StringComparer.Ordinal)
        let ordered = missing.OrderBy(MissingDates.Start).ToList()
        from pair in ordered.Zip(ordered.Skip(1))
        where pair.First.MisEnd is null || MissingDates.Start(pair.Second) < MissingDates.End(pair.First)
        select Issue(pair.Second.Child, Ssda903Files.Missing, "MIS_START", pair.Second.MisStart);
}

/// <summary>A missing period that began during an episode that has ended must have ended too.</summary>
public sealed class MissingOpenAfterPlacementEnded() : MissingRule("575", "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.", "MIS_END", m => m.MisEnd,
    (m, c) => m.MisEnd is null && MissingDates.Start(m) is { } start
        && c.EpisodesOf[m.Child].Any(e => EpisodeDates.Start(e) <= start && EpisodeDates.End(e) is { } ended && start <= ended));

public sealed class MissingOpenAfterCareEnded() : MissingRule("577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.", "MIS_END", m => m.MisEnd,
    (m, c) => m.MisEnd is null && MissingDates.Start(m) is { } start
        && EpisodePairs.PeriodsOfCare(c.EpisodesOf[m.Child]).Any(p => p.End is not null && MissingDates.InPeriod(start, p)));

/// <summary>Missing after care ended: in no period of care, though after the first began (before it is rule 581).</summary>
public sealed class MissingAfterCareEnded() : MissingRule("578", "The date that the child started to be missing is after the child ceased to be looked after.", "MIS_START", m => m.MisStart,
    (m, c) => MissingDates.Start(m) is { } start && EpisodePairs.PeriodsOfCare(c.EpisodesOf[m.Child]) is { Count: > 0 } periods
        && start >= periods[0].Start && !periods.Any(p => MissingDates.InPeriod(start, p)));

/// <summary>The child turned 18 missing: their care ended that day, for which the reason is E8.</summary>
public sealed class MissingAt18NotE8() : EpisodeRule("580", "Child is missing when cease being looked after but reason episode ceased not ‘E8’.", "REC", e => e.Rec,
    (e, c) => EpisodeDates.End(e) is { } ended && e.Rec is not null && e.Rec != "E8" && c.BornOf(e.Child) is { } born && born.AddYears(18) == ended
        && c.Return.Missing.Any(m => m.Child == e.Child && MissingDates.End(m) == ended));

public sealed class MissingBeforeCare() : MissingRule("581", "Child is missing but has not yet started to be looked after.", "MIS_START", m => m.MisStart,
    (m, c) => MissingDates.Start(m) is { } start && c.EpisodesOf[m.Child].Select(EpisodeDates.Start).Min() is { } first && start < first);
