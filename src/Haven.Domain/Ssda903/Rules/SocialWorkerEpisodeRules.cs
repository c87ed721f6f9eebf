using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// sw_episodes.csv: who the child's social worker was through the year, one episode after another, with a worker open
// on 31 March for a child still looked after then.

internal static class SocialWorkerDates
{
    public static DateOnly? Start(Ssda903SwEpisode s) => Ssda903Dates.Parse(s.SwDecom);

    public static DateOnly? End(Ssda903SwEpisode s) => Ssda903Dates.Parse(s.SwDec);

    /// <summary>The DfE asks for social worker episodes with SW_ID and a reason from 1 April 2023.</summary>
    public static readonly DateOnly ReasonAskedFrom = new(2023, 4, 1);

    /// <summary>Looked after on 31 March: an episode still open (not short breaks, which have no social worker episodes).</summary>
    public static bool LookedAfterAtYearEnd(string? child, Ssda903RuleContext c) =>
        c.EpisodesOf[child].Any(e => e.Dec is null && EpisodeDates.Start(e) <= c.Year.End && e.Ls is not ("V3" or "V4"));

    /// <summary>A child's social worker episodes, earliest first (unreadable starts left out).</summary>
    public static ILookup<string?, Ssda903SwEpisode> ByChild(Ssda903Return r) =>
        r.SwEpisodes.Where(s => Start(s) is not null).OrderBy(Start).ThenBy(s => End(s) ?? DateOnly.MaxValue).ToLookup(s => s.Child, StringComparer.Ordinal);
}

/// <summary>Every episode has its start; one that began before 1 April 2023 at least has the worker's ID (SW01b asks more after).</summary>
public sealed class SocialWorkerEpisodeIncompleteBefore2023() : SwEpisodeRule("SW01aSTG1", "For each social worker episode, information should be complete", "SW_DECOM", s => s.SwDecom,
    (s, _) => s.SwDecom is null || (s.SwId is null && SocialWorkerDates.Start(s) < SocialWorkerDates.ReasonAskedFrom));

public sealed class SocialWorkerIdInvalid() : SwEpisodeRule("SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.", "SW_ID", s => s.SwId,
    (s, _) => s.SwId is not null && !s.SwId.StartsWith("SW", StringComparison.Ordinal) && !s.SwId.StartsWith("XX", StringComparison.Ordinal));

public sealed class SocialWorkerStartInvalid() : SwEpisodeRule("SW04STG1", "Date social worker episode began is not a valid date..", "SW_DECOM", s => s.SwDecom,
    (s, _) => s.SwDecom is not null && PartlyKnownDates.Parse(s.SwDecom) is null);

/// <summary>The DfE's message says "began"; the rule is about SW_DEC, the date the episode ended.</summary>
public sealed class SocialWorkerEndInvalid() : SwEpisodeRule("SW05STG1", "Date social worker episode began is not a valid date.", "SW_DEC", s => s.SwDec,
    (s, _) => s.SwDec is not null && PartlyKnownDates.Parse(s.SwDec) is null);

public sealed class SocialWorkerStartsAfterYear() : SwEpisodeRule("SW06STG2", "Social worker episode data should be within the social worker data reporting year.", "SW_DECOM", s => s.SwDecom,
    (s, c) => SocialWorkerDates.Start(s) > c.Year.End);

/// <summary>The social worker reporting period goes back a year before the collection year (the DfE's validator's reading).</summary>
public sealed class SocialWorkerEndOutsideYear() : SwEpisodeRule("SW07STG2", "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.", "SW_DEC", s => s.SwDec,
    (s, c) => SocialWorkerDates.End(s) is { } end && (end < c.Year.Start.AddYears(-1) || end > c.Year.End));

public sealed class SocialWorkerEpisodeNotEnded() : Ssda903Rule("SW08STG2", "A new social worker episode has started, but the previous episode has not ended.", "SW_DEC")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from episodes in SocialWorkerDates.ByChild(context.Return)
        from earlier in episodes.SkipLast(1)
        where earlier.SwDec is null
        select Issue(earlier.Child, Ssda903Files.SwEpisodes, "SW_DEC", earlier.SwDec);
}

public sealed class SocialWorkerEpisodeUnderADay() : SwEpisodeRule("SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.", "SW_DEC", s => s.SwDec,
    (s, _) => SocialWorkerDates.End(s) is { } end && end == SocialWorkerDates.Start(s));

/// <summary>
/// Started before the previous one ended, as the DfE's text says. (Its validator also reports a gap of more than a week
/// between workers, unless the reason is FCONTA.)
/// </summary>
public sealed class SocialWorkerEpisodesOverlap() : Ssda903Rule("SW10STG2", "A new social worker episode has started before the end date of the previous social worker episode.", "SW_DECOM")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from episodes in SocialWorkerDates.ByChild(context.Return)
        from pair in episodes.Zip(episodes.Skip(1))
        where SocialWorkerDates.Start(pair.Second) < SocialWorkerDates.End(pair.First)
        select Issue(pair.Second.Child, Ssda903Files.SwEpisodes, "SW_DECOM", pair.Second.SwDecom);
}

/// <summary>For a child still looked after on 31 March, a worker who left before it must have had a successor.</summary>
public sealed class SocialWorkerEndedWithoutSuccessor() : Ssda903Rule("SW11bSTG2", "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.", "SW_DEC")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from episodes in SocialWorkerDates.ByChild(context.Return)
        where SocialWorkerDates.LookedAfterAtYearEnd(episodes.Key, context)
        from ended in episodes
        where SocialWorkerDates.End(ended) is { } end && end < context.Year.End
            && !episodes.Any(next => !ReferenceEquals(next, ended) && SocialWorkerDates.Start(next) >= end)
        select Issue(ended.Child, Ssda903Files.SwEpisodes, "SW_DEC", ended.SwDec);
}

public sealed class SocialWorkerChangeReasonInvalid() : SwEpisodeRule("SW13STG1", "The reason for social worker change is not valid.", "SW_REASON", s => s.SwReason,
    (s, _) => s.SwReason is not null && !LookedAfterCodes.SocialWorkerChangeReasons.Contains(s.SwReason));
