using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// ad1.csv (children adopted in the year) and placed_for_adoption.csv (decisions that a child should be placed for
// adoption, and their reversal), checked against each other and against the child's episodes.

internal static class AdoptionEpisodes
{
    /// <summary>The child's episodes that ended in adoption (E11 or E12).</summary>
    public static IEnumerable<Ssda903Episode> EndedInAdoption(Ssda903RuleContext c, string? child) =>
        c.EpisodesOf[child].Where(e => LookedAfterCodes.Adopted.Contains(e.Rec ?? ""));

    /// <summary>When the child's latest period of care began: the start of their latest episode with reason S.</summary>
    public static DateOnly? LatestPeriodStart(Ssda903RuleContext c, string? child) =>
        c.EpisodesOf[child].Where(e => e.Rne == "S").Select(EpisodeDates.Start).Max();

    /// <summary>
    /// The end of the child's care as the return shows it: the end of their latest episode that did not carry on into
    /// another (reason ceased not X1), or null when it is still open.
    /// </summary>
    public static DateOnly? CareEnded(Ssda903RuleContext c, string? child) =>
        c.EpisodesOf[child].Where(e => EpisodeDates.Start(e) is not null && e.Rec != LookedAfterCodes.NewEpisodeSameDay)
            .MaxBy(EpisodeDates.Start) is { } latest ? EpisodeDates.End(latest) : null;
}

public sealed class AdoptionDecisionDateInvalid() : Ad1Rule("112", "Date should be placed for adoption is not a valid date.", "DATE_INT", a => a.DateInt, (a, _) => Ssda903Dates.IsInvalid(a.DateInt));

public sealed class AdoptionMatchDateInvalid() : Ad1Rule("113", "Date matching child and adopter(s) is not a valid date.", "DATE_MATCH", a => a.DateMatch, (a, _) => Ssda903Dates.IsInvalid(a.DateMatch));

public sealed class AdoptedByFosterCarersInvalid() : Ad1Rule("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.", "FOSTER_CARE", a => a.FosterCare,
    (a, _) => a.FosterCare is not null && !LookedAfterCodes.NoOrYes.Contains(a.FosterCare));

public sealed class NumberOfAdoptersInvalid() : Ad1Rule("175", "The number of adopter(s) code is not a valid code.", "NB_ADOPTR", a => a.NbAdoptr,
    (a, _) => a.NbAdoptr is not null && !LookedAfterCodes.NumbersOfAdopters.Contains(a.NbAdoptr));

public sealed class AdoptersSexInvalid() : Ad1Rule("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", "SEX_ADOPTR", a => a.SexAdoptr,
    (a, _) => a.SexAdoptr is not null && !LookedAfterCodes.AdoptersSex.Contains(a.SexAdoptr));

public sealed class AdoptersLegalStatusInvalid() : Ad1Rule("177", "The legal status of adopter(s) code is not a valid code.", "LS_ADOPTR", a => a.LsAdoptr,
    (a, _) => a.LsAdoptr is not null && !LookedAfterCodes.AdoptersLegalStatus.Contains(a.LsAdoptr));

/// <summary>An adoption row is all or nothing: a half-filled one is reported at its first blank item.</summary>
public sealed class AdoptionPartlyCompleted() : Ssda903Rule("151", "All data items relating to a childs adoption must be coded or left blank.", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from a in context.Return.Ad1
        let items = new[] { a.DateInt, a.DateMatch, a.FosterCare, a.NbAdoptr, a.SexAdoptr, a.LsAdoptr }
        where items.Any(i => i is not null) && items.Any(i => i is null)
        select Issue(a.Child, Ssda903Files.Ad1, Fields[Array.FindIndex(items, i => i is null)], null);
}

/// <summary>The match comes after the decision that the child should be placed for adoption, never without one.</summary>
public sealed class MatchedBeforeDecision() : Ad1Rule("333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).", "DATE_INT", a => a.DateInt,
    (a, _) => Ssda903Dates.Parse(a.DateMatch) is { } matched && (a.DateInt is null || Ssda903Dates.Parse(a.DateInt) > matched));

/// <summary>The child is matched by the day they are placed for adoption: the start of the episode that ended in adoption.</summary>
public sealed class MatchedAfterPlacement() : Ad1Rule("331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.", "DATE_MATCH", a => a.DateMatch,
    (a, c) => Ssda903Dates.Parse(a.DateMatch) is { } matched && AdoptionEpisodes.EndedInAdoption(c, a.Child).Any(e => matched > EpisodeDates.Start(e)));

public sealed class DecisionBeforeCareBegan() : Ad1Rule("334", "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.", "DATE_INT", a => a.DateInt,
    (a, c) => Ssda903Dates.Parse(a.DateInt) < AdoptionEpisodes.LatestPeriodStart(c, a.Child));

