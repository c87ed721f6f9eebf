using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// ad1.csv (the adoption: when it was decided, matched, who adopted) and placed_for_adoption.csv (each decision that
// the child should be placed for adoption, and its reversal), against each other and against the episodes.

internal static class AdoptionCodes
{
    public static bool IsCouple(string? sex) => sex is "MM" or "FF" or "MF";

    public static bool IsPlacedForAdoption(Ssda903Episode e) => e.Place is "A3" or "A4" or "A5" or "A6";

    public static bool IsAdoptedInYear(Ssda903Episode e, Ssda903RuleContext c) =>
        LookedAfterCodes.Adopted.Contains(e.Rec ?? "") && EpisodeDates.End(e) is { } end && end >= c.Year.Start && end <= c.Year.End;

    public static bool AnyAdoptionDetail(Ssda903Ad1 a) =>
        (a.DateInt ?? a.DateMatch ?? a.FosterCare ?? a.NbAdoptr ?? a.SexAdoptr ?? a.LsAdoptr) is not null;

    /// <summary>A child's decisions, earliest first.</summary>
    public static ILookup<string?, Ssda903PlacedForAdoption> Decisions(Ssda903Return r) =>
        r.PlacedForAdoption.OrderBy(p => Ssda903Dates.Parse(p.DatePlaced) ?? DateOnly.MinValue).ToLookup(p => p.Child, StringComparer.Ordinal);

    public static DateOnly? Placed(Ssda903PlacedForAdoption p) => Ssda903Dates.Parse(p.DatePlaced);

    public static DateOnly? Ceased(Ssda903PlacedForAdoption p) => Ssda903Dates.Parse(p.DatePlacedCeased);
}

public sealed class TwoAdoptersNotACouple() : Ad1Rule("511", "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.", "SEX_ADOPTR", a => a.SexAdoptr,
    (a, _) => a.NbAdoptr == "2" && a.SexAdoptr is "M1" or "F1");

/// <summary>The DfE's text compares with the number of adopters; its validator with their sexes. Either showing a couple is at odds with L0.</summary>
public sealed class SingleAdopterRecordedAsCouple() : Ad1Rule("514", "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.", "LS_ADOPTR", a => a.LsAdoptr,
    (a, _) => a.LsAdoptr == "L0" && (a.NbAdoptr == "2" || AdoptionCodes.IsCouple(a.SexAdoptr)));

public sealed class UnmarriedDifferentGenderNotMf() : Ad1Rule("517", "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.", "SEX_ADOPTR", a => a.SexAdoptr,
    (a, _) => a.LsAdoptr == "L3" && a.SexAdoptr != "MF");

public sealed class UnmarriedSameGenderNotSame() : Ad1Rule("518", "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.", "SEX_ADOPTR", a => a.SexAdoptr,
    (a, _) => a.LsAdoptr == "L4" && a.SexAdoptr is not ("MM" or "FF"));

public sealed class CivilPartnershipNotACouple() : Ad1Rule("519", "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.", "SEX_ADOPTR", a => a.SexAdoptr,
    (a, _) => a.LsAdoptr == "L2" && !AdoptionCodes.IsCouple(a.SexAdoptr));

public sealed class MarriedSameGenderNotSame() : Ad1Rule("524", "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females", "SEX_ADOPTR", a => a.SexAdoptr,
    (a, _) => a.LsAdoptr == "L12" && a.SexAdoptr is not ("MM" or "FF"));

/// <summary>Placed for adoption (A3-A6) before the decision that adoption was in the child's best interests.</summary>
public sealed class PlacedBeforeBestInterestsDecision() : EpisodeRule("521", "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.", "DECOM", e => e.Decom,
    (e, c) => AdoptionCodes.IsPlacedForAdoption(e) && EpisodeDates.Start(e) is { } placed
        && c.Return.Ad1.Any(a => a.Child == e.Child && Ssda903Dates.Parse(a.DateInt) > placed));

public sealed class DecisionReversedBeforeMade() : PlacedForAdoptionRule("522", "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.", "DATE_PLACED_CEASED", p => p.DatePlacedCeased,
    (p, _) => AdoptionCodes.Ceased(p) < AdoptionCodes.Placed(p));

