using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// episodes.csv: one row per episode of care. Code lists are LookedAfterCodes, the one copy Haven keeps.

internal static class EpisodeDates
{
    public static DateOnly? Start(Ssda903Episode e) => Ssda903Dates.Parse(e.Decom);

    public static DateOnly? End(Ssda903Episode e) => Ssda903Dates.Parse(e.Dec);

    /// <summary>An episode that ends the period of care: it has a reason ceased other than X1 (a new episode the same day).</summary>
    public static bool EndsPeriod(Ssda903Episode e) => e.Rec is { } rec && rec != LookedAfterCodes.NewEpisodeSameDay;

    public static bool IsTemporary(Ssda903Episode e) => e.Place is { } place && LookedAfterCodes.Temporary.Contains(place);
}

public sealed class EpisodeStartInvalid() : EpisodeRule("141", "Date episode began is not a valid date.", "DECOM", e => e.Decom, (e, _) => Ssda903Dates.Parse(e.Decom) is null);

public sealed class ReasonForNewEpisodeInvalid() : EpisodeRule("143", "The reason for new episode code is not a valid code.", "RNE", e => e.Rne, (e, _) => !LookedAfterCodes.ReasonsForNewEpisode.Contains(e.Rne));

public sealed class LegalStatusInvalid() : EpisodeRule("144", "The legal status code is not a valid code.", "LS", e => e.Ls, (e, _) => !LookedAfterCodes.LegalStatuses.Contains(e.Ls));

public sealed class CategoryOfNeedInvalid() : EpisodeRule("145", "Category of need code is not a valid code.", "CIN", e => e.Cin, (e, _) => !LookedAfterCodes.CategoriesOfNeed.Contains(e.Cin));

public sealed class PlacementTypeInvalid() : EpisodeRule("146", "Placement type code is not a valid code.", "PLACE", e => e.Place, (e, _) => !LookedAfterCodes.PlacementTypes.Contains(e.Place));

public sealed class EpisodeEndInvalid() : EpisodeRule("147", "Date episode ceased is not a valid date.", "DEC", e => e.Dec, (e, _) => Ssda903Dates.IsInvalid(e.Dec));

public sealed class EndAndReasonNotBoth() : EpisodeRule("148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.", "REC", e => e.Rec, (e, _) => (e.Dec is null) != (e.Rec is null));

public sealed class ReasonCeasedInvalid() : EpisodeRule("149", "Reason episode ceased code is not valid.", "REC", e => e.Rec, (e, _) => e.Rec is not null && !LookedAfterCodes.ReasonsCeased.Contains(e.Rec));

public sealed class ProviderInvalid() : EpisodeRule("178", "Placement provider code is not a valid code.", "PLACE_PROVIDER", e => e.PlaceProvider,
    (e, _) => e.PlaceProvider is not null && !LookedAfterCodes.PlacementProviders.Contains(e.PlaceProvider));

public sealed class ProviderNotRequired() : EpisodeRule("213", "Placement provider information not required.", "PLACE_PROVIDER", e => e.PlaceProvider,
    (e, _) => e.PlaceProvider is not null && e.Place is { } place && LookedAfterCodes.ProviderNotRecorded.Contains(place));

public sealed class AdoptionWithFosterCarersWrongReason() : EpisodeRule("217", "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.", "RNE", e => e.Rne,
    (e, _) => e.Place is "A3" or "A5" && e.Rne is not ("S" or "T" or "U"));

public sealed class PlacementChangeReasonForTemporary() : EpisodeRule("226", "Reason for placement change is not required for temporary placements.", "REASON_PLACE_CHANGE", e => e.ReasonPlaceChange,
    (e, _) => e.ReasonPlaceChange is not null && EpisodeDates.IsTemporary(e));

public sealed class PlacementChangeReasonWhileOpen() : EpisodeRule("233", "Reason for placement change is not required when the episode has not ceased.", "REASON_PLACE_CHANGE", e => e.ReasonPlaceChange,
    (e, _) => e.ReasonPlaceChange is not null && e.Dec is null);

public sealed class PlacementChangeReasonInvalid() : EpisodeRule("1009", "Reason for placement change is not a valid code.", "REASON_PLACE_CHANGE", e => e.ReasonPlaceChange,
    (e, _) => e.ReasonPlaceChange is not null && !LookedAfterCodes.ReasonsForPlacementChange.Contains(e.ReasonPlaceChange));

public sealed class EpisodeBeforeBirth() : ChildEpisodesRule("302", "First episode starts before child was born.", "DECOM", e => e.Decom,
    (episodes, c) => episodes.Take(1).Where(e => EpisodeDates.Start(e) < c.BornOf(e.Child)));

public sealed class StartedCareAged18() : EpisodeRule("352", "Child who started to be looked after was aged 18 or over.", "DECOM", e => e.Decom,
    (e, c) => e.Rne == "S" && c.AgeOn(e.Child, EpisodeDates.Start(e)) >= 18);

public sealed class EpisodeBefore1991() : EpisodeRule("353", "No episode submitted can start before 14 October 1991.", "DECOM", e => e.Decom, (e, _) => EpisodeDates.Start(e) < new DateOnly(1991, 10, 14));

public sealed class EpisodeEndsAfterYear() : EpisodeRule("354", "Date episode ceased must be on or before the end of the current collection year.", "DEC", e => e.Dec, (e, c) => EpisodeDates.End(e) > c.Year.End);

public sealed class EpisodeUnderADay() : EpisodeRule("355", "Episode appears to have lasted for less than 24 hours", "DEC", e => e.Dec, (e, _) => EpisodeDates.End(e) is { } end && end == EpisodeDates.Start(e));

