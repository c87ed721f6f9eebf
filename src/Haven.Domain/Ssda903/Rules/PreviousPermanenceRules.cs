using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// previous_permanence.csv: for a child who started to be looked after since 1 April 2016, whether an adoption,
// special guardianship or child arrangements order came before (P1-P4, or Z1 for none) and when.

internal static class PartlyKnownDates
{
    /// <summary>
    /// A date as the DfE allows it in DATE_PERM and the social worker dates: dd/mm/yyyy where an unknown day or month
    /// may be ZZ (ZZ/ZZ/2010). Read as the latest day it could be, so a partly known date is never judged too early.
    /// </summary>
    public static DateOnly? Parse(string? text)
    {
        if (Ssda903Dates.Parse(text) is { } exact)
        {
            return exact;
        }
        var parts = text?.Trim().Split('/');
        if (parts is not [var day, var month, var year] || !int.TryParse(year, out var y) || year.Length != 4 || y < 1)
        {
            return null;
        }
        var m = month == "ZZ" ? 12 : int.TryParse(month, out var mm) && month.Length == 2 && mm is >= 1 and <= 12 ? mm : 0;
        if (m == 0)
        {
            return null;
        }
        var last = DateTime.DaysInMonth(y, m);
        var d = day == "ZZ" ? last : int.TryParse(day, out var dd) && day.Length == 2 && dd >= 1 && dd <= last ? dd : 0;
        return d == 0 ? null : new DateOnly(y, m, d);
    }
}

/// <summary>
/// A child who started to be looked after in the year must have the question answered. The DfE's validator also asks
/// for the order's date and authority whenever the answer is not Z1, which the text does not (P4 is "not known").
/// </summary>
public sealed class PreviousPermanenceMissing() : EpisodeRule("630", "Information on previous permanence option should be returned.", "RNE", e => e.Rne,
    (e, c) => e.Rne == "S" && EpisodeDates.Start(e) >= c.Year.Start
        && !c.Return.PreviousPermanence.Any(p => p.Child == e.Child && p.PrevPerm is not null));

public sealed class PreviousPermanenceInvalid() : PreviousPermanenceRule("631", "Previous permanence option not a valid value.", "PREV_PERM", p => p.PrevPerm,
    (p, _) => p.PrevPerm is not null && !LookedAfterCodes.PreviousPermanence.Contains(p.PrevPerm));

/// <summary>Not a date (ZZ allowed for an unknown day or month), or not before the child's first episode.</summary>
public sealed class PreviousPermanenceDateInvalid() : PreviousPermanenceRule("632", "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year", "DATE_PERM", p => p.DatePerm,
    (p, c) => p.DatePerm is not null
        && (PartlyKnownDates.Parse(p.DatePerm) is not { } order || c.EpisodesOf[p.Child].Select(EpisodeDates.Start).Min() is { } first && order >= first));

/// <summary>
/// The question is for periods of care that began on or after 1 April 2016, as the DfE's text says; its validator
/// instead reports any child whose latest episode began before this year, which would report a child who came into
/// care in 2020 and whose answer is still true.
/// </summary>
public sealed class PreviousPermanenceBefore2016() : PreviousPermanenceRule("634", "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.", "PREV_PERM", p => p.PrevPerm,
    (p, c) => (p.PrevPerm ?? p.LaPerm ?? p.DatePerm) is not null
        && EpisodePairs.PeriodsOfCare(c.EpisodesOf[p.Child]) is { Count: > 0 } periods && periods[^1].Start < Ssda903FromRecord.PreviousPermanenceAskedFrom);

/// <summary>An order's date or authority with no earlier order (Z1, or no answer as the DfE's validator reads it).</summary>
public sealed class PreviousPermanenceDetailsWithoutOrder() : PreviousPermanenceRule("635", "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1", "PREV_PERM", p => p.PrevPerm,
    (p, _) => (p.LaPerm ?? p.DatePerm) is not null && p.PrevPerm is null or "Z1");