/// <summary>
/// The adoption's decision date (ad1 DATE_INT) is one of the child's decisions in placed_for_adoption. The DfE's
/// validator compares it with every decision row, so a child with an earlier reversed decision would always fail.
/// </summary>
public sealed class BestInterestsDecisionNotADecision() : Ad1Rule("523", "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).", "DATE_INT", a => a.DateInt,
    (a, c) => Ssda903Dates.Parse(a.DateInt) is { } decided
        && c.Return.PlacedForAdoption.Where(p => p.Child == a.Child && AdoptionCodes.Placed(p) is not null).ToList() is { Count: > 0 } decisions
        && !decisions.Any(p => AdoptionCodes.Placed(p) == decided));

/// <summary>
/// Judged on the child's latest decision: an earlier decision reversed and a later one that led to adoption is the
/// usual story, which the DfE's validator (any reversed row) would report.
/// </summary>
public sealed class AdoptedAfterDecisionReversed() : Ad1Rule("525", "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.", "DATE_INT", a => a.DateInt,
    (a, c) => AdoptionCodes.AnyAdoptionDetail(a) && AdoptionCodes.Decisions(c.Return)[a.Child].LastOrDefault() is { DatePlacedCeased: not null });

public sealed class PlacedWithoutDecision() : EpisodeRule("551", "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.", "PLACE", e => e.Place,
    (e, c) => AdoptionCodes.IsPlacedForAdoption(e) && !c.Return.PlacedForAdoption.Any(p => p.Child == e.Child && p.DatePlaced is not null));

/// <summary>The child's first adoptive placement this year started before their latest decision.</summary>
public sealed class PlacedBeforeDecision() : ChildEpisodesRule("552", "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.", "DECOM", e => e.Decom,
    (episodes, c) => episodes.Where(e => AdoptionCodes.IsPlacedForAdoption(e) && EpisodeDates.Start(e) is not null).Take(1)
        .Where(e => AdoptionCodes.Decisions(c.Return)[e.Child].Select(AdoptionCodes.Placed).Max() > EpisodeDates.Start(e)));

/// <summary>
/// A child placed for adoption or under a placement order left care other than by adoption: the latest decision must
/// say when and why the plan for adoption ended.
/// </summary>
public sealed class LeftCareDecisionNotReversed() : EpisodeRule("557", "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.", "REC", e => e.Rec,
    (e, c) => (AdoptionCodes.IsPlacedForAdoption(e) || e.Ls == LookedAfterCodes.PlacementOrder)
        && EpisodeDates.EndsPeriod(e) && !LookedAfterCodes.Adopted.Contains(e.Rec!)
        && AdoptionCodes.Decisions(c.Return)[e.Child].LastOrDefault() is not { DatePlacedCeased: not null, ReasonPlacedCeased: not null });

/// <summary>Judged on the latest decision: earlier ones may rightly have been reversed.</summary>
public sealed class AdoptedButDecisionReversed() : EpisodeRule("558", "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.", "REC", e => e.Rec,
    (e, c) => LookedAfterCodes.Adopted.Contains(e.Rec ?? "") && AdoptionCodes.Decisions(c.Return)[e.Child].LastOrDefault() is { DatePlacedCeased: not null });

public sealed class ReversalWithoutDecision() : PlacedForAdoptionRule("563", "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank", "DATE_PLACED", p => p.DatePlaced,
    (p, _) => p.DatePlaced is null && p.DatePlacedCeased is not null && p.ReasonPlacedCeased is not null);

/// <summary>Decisions follow one another: each earlier one reversed, on or before the next was made.</summary>
public sealed class DecisionsOverlap() : Ssda903Rule("579", "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.", "DATE_PLACED")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from decisions in AdoptionCodes.Decisions(context.Return)
        let dated = decisions.Where(p => AdoptionCodes.Placed(p) is not null).ToList()
        from pair in dated.Zip(dated.Skip(1))
        where AdoptionCodes.Ceased(pair.First) is not { } ceased || AdoptionCodes.Placed(pair.Second) < ceased
        select Issue(pair.Second.Child, Ssda903Files.PlacedForAdoption, "DATE_PLACED", pair.Second.DatePlaced);
}

public sealed class AdoptedOnDayMatched() : EpisodeRule("582", "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.", "DEC", e => e.Dec,
    (e, c) => LookedAfterCodes.Adopted.Contains(e.Rec ?? "") && EpisodeDates.End(e) is { } adopted
        && c.Return.Ad1.Any(a => a.Child == e.Child && Ssda903Dates.Parse(a.DateMatch) == adopted));

