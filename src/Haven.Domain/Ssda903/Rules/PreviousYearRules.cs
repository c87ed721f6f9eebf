namespace Haven.Domain.Ssda903.Rules;

// Rules that compare this year's return with last year's (given with --previous, or last year's files on the returns
// page): a child's care carries on across 31 March, so this year's first episode must be the one left open last year,
// a missing episode left open must carry on, and a child's UASC status must agree. Without last year's files there is
// nothing to compare and none of these runs. The header's own comparisons (202-204, 208) are in HeaderRules.cs.

/// <summary>
/// This year's first episode must be the episode left open at the end of last year, with the same start and codes.
/// The DfE's text compares with "the open episode at end of last year": the child's latest episode there, with no end.
/// </summary>
public abstract class ContinuesLastYearRule(string id, string message, string field, Func<Ssda903Episode, string?> value)
    : ChildEpisodesRule(id, message, field, value,
        (episodes, c) => episodes.Where(e => EpisodeDates.Start(e) is not null).Take(1)
            .Where(first => c.OpenAtEndOfLastYear(first.Child) is { } open && !string.Equals(value(open), value(first), StringComparison.Ordinal)));

public sealed class FirstEpisodeStartNotLastYearsOpen() : ContinuesLastYearRule("502", "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.", "DECOM", e => e.Decom);

public sealed class FirstEpisodeReasonNotLastYearsOpen() : ContinuesLastYearRule("503A", "The reason for new episode in the first episode does not match open episode at end of last year.", "RNE", e => e.Rne);

public sealed class FirstEpisodeLegalStatusNotLastYearsOpen() : ContinuesLastYearRule("503B", "The legal status in the first episode does not match open episode at end of last year.", "LS", e => e.Ls);

public sealed class FirstEpisodeNeedNotLastYearsOpen() : ContinuesLastYearRule("503C", "The category of need in the first episode does not match open episode at end of last year.", "CIN", e => e.Cin);

public sealed class FirstEpisodePlacementNotLastYearsOpen() : ContinuesLastYearRule("503D", "The placement type in the first episode does not match open episode at end of last year", "PLACE", e => e.Place);

public sealed class FirstEpisodeProviderNotLastYearsOpen() : ContinuesLastYearRule("503E", "The placement provider in the first episode does not match open episode at end of last year.", "PLACE_PROVIDER", e => e.PlaceProvider);

public sealed class FirstEpisodeUrnNotLastYearsOpen() : ContinuesLastYearRule("503F", "The Ofsted URN in the  first episode does not match open episode at end of last year.", "URN", e => e.Urn);

/// <summary>
/// The earliest episode this year that began before 1 April was open on 31 March, so it must be last year's latest
/// episode (the same start date).
/// </summary>
public sealed class EarlierEpisodeMissingFromLastYear() : ChildEpisodesRule("562", "Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.", "DECOM", e => e.Decom,
    (episodes, c) => c.PreviousEpisodesOf is not { } last ? [] :
        episodes.Where(e => EpisodeDates.Start(e) < c.Year.Start).Take(1)
            .Where(e => last[e.Child].LastOrDefault() is not { } latest || EpisodeDates.Start(latest) != EpisodeDates.Start(e)));

/// <summary>A child in care before 1 April must have episodes in last year's return.</summary>
public sealed class NoEpisodesLastYear() : ChildEpisodesRule("NoE", "This child has no episodes loaded for previous year even though child started to be looked after before this current year.", "DECOM", e => e.Decom,
    (episodes, c) => c.PreviousEpisodesOf is not { } last ? [] :
        episodes.Where(e => EpisodeDates.Start(e) < c.Year.Start && !last[e.Child].Any()));

/// <summary>
/// A missing (or away) episode still open at the end of last year carries on into this year: the child's first
/// missing episode this year must start on the same day.
/// </summary>
public sealed class OpenMissingNotCarriedOn() : Ssda903Rule("576", "There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.", "CHILD")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context)
    {
        if (context.Previous is not { } last)
        {
            return [];
        }
        var open = last.Missing.Where(m => m.MisEnd is null && Ssda903Dates.Parse(m.MisStart) is not null).ToLookup(m => m.Child, StringComparer.Ordinal);
        return
            from missing in context.Return.Missing.GroupBy(m => m.Child, StringComparer.Ordinal)
            let first = missing.MinBy(m => Ssda903Dates.Parse(m.MisStart) ?? DateOnly.MaxValue)!
            where open[missing.Key].Any() && !open[missing.Key].Any(o => Ssda903Dates.Parse(o.MisStart) == Ssda903Dates.Parse(first.MisStart))
            select Issue(first.Child, Ssda903Files.Missing, "CHILD", first.Child);
    }
}

/// <summary>
/// A child who is UASC this year and was in last year's return must have been UASC in it too: the status is about how
/// the child came to this country, so it cannot begin between returns.
/// </summary>
public sealed class UascNotLastYear() : Ssda903Rule("205D", "Child identified as UASC this year but not identified as UASC status provided for the child last year.", "CHILD")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context)
    {
        if (context.Previous is not { } last || context.PreviousHeaders is not { } lastHeaders)
        {
            return [];
        }
        var uascLastYear = last.Uasc.Select(u => u.Child).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return
            from uasc in context.Return.Uasc
            where uasc.Child is { } child && lastHeaders.ContainsKey(child) && !uascLastYear.Contains(child)
            select Issue(uasc.Child, Ssda903Files.Uasc, "CHILD", uasc.Child);
    }
}
