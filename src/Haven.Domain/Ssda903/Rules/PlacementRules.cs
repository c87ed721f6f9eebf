using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// episodes.csv, by placement: temporary placements and their limits, URNs, postcodes, reasons for a move, the age a
// placement type needs, and care after an adoption.

internal static class PlacementSpans
{
    /// <summary>Whether the episode lasted longer than so many days (an open one to 31 March, as far as the return knows).</summary>
    public static bool LastedMoreThan(Ssda903Episode e, Ssda903RuleContext c, int days) =>
        EpisodeDates.Start(e) is { } start && (e.Dec is null ? c.Year.End : EpisodeDates.End(e)) is { } end && end > start.AddDays(days);
}

/// <summary>A temporary placement of one kind that may last only so many days (the DfE's validator checks ended ones; an open one counts to 31 March).</summary>
public abstract class TemporaryPlacementTooLong(string id, string message, string placement, int maximumDays) : EpisodeRule(id, message, "DEC", e => e.Dec,
    (e, c) => e.Place == placement && PlacementSpans.LastedMoreThan(e, c, maximumDays));

public sealed class HospitalOverSixWeeks() : TemporaryPlacementTooLong("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "T1", 42);

public sealed class CarersHolidayOverThreeWeeks() : TemporaryPlacementTooLong("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.", "T3", 21);

public sealed class ShortTemporaryOverSevenDays() : TemporaryPlacementTooLong("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "T4", 7);

/// <summary>At most two T3 placements (carers' holidays) start in any 12 months: the third and later in such a span are reported.</summary>
public sealed class CarersHolidayMoreThanTwice() : ChildEpisodesRule("377", "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.", "PLACE", e => e.Place,
    (episodes, _) =>
    {
        var holidays = episodes.Where(e => e.Place == "T3" && EpisodeDates.Start(e) is not null).ToList();
        return holidays.Where((e, i) => i >= 2 && EpisodeDates.Start(holidays[i - 2])!.Value.AddYears(1) > EpisodeDates.Start(e));
    });

/// <summary>
/// After a temporary placement the child goes back to the placement they were in before it: the next episode is a
/// change of placement only (P) to the same placement type and postcode as the one before the temporary one.
/// </summary>
public sealed class NotBackFromTemporaryPlacement() : ChildEpisodesRule("383", "A child in a temporary placement must subsequently return to his/her normal placement.", "PLACE", e => e.Place,
    (episodes, _) => episodes.Skip(2).Where((e, i) => EpisodeDates.IsTemporary(episodes[i + 1])
        && (e.Rne != "P" || e.Place != episodes[i].Place || e.PlPost != episodes[i].PlPost)));

public sealed class SupportedAccommodationUnder16() : EpisodeRule("371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16.", "PLACE", e => e.Place,
    (e, c) => e.Place == "K3" && c.AgeOn(e.Child, EpisodeDates.Start(e)) < 16);

public sealed class CustodyMoveUnder10() : EpisodeRule("234", "A child aged under 10 can not change placement due to being admitted to custody", "REASON_PLACE_CHANGE", e => e.ReasonPlaceChange,
    (e, c) => e.ReasonPlaceChange == "CUSTOD" && c.AgeOn(e.Child, EpisodeDates.Start(e)) < 10);

/// <summary>
/// The same check as 354 under the DfE's other number for it: both are in the 2025/26 rule set, so both are reported.
/// </summary>
public sealed class EpisodeCeasedAfterYear() : EpisodeRule("385", "Date episode ceased must be on or before the end of the current collection year.", "DEC", e => e.Dec, (e, c) => EpisodeDates.End(e) > c.Year.End);

/// <summary>
/// A move to another (not temporary) placement in the same period of care, shown by an episode ending X1 and the next
/// starting with a change of placement (P, B, T or U), needs the reason for the move.
/// </summary>
public sealed class PlacementChangeReasonMissing() : ChildEpisodesRule("225", "Reason for placement change must be recorded.", "REASON_PLACE_CHANGE", e => e.ReasonPlaceChange,
    (episodes, _) => episodes.SkipLast(1).Where((e, i) => e.Rec == LookedAfterCodes.NewEpisodeSameDay && e.ReasonPlaceChange is null
        && !EpisodeDates.IsTemporary(e) && episodes[i + 1].Rne is "P" or "B" or "T" or "U" && !EpisodeDates.IsTemporary(episodes[i + 1])));

public sealed class UrnForUnregisteredPlacement() : EpisodeRule("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.", "URN", e => e.Urn,
    (e, _) => e.Urn is not null && e.Urn != LookedAfterCodes.NoUrn && LookedAfterCodes.NoOfstedRegistration.Contains(e.Place ?? ""));

public sealed class HomeAndPlacementPostcodeSame() : EpisodeRule("392d", "Home and placement postcodes should not be same unless the placement type is P1.", "PL_POST", e => e.PlPost,
    (e, _) => e.Place != "P1" && e.HomePost is not null && e.HomePost == e.PlPost);

/// <summary>
/// Once adopted (an episode ending E11 or E12) a child is no longer looked after by the authority: a later episode,
/// this year's or after last year's adoption when last year's files are given, means an adoption recorded in error or a
/// new child record needed.
/// </summary>
public sealed class EpisodeAfterAdoption() : ChildEpisodesRule("199", "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]", "DECOM", e => e.Decom,
    (episodes, c) =>
    {
        var adopted = episodes.Concat(c.PreviousEpisodesOf?[episodes[0].Child] ?? [])
            .Where(e => LookedAfterCodes.Adopted.Contains(e.Rec ?? "")).Select(EpisodeDates.Start).OfType<DateOnly>().ToList();
        return episodes.Where(e => adopted.Any(a => a < EpisodeDates.Start(e)));
    });
