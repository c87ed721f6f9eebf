using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// episodes.csv: how one episode follows another (the reason for a new episode must say what changed, and a period of
// care that ended cannot carry on), and codes that only make sense together or at certain ages.

/// <summary>A child's episodes side by side with the one before, earliest first (unreadable starts left out).</summary>
internal static class EpisodePairs
{
    public static IEnumerable<(Ssda903Episode Previous, Ssda903Episode Current)> Of(IReadOnlyList<Ssda903Episode> episodes)
    {
        var dated = episodes.Where(e => EpisodeDates.Start(e) is not null).ToList();
        return dated.Zip(dated.Skip(1));
    }

    /// <summary>The placement as the return describes it: type, postcode, Ofsted URN and provider.</summary>
    public static bool SamePlacement(Ssda903Episode a, Ssda903Episode b) =>
        a.Place == b.Place && a.PlPost == b.PlPost && a.Urn == b.Urn && a.PlaceProvider == b.PlaceProvider;

    /// <summary>
    /// The child's periods of care: episodes run on while each starts the day the one before ended; a later start
    /// (or the first episode) begins a new period. The end is the last episode's, null while it is open.
    /// </summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly? End)> PeriodsOfCare(IEnumerable<Ssda903Episode> episodes)
    {
        var periods = new List<(DateOnly Start, DateOnly? End)>();
        foreach (var e in episodes.Where(e => EpisodeDates.Start(e) is not null).OrderBy(e => EpisodeDates.Start(e)))
        {
            var start = EpisodeDates.Start(e)!.Value;
            if (periods.Count > 0 && periods[^1].End is { } end && start <= end)
            {
                periods[^1] = (periods[^1].Start, EpisodeDates.End(e));
            }
            else if (periods.Count == 0 || periods[^1].End is not null)
            {
                periods.Add((start, EpisodeDates.End(e)));
            }
        }
        return periods;
    }
}

public sealed class SpecialGuardianshipAged18() : EpisodeRule("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.", "REC", e => e.Rec,
    (e, c) => LookedAfterCodes.SpecialGuardianship.Contains(e.Rec ?? "") && c.AgeOn(e.Child, EpisodeDates.End(e)) >= 18);

public sealed class PlacedForAdoptionWithoutPlacementOrder() : EpisodeRule("408", "Child is placed for adoption with a placement order, but no placement order has been recorded.", "LS", e => e.Ls,
    (e, _) => e.Place is "A5" or "A6" && e.Ls != LookedAfterCodes.PlacementOrder);

/// <summary>
/// A child's short breaks are recorded one way in a year: each break as an episode (V3) or the agreement (V4). The
/// episodes recorded the other way from the first are reported.
/// </summary>
public sealed class ShortBreaksBothWays() : ChildEpisodesRule("426", "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.", "LS", e => e.Ls,
    (episodes, _) => episodes.FirstOrDefault(e => e.Ls is "V3" or "V4") is { } first ? episodes.Where(e => e.Ls is "V3" or "V4" && e.Ls != first.Ls) : []);

public sealed class StartedAgainTheDayCareEnded() : ChildEpisodesRule("431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.", "RNE", e => e.Rne,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => p.Current.Rne == "S" && EpisodeDates.End(p.Previous) == EpisodeDates.Start(p.Current)).Select(p => p.Current));

public sealed class ContinuedAfterCareEnded() : ChildEpisodesRule("432", "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.", "RNE", e => e.Rne,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => EpisodeDates.EndsPeriod(p.Previous) && p.Current.Rne != "S").Select(p => p.Current));

public sealed class ContinuationNotOnTheDayBeforeEnded() : ChildEpisodesRule("433", "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.", "DECOM", e => e.Decom,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => p.Current.Rne is "P" or "L" or "T" or "U" or "B"
        && (EpisodeDates.End(p.Previous) is not { } ended || ended != EpisodeDates.Start(p.Current))).Select(p => p.Current));