public sealed class EpisodeEndsBeforeStart() : EpisodeRule("356", "The date the episode ceased is before the date the same episode started.", "DEC", e => e.Dec, (e, _) => EpisodeDates.End(e) < EpisodeDates.Start(e));

/// <summary>The DfE's validator judges only a first episode that starts in the year: earlier ones were judged in their own year.</summary>
public sealed class FirstEpisodeNotStart() : ChildEpisodesRule("357", "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.", "RNE", e => e.Rne,
    (episodes, c) => episodes.Where(e => EpisodeDates.Start(e) is not null).Take(1).Where(e => EpisodeDates.Start(e) >= c.Year.Start && e.Rne != "S"));

public sealed class YoungOffenderInstitutionUnder10() : EpisodeRule("372", "Child in youth custody or prison should be at least 10.", "PLACE", e => e.Place, (e, c) => e.Place == "R5" && c.AgeOn(e.Child, EpisodeDates.Start(e)) < 10);

public sealed class ResidentialSchoolUnder4() : EpisodeRule("373", "Child placed in a school should be at least 4 years old.", "PLACE", e => e.Place, (e, c) => e.Place == "S1" && c.AgeOn(e.Child, EpisodeDates.Start(e)) < 4);

public sealed class ResidentialEmploymentUnder14() : EpisodeRule("374", "Child in residential employment should be at least 14 years old.", "PLACE", e => e.Place, (e, c) => e.Place == "P3" && c.AgeOn(e.Child, EpisodeDates.Start(e)) < 14);

public sealed class PlacedWithParentsUnderSection20() : EpisodeRule("378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.", "PLACE", e => e.Place, (e, _) => e.Place == "P1" && e.Ls == "V2");

public sealed class PeriodStartsTemporary() : EpisodeRule("380", "A period of care cannot start with a temporary placement.", "PLACE", e => e.Place, (e, _) => e.Rne == "S" && EpisodeDates.IsTemporary(e));

public sealed class PeriodEndsTemporary() : EpisodeRule("381", "A period of care cannot end with a temporary placement.", "PLACE", e => e.Place, (e, _) => EpisodeDates.EndsPeriod(e) && EpisodeDates.IsTemporary(e));

public sealed class AdoptedAged18() : EpisodeRule("386", "Reason episode ceased is adopted but child has reached age 18.", "REC", e => e.Rec, (e, c) => e.Rec is "E11" or "E12" && c.AgeOn(e.Child, EpisodeDates.End(e)) >= 18);

public sealed class IndependentLivingUnder14() : EpisodeRule("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.", "REC", e => e.Rec, (e, c) => e.Rec is "E5" or "E6" && c.AgeOn(e.Child, EpisodeDates.End(e)) < 14);

public sealed class AdultCareUnder16() : EpisodeRule("389", "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.", "REC", e => e.Rec, (e, c) => e.Rec == "E7" && c.AgeOn(e.Child, EpisodeDates.End(e)) < 16);

public sealed class OwnProvisionWrongPlacement() : EpisodeRule("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.", "PLACE_PROVIDER", e => e.PlaceProvider, (e, _) => e.PlaceProvider == "PR1" && e.Place is "P1" or "R2" or "R5");

public sealed class OtherLaProvisionWrongPlacement() : EpisodeRule("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.", "PLACE_PROVIDER", e => e.PlaceProvider, (e, _) => e.PlaceProvider == "PR2" && e.Place is "P1" or "R2" or "R5");

public sealed class OtherPublicProvisionWrongPlacement() : EpisodeRule("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.", "PLACE_PROVIDER", e => e.PlaceProvider,
    (e, _) => e.PlaceProvider == "PR3" && e.Place is "P1" or "A3" or "A4" or "A5" or "A6" or "K1" or "K2" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6");

public sealed class PrivateProvisionWithParents() : EpisodeRule("530", "A placement provider code of PR4 cannot be associated with placement P1.", "PLACE_PROVIDER", e => e.PlaceProvider, (e, _) => e.PlaceProvider == "PR4" && e.Place == "P1");

public sealed class VoluntaryProvisionWithParents() : EpisodeRule("531", "A placement provider code of PR5 cannot be associated with placements P1.", "PLACE_PROVIDER", e => e.PlaceProvider, (e, _) => e.PlaceProvider == "PR5" && e.Place == "P1");

public sealed class ParentsProvisionNotWithParents() : EpisodeRule("550", "A placement provider code of PR0 can only be associated with placement P1.", "PLACE_PROVIDER", e => e.PlaceProvider, (e, _) => e.PlaceProvider == "PR0" && e.Place != "P1");

/// <summary>Every episode but a child's last must have ended: only one can be open.</summary>
public sealed class PreviousEpisodeNotEnded() : ChildEpisodesRule("142", "A new episode has started, but the previous episode has not ended.", "DEC", e => e.Dec,
    (episodes, _) => episodes.SkipLast(1).Where(e => e.Dec is null));

/// <summary>X1 says a new episode starts the day this one ends: there must be one.</summary>
public sealed class NoContinuationEpisode() : ChildEpisodesRule("388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.", "REC", e => e.Rec,
    (episodes, _) => episodes.Where(e => e.Rec == LookedAfterCodes.NewEpisodeSameDay
        && !episodes.Any(next => !ReferenceEquals(next, e) && EpisodeDates.Start(next) is { } start && start == EpisodeDates.End(e))));

public sealed class EpisodeChildNotInHeader() : InHeaderRule<Ssda903Episode>("INT03", "Internal Check: Child in Episodes does not exist in Header.", Ssda903Files.Episodes, r => r.Episodes, e => e.Child);

public sealed class ChildTwiceInHeader() : OncePerChildRule<Ssda903Header>("INT32", "Internal Check: Child should only exist once in Header.", Ssda903Files.Header, r => r.Header, h => h.Child);
