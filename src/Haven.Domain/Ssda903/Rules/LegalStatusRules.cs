using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// episodes.csv, by legal status: the Children Act's time limits on emergency statuses, short breaks (V3, V4), which
// the return records more lightly than other care, and the statuses with an age.

internal static class LegalStatusSpans
{
    public static bool IsShortBreak(Ssda903Episode e) => LookedAfterCodes.ShortBreaks.Contains(e.Ls ?? "");

    /// <summary>When the episode ended, or 31 March when it is still open (as far as the return knows, it lasts the year).</summary>
    public static DateOnly? EndOrYearEnd(Ssda903Episode e, Ssda903RuleContext c) => e.Dec is null ? c.Year.End : EpisodeDates.End(e);

    /// <summary>
    /// The child's runs of episodes under one legal status, each starting the day the one before ended (a change of
    /// placement under the same order), with the days from the run's first start to its last end (or 31 March).
    /// </summary>
    public static IEnumerable<(IReadOnlyList<Ssda903Episode> Run, int Days)> Runs(IReadOnlyList<Ssda903Episode> episodes, string legalStatus, Ssda903RuleContext c)
    {
        var run = new List<Ssda903Episode>();
        foreach (var e in episodes.Where(e => e.Ls == legalStatus && EpisodeDates.Start(e) is not null))
        {
            if (run.Count > 0 && EpisodeDates.End(run[^1]) != EpisodeDates.Start(e))
            {
                yield return (run, Days(run, c));
                run = [];
            }
            run.Add(e);
        }
        if (run.Count > 0)
        {
            yield return (run, Days(run, c));
        }
    }

    private static int Days(List<Ssda903Episode> run, Ssda903RuleContext c) =>
        EndOrYearEnd(run[^1], c) is { } end ? end.DayNumber - EpisodeDates.Start(run[0])!.Value.DayNumber : 0;
}

/// <summary>A legal status the Children Act (or PACE) allows only for so many days, however many placements it spans.</summary>
public abstract class LegalStatusTooLong(string id, string message, string legalStatus, int maximumDays) : ChildEpisodesRule(id, message, "LS", e => e.Ls,
    (episodes, c) => LegalStatusSpans.Runs(episodes, legalStatus, c).Where(r => r.Days > maximumDays).SelectMany(r => r.Run));

public sealed class PoliceProtectionTooLong() : LegalStatusTooLong("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.", "L1", 3);

public sealed class EmergencyProtectionTooLong() : LegalStatusTooLong("362", "Emergency protection order (EPO) lasted longer than 21 days", "L2", 21);

public sealed class ChildAssessmentOrderTooLong() : LegalStatusTooLong("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.", "L3", 7);

/// <summary>The DfE's validator allows 21 days in LA accommodation under PACE, as it does for an EPO.</summary>
public sealed class PoliceDetentionTooLong() : LegalStatusTooLong("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.", "J2", 21);

/// <summary>Remand, PACE detention and youth rehabilitation orders are for children over 10, the age of criminal responsibility.</summary>
public sealed class YouthJusticeStatusUnder10() : EpisodeRule("358", "Child with this legal status should not be under 10.", "LS", e => e.Ls,
    (e, c) => e.Ls is "J1" or "J2" or "J3" && c.BornOf(e.Child)?.AddYears(10) >= EpisodeDates.Start(e));

/// <summary>After 18 a young person can only be looked after under section 20(5) (V2) in a children's home (K2).</summary>
public sealed class LookedAfterPast18NotInChildrensHome() : EpisodeRule("359", "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.", "LS", e => e.Ls,
    (e, c) => e.Dec is null && c.BornOf(e.Child)?.AddYears(18) < c.Year.End && !(e.Ls == "V2" && e.Place == "K2"));

public sealed class ShortBreakTooLong() : EpisodeRule("365", "Any individual short- term respite placement must not exceed 17 days.", "DEC", e => e.Dec,
    (e, c) => e.Ls == "V3" && LegalStatusSpans.EndOrYearEnd(e, c) > EpisodeDates.Start(e)?.AddDays(17));

/// <summary>Each short break is its own period of care (reason S): the child does not move placement during one.</summary>
public sealed class ShortBreakChangedPlacement() : EpisodeRule("366", "A child cannot change placement during the course of an individual short-term respite break.", "RNE", e => e.Rne, (e, _) => e.Ls == "V3" && e.Rne != "S");

/// <summary>Short breaks (V3) add up to at most 75 days in the year, counting only days inside it.</summary>
public sealed class ShortBreaksOver75Days() : ChildEpisodesRule("367", "The maximum amount of respite care allowable is 75 days in any 12-month period.", "LS", e => e.Ls,
    (episodes, c) =>
    {
        var days = episodes.Where(e => e.Ls == "V3" && EpisodeDates.Start(e) is not null)
            .Select(e => (Episode: e, Days: Math.Min(LegalStatusSpans.EndOrYearEnd(e, c)!.Value.DayNumber, c.Year.End.DayNumber)
                - Math.Max(EpisodeDates.Start(e)!.Value.DayNumber, c.Year.Start.DayNumber)))
            .Where(d => d.Days > 0).ToList();
        return days.Sum(d => d.Days) > 75 ? days.Select(d => d.Episode) : [];
    });

public sealed class ShortBreakTemporaryPlacement() : EpisodeRule("382", "A child receiving respite care cannot be in a temporary placement.", "PLACE", e => e.Place, (e, _) => LegalStatusSpans.IsShortBreak(e) && EpisodeDates.IsTemporary(e));

public sealed class ShortBreakLongTermFostering() : EpisodeRule("384", "A child receiving respite care cannot be in a long-term foster placement", "PLACE", e => e.Place,
    (e, _) => LegalStatusSpans.IsShortBreak(e) && LookedAfterCodes.LongTermFostering.Contains(e.Place ?? ""));

/// <summary>The return asks for no placement postcode or URN for a short break.</summary>
public sealed class ShortBreakPlacementLocation() : EpisodeRule("214", "Placement location information not required.", "PL_POST", e => e.PlPost,
    (e, _) => LegalStatusSpans.IsShortBreak(e) && (e.PlPost is not null || e.Urn is not null));

/// <summary>The distance the DfE works out comes from the two postcodes, which a short break does not carry.</summary>
public sealed class ShortBreakPostcodes() : EpisodeRule("398", "Distance field completed but child looked after under legal status V3 or V4.", "HOME_POST", e => e.HomePost,
    (e, _) => LegalStatusSpans.IsShortBreak(e) && (e.HomePost is not null || e.PlPost is not null));

/// <summary>
/// A child whose only care in the year was short breaks has no mother item and no reviews in the return: each is
/// reported where it was given.
/// </summary>
public sealed class ShortBreaksOnlyWithMotherOrReviews() : Ssda903Rule("399", "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.", "MOTHER", "REVIEW")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context)
    {
        var shortBreaksOnly = context.EpisodesOf.Where(g => g.Key is not null && g.All(LegalStatusSpans.IsShortBreak)).Select(g => g.Key!).ToHashSet(StringComparer.Ordinal);
        return (from h in context.Return.Header
                where h.Child is { } child && shortBreaksOnly.Contains(child) && h.Mother is not null
                select Issue(h.Child, Ssda903Files.Header, "MOTHER", h.Mother))
            .Concat(
                from r in context.Return.Reviews
                where r.Child is { } child && shortBreaksOnly.Contains(child) && (r.Review ?? r.ReviewCode) is not null
                select Issue(r.Child, Ssda903Files.Reviews, "REVIEW", r.Review));
    }
}