public sealed class LegalStatusChangeNotShown() : ChildEpisodesRule("434", "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.", "RNE", e => e.Rne,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => p.Current.Rne == "L"
        && (p.Current.Ls == p.Previous.Ls || !EpisodePairs.SamePlacement(p.Previous, p.Current))).Select(p => p.Current));

/// <summary>
/// The legal status must not have changed; with new carers (P) the placement must differ. A move with the same carers
/// (T) can leave every placement field the return holds as it was (same home, postcode and provider), so for T only
/// the legal status is checked, where the DfE's validator checks the placement fields too.
/// </summary>
public sealed class PlacementChangeNotShown() : ChildEpisodesRule("435", "Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.", "RNE", e => e.Rne,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => p.Current.Rne is "P" or "T"
        && (p.Current.Ls != p.Previous.Ls || (p.Current.Rne == "P" && EpisodePairs.SamePlacement(p.Previous, p.Current)))).Select(p => p.Current));

/// <summary>The legal status must have changed; with new carers (B) the placement too (for U, the same carers, see 435).</summary>
public sealed class BothChangesNotShown() : ChildEpisodesRule("436", "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.", "RNE", e => e.Rne,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => p.Current.Rne is "U" or "B"
        && (p.Current.Ls == p.Previous.Ls || (p.Current.Rne == "B" && EpisodePairs.SamePlacement(p.Previous, p.Current)))).Select(p => p.Current));

/// <summary>Died (E2) or assessed as an adult (E15): nothing can follow.</summary>
public sealed class EpisodesAfterDeathOrAdulthood() : ChildEpisodesRule("437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.", "REC", e => e.Rec,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => p.Previous.Rec is "E2" or "E15").Select(p => p.Previous));

/// <summary>Placement orders (E1) began with the Adoption and Children Act 2002 in force from 30 December 2005; the DfE checks from 1 December.</summary>
public sealed class PlacementOrderBefore2005() : EpisodeRule("446", "E1 is not a valid code for episodes starting before December 2005.", "LS", e => e.Ls,
    (e, _) => e.Ls == LookedAfterCodes.PlacementOrder && EpisodeDates.Start(e) < new DateOnly(2005, 12, 1));

public sealed class StayedWithCarersUnder18() : EpisodeRule("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.", "REC", e => e.Rec,
    (e, c) => e.Rec == "E17" && c.AgeOn(e.Child, EpisodeDates.End(e)) < 18);

public sealed class EpisodesOverlap() : ChildEpisodesRule("501", "A new episode has started before the end date of the previous episode.", "DECOM", e => e.Decom,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => EpisodeDates.Start(p.Current) < EpisodeDates.End(p.Previous)).Select(p => p.Current));

/// <summary>The category of need is the one at the start of the period of care: an episode that carries on (X1) keeps it.</summary>
public sealed class CategoryOfNeedChangedInPeriod() : ChildEpisodesRule("504", "The category of need code differs from that reported at start of current period of being looked after", "CIN", e => e.Cin,
    (episodes, _) => EpisodePairs.Of(episodes).Where(p => p.Previous.Rec == LookedAfterCodes.NewEpisodeSameDay
        && EpisodeDates.End(p.Previous) == EpisodeDates.Start(p.Current) && p.Current.Cin != p.Previous.Cin).Select(p => p.Current));

/// <summary>E45 and E46 are special guardianship orders made to the former foster carers, so the child was fostered (U1-U6).</summary>
public sealed class SpecialGuardianshipToFosterCarersNotFostered() : EpisodeRule("516", "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.", "PLACE", e => e.Place,
    (e, _) => e.Rec is "E45" or "E46" && e.Place is not ("U1" or "U2" or "U3" or "U4" or "U5" or "U6"));

public sealed class ProviderMissing() : EpisodeRule("526", "Child is missing a placement provider code for at least one episode.", "PLACE_PROVIDER", e => e.PlaceProvider,
    (e, _) => e.PlaceProvider is null && e.Place is { } place && !LookedAfterCodes.ProviderNotRecorded.Contains(place));