/// <summary>
/// FOSTER_CARE says whether the adopters were the child's foster carers, which the last placement says too: A3 and A5
/// are placements for adoption with the current foster carers, A4 and A6 with others. The DfE's text also names the
/// retired A1 and A2, which no 2025/26 episode can have.
/// </summary>
public sealed class AdoptedByFosterCarersNotAsPlacement() : Ad1Rule("335", "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.", "FOSTER_CARE", a => a.FosterCare,
    (a, c) => AdoptionEpisodes.EndedInAdoption(c, a.Child).Any(e =>
        (a.FosterCare == "0" && e.Place is "A2" or "A3" or "A5") || (a.FosterCare == "1" && e.Place is "A1" or "A4" or "A6")));

public sealed class PlacedForAdoptionDateInvalid() : PlacedForAdoptionRule("115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.", "DATE_PLACED", p => p.DatePlaced, (p, _) => Ssda903Dates.IsInvalid(p.DatePlaced));

public sealed class NoLongerPlacedDateInvalid() : PlacedForAdoptionRule("116", "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.", "DATE_PLACED_CEASED", p => p.DatePlacedCeased, (p, _) => Ssda903Dates.IsInvalid(p.DatePlacedCeased));

/// <summary>Neither decision can be dated after 31 March, nor after the child's care ended.</summary>
public sealed class AdoptionDecisionAfterCareEnded() : Ssda903Rule("117", "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.", "DATE_PLACED", "DATE_PLACED_CEASED")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from p in context.Return.PlacedForAdoption
        let ended = AdoptionEpisodes.CareEnded(context, p.Child)
        from decision in new[] { ("DATE_PLACED", p.DatePlaced), ("DATE_PLACED_CEASED", p.DatePlacedCeased) }
        where Ssda903Dates.Parse(decision.Item2) is { } day && (day > context.Year.End || day > ended)
        select Issue(p.Child, Ssda903Files.PlacedForAdoption, decision.Item1, decision.Item2);
}

/// <summary>The reversal is this year's, and made while the child was looked after (other than on short breaks).</summary>
public sealed class NoLongerPlacedBeforeYearOrCare() : PlacedForAdoptionRule("118", "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.", "DATE_PLACED_CEASED", p => p.DatePlacedCeased,
    (p, c) => Ssda903Dates.Parse(p.DatePlacedCeased) is { } ceased
        && (ceased < c.Year.Start || ceased < c.EpisodesOf[p.Child].Where(e => !LookedAfterCodes.ShortBreaks.Contains(e.Ls ?? "")).Select(EpisodeDates.Start).Min()));

public sealed class NoLongerPlacedDateAndReasonNotBoth() : PlacedForAdoptionRule("119", "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.", "REASON_PLACED_CEASED", p => p.ReasonPlacedCeased,
    (p, _) => (p.DatePlacedCeased is null) != (p.ReasonPlacedCeased is null));

public sealed class NoLongerPlacedReasonInvalid() : PlacedForAdoptionRule("120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.", "REASON_PLACED_CEASED", p => p.ReasonPlacedCeased,
    (p, _) => p.ReasonPlacedCeased is not null && !LookedAfterCodes.ReasonsNoLongerPlacedForAdoption.Contains(p.ReasonPlacedCeased));

public sealed class PlacedForAdoptionBeforeBirth() : PlacedForAdoptionRule("184", "Date of decision that a child should be placed for adoption is before the child was born.", "DATE_PLACED", p => p.DatePlaced,
    (p, c) => Ssda903Dates.Parse(p.DatePlaced) < c.BornOf(p.Child));

/// <summary>A child is adopted from a placement for adoption (A3 to A6), so the adoption episode must be one.</summary>
public sealed class AdoptedWithoutAdoptionPlacement() : EpisodeRule("390", "Reason episode ceased is adopted but child has not been previously placed for adoption.", "REC", e => e.Rec,
    (e, _) => LookedAfterCodes.Adopted.Contains(e.Rec ?? "") && e.Place is not ("A3" or "A4" or "A5" or "A6"));

/// <summary>A placement for adoption with consent (A3, A4) follows a foster placement or another adoption placement.</summary>
public sealed class PlacedForAdoptionNotFromFostering() : ChildEpisodesRule("336", "Child does not have a foster placement immediately prior to being placed for adoption.", "PLACE", e => e.Place,
    (episodes, _) => episodes.Skip(1).Where((e, i) => e.Place is "A3" or "A4"
        && episodes[i].Place is not ("A3" or "A4" or "A5" or "A6" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6")));