/// <summary>Only the latest decision may still be open: every earlier one needs the date it was revoked.</summary>
public sealed class EarlierDecisionNotRevoked() : Ssda903Rule("583", "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.", "DATE_PLACED_CEASED")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from decisions in AdoptionCodes.Decisions(context.Return)
        from earlier in decisions.SkipLast(1)
        where earlier.DatePlacedCeased is null
        select Issue(earlier.Child, Ssda903Files.PlacedForAdoption, "DATE_PLACED_CEASED", earlier.DatePlacedCeased);
}

/// <summary>The DfE's text asks for every detail of an adoption in the year, so a missing ad1 row fails as well as a blank field.</summary>
public sealed class AdoptionDetailsMissing() : EpisodeRule("601", "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.", "REC", e => e.Rec,
    (e, c) => AdoptionCodes.IsAdoptedInYear(e, c)
        && !c.Return.Ad1.Any(a => a.Child == e.Child && a.DateInt is not null && a.DateMatch is not null && a.FosterCare is not null
            && a.NbAdoptr is not null && a.SexAdoptr is not null && a.LsAdoptr is not null));

public sealed class AdoptionDetailsWithoutAdoption() : Ad1Rule("602", "The episode data submitted for this child does not show that he/she was adopted during the year.", "CHILD", a => a.Child,
    (a, c) => AdoptionCodes.AnyAdoptionDetail(a) && !c.EpisodesOf[a.Child].Any(e => AdoptionCodes.IsAdoptedInYear(e, c)));

public sealed class DecisionBeforeCare() : PlacedForAdoptionRule("1003", "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.", "DATE_PLACED", p => p.DatePlaced,
    (p, c) => c.EpisodesOf[p.Child].Where(e => e.Rne == "S").Select(EpisodeDates.Start).Min() is { } started && AdoptionCodes.Placed(p) < started);

// Against last year's placed_for_adoption (only with --previous).

/// <summary>A decision made before 1 April was in last year's return, if the child was.</summary>
public sealed class EarlierDecisionNotLastYear() : PlacedForAdoptionRule("559", "Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.", "DATE_PLACED", p => p.DatePlaced,
    (p, c) => c.Previous is { } last && c.PreviousHeaders!.ContainsKey(p.Child ?? "") && AdoptionCodes.Placed(p) < c.Year.Start
        && !last.PlacedForAdoption.Any(before => before.Child == p.Child && before.DatePlaced is not null));

/// <summary>A decision still open last year carries on: this year's decisions must include its date.</summary>
public sealed class OpenDecisionDateChanged() : Ssda903Rule("560", "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.", "DATE_PLACED")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context)
    {
        if (context.Previous is not { } last)
        {
            return [];
        }
        var now = AdoptionCodes.Decisions(context.Return);
        return
            from open in last.PlacedForAdoption
            where open.DatePlaced is not null && open.DatePlacedCeased is null && now[open.Child].Any()
                && !now[open.Child].Any(p => p.DatePlaced == open.DatePlaced)
            select now[open.Child].Last() into changed
            select Issue(changed.Child, Ssda903Files.PlacedForAdoption, "DATE_PLACED", changed.DatePlaced);
    }
}

/// <summary>
/// The same decision as one reversed last year must still show its reversal. (The DfE's validator reports the same
/// date whatever this year's row says, which would report a reversed decision carried on faithfully.)
/// </summary>
public sealed class ReversedDecisionReopened() : PlacedForAdoptionRule("561", "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.", "DATE_PLACED", p => p.DatePlaced,
    (p, c) => c.Previous is { } last && p.DatePlaced is not null && p.DatePlacedCeased is null
        && last.PlacedForAdoption.Any(before => before.Child == p.Child && before.DatePlaced == p.DatePlaced && (before.DatePlacedCeased ?? before.ReasonPlacedCeased) is not null));

/// <summary>
/// After last year's decision was reversed, a new decision is later than it. (The DfE's validator also reports the
/// reversed decision carried on with its own date, which 561 asks for.)
/// </summary>
public sealed class NewDecisionNotAfterReversed() : PlacedForAdoptionRule("584", "Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.", "DATE_PLACED", p => p.DatePlaced,
    (p, c) => c.Previous is { } last
        && last.PlacedForAdoption.Where(before => before.Child == p.Child && (before.DatePlacedCeased ?? before.ReasonPlacedCeased) is not null).ToList() is { Count: > 0 } reversed
        && (AdoptionCodes.Placed(p) is not { } placed || reversed.Any(before => AdoptionCodes.Placed(before) > placed)));
