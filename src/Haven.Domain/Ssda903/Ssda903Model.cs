using Haven.Domain.CinCensus;

namespace Haven.Domain.Ssda903;

// The SSDA903 (children looked after) return as the DfE's CSV files hold it. Every value is kept as the text in the
// file, as the DfE's own validator reads it: a date that is not dd/mm/yyyy or a code outside its list is then a rule's
// finding about the data (102, 141, 143...) with the value shown as typed, not a reader failure that hides the row.
// Column names are the DfE's exactly (returns.md §3.1); property names say the same in C#.

/// <summary>header.csv: one row per child in the return.</summary>
public sealed record Ssda903Header(string? Child, string? Sex, string? Dob, string? Ethnic, string? Upn, string? Mother, string? McDob);

/// <summary>episodes.csv: one row per episode of care (a stretch with one legal status and one placement).</summary>
public sealed record Ssda903Episode(
    string? Child, string? Decom, string? Rne, string? Ls, string? Cin, string? Place, string? PlaceProvider,
    string? Dec, string? Rec, string? ReasonPlaceChange, string? HomePost, string? PlPost, string? Urn);

/// <summary>reviews.csv: each looked-after review held in the year and how the child took part.</summary>
public sealed record Ssda903Review(string? Child, string? Dob, string? Review, string? ReviewCode);

/// <summary>uasc.csv: children who are or were unaccompanied asylum-seeking children, with the date that ceased.</summary>
public sealed record Ssda903Uasc(string? Child, string? Sex, string? Dob, string? Duc);

/// <summary>oc2.csv: outcomes for children looked after continuously for 12 months at 31 March.</summary>
public sealed record Ssda903Oc2(
    string? Child, string? Dob, string? SdqScore, string? SdqReason, string? Convicted, string? HealthCheck,
    string? Immunisations, string? TeethCheck, string? HealthAssessment, string? SubstanceMisuse,
    string? InterventionReceived, string? InterventionOffered);

/// <summary>oc3.csv: care leavers around their 17th to 21st birthdays (and 22 to 25).</summary>
public sealed record Ssda903Oc3(string? Child, string? Dob, string? InTouch, string? Activ, string? Accom);

/// <summary>ad1.csv: children adopted in the year.</summary>
public sealed record Ssda903Ad1(
    string? Child, string? Dob, string? DateInt, string? DateMatch, string? FosterCare, string? NbAdoptr, string? SexAdoptr, string? LsAdoptr);

/// <summary>placed_for_adoption.csv: decisions that a child should be placed for adoption, and their reversal.</summary>
public sealed record Ssda903PlacedForAdoption(string? Child, string? Dob, string? DatePlaced, string? DatePlacedCeased, string? ReasonPlacedCeased);

/// <summary>previous_permanence.csv: an adoption, SGO or child arrangements order before this period of care.</summary>
public sealed record Ssda903PreviousPermanence(string? Child, string? Dob, string? PrevPerm, string? LaPerm, string? DatePerm);

/// <summary>missing.csv: each time the child was missing (M) or away from placement without authorisation (A).</summary>
public sealed record Ssda903Missing(string? Child, string? Dob, string? Missing, string? MisStart, string? MisEnd);

/// <summary>sw_episodes.csv: who the child's social worker was, from the allocation history.</summary>
public sealed record Ssda903SwEpisode(string? Child, string? Dob, string? SwId, string? SwDecom, string? SwDec, string? SwReason);

/// <summary>
/// A whole return: every file's rows. Lists compare by their items, so a return written and read back can be
/// compared with the one written.
/// </summary>
public sealed record Ssda903Return
{
    public EquatableList<Ssda903Header> Header { get; init; } = [];
    public EquatableList<Ssda903Episode> Episodes { get; init; } = [];
    public EquatableList<Ssda903Review> Reviews { get; init; } = [];
    public EquatableList<Ssda903Uasc> Uasc { get; init; } = [];
    public EquatableList<Ssda903Oc2> Oc2 { get; init; } = [];
    public EquatableList<Ssda903Oc3> Oc3 { get; init; } = [];
    public EquatableList<Ssda903Ad1> Ad1 { get; init; } = [];
    public EquatableList<Ssda903PlacedForAdoption> PlacedForAdoption { get; init; } = [];
    public EquatableList<Ssda903PreviousPermanence> PreviousPermanence { get; init; } = [];
    public EquatableList<Ssda903Missing> Missing { get; init; } = [];
    public EquatableList<Ssda903SwEpisode> SwEpisodes { get; init; } = [];

    public static Ssda903Return Empty { get; } = new();
}

/// <summary>
/// One of the return's files: its usual name, its exact DfE columns, and how its rows turn into cells and back.
/// The DfE recognises a file by its set of columns, not its name, and so does <see cref="Ssda903Reader"/>.
/// </summary>
public abstract class Ssda903File(string fileName, params string[] columns)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>The header row then one row of cells per record, in the DfE's column order.</summary>
    public abstract IEnumerable<IReadOnlyList<string?>> Rows(Ssda903Return ssda903);

    public abstract int Count(Ssda903Return ssda903);

    /// <summary>The return with this file's rows replaced by these (cells in <see cref="Columns"/> order).</summary>
    internal abstract Ssda903Return With(Ssda903Return ssda903, IEnumerable<string?[]> rows);

    public override string ToString() => FileName;
}

internal sealed class Ssda903File<T>(
    string fileName,
    string[] columns,
    Func<Ssda903Return, EquatableList<T>> get,
    Func<Ssda903Return, EquatableList<T>, Ssda903Return> set,
    Func<T, string?[]> toCells,
    Func<string?[], T> fromCells) : Ssda903File(fileName, columns)
{
    public override IEnumerable<IReadOnlyList<string?>> Rows(Ssda903Return ssda903)
    {
        yield return Columns;
        foreach (var row in get(ssda903))
        {
            yield return toCells(row);
        }
    }

    public override int Count(Ssda903Return ssda903) => get(ssda903).Count;

    internal override Ssda903Return With(Ssda903Return ssda903, IEnumerable<string?[]> rows) =>
        set(ssda903, [.. rows.Select(fromCells)]);
}

/// <summary>The eleven files of the 2025/26 return, in the order the DfE lists them.</summary>
public static class Ssda903Files
{
    public static Ssda903File Header { get; } = new Ssda903File<Ssda903Header>(
        "header.csv", ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
        r => r.Header, (r, rows) => r with { Header = rows },
        h => [h.Child, h.Sex, h.Dob, h.Ethnic, h.Upn, h.Mother, h.McDob],
        c => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));

    public static Ssda903File Episodes { get; } = new Ssda903File<Ssda903Episode>(
        "episodes.csv", ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
        r => r.Episodes, (r, rows) => r with { Episodes = rows },
        e => [e.Child, e.Decom, e.Rne, e.Ls, e.Cin, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.ReasonPlaceChange, e.HomePost, e.PlPost, e.Urn],
        c => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12]));

    public static Ssda903File Reviews { get; } = new Ssda903File<Ssda903Review>(
        "reviews.csv", ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
        r => r.Reviews, (r, rows) => r with { Reviews = rows },
        v => [v.Child, v.Dob, v.Review, v.ReviewCode],
        c => new(c[0], c[1], c[2], c[3]));

    public static Ssda903File Uasc { get; } = new Ssda903File<Ssda903Uasc>(
        "uasc.csv", ["CHILD", "SEX", "DOB", "DUC"],
        r => r.Uasc, (r, rows) => r with { Uasc = rows },
        u => [u.Child, u.Sex, u.Dob, u.Duc],
        c => new(c[0], c[1], c[2], c[3]));

    public static Ssda903File Oc2 { get; } = new Ssda903File<Ssda903Oc2>(
        "oc2.csv", ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
        r => r.Oc2, (r, rows) => r with { Oc2 = rows },
        o => [o.Child, o.Dob, o.SdqScore, o.SdqReason, o.Convicted, o.HealthCheck, o.Immunisations, o.TeethCheck, o.HealthAssessment, o.SubstanceMisuse, o.InterventionReceived, o.InterventionOffered],
        c => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]));

    public static Ssda903File Oc3 { get; } = new Ssda903File<Ssda903Oc3>(
        "oc3.csv", ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
        r => r.Oc3, (r, rows) => r with { Oc3 = rows },
        o => [o.Child, o.Dob, o.InTouch, o.Activ, o.Accom],
        c => new(c[0], c[1], c[2], c[3], c[4]));

    public static Ssda903File Ad1 { get; } = new Ssda903File<Ssda903Ad1>(
        "ad1.csv", ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
        r => r.Ad1, (r, rows) => r with { Ad1 = rows },
        a => [a.Child, a.Dob, a.DateInt, a.DateMatch, a.FosterCare, a.NbAdoptr, a.SexAdoptr, a.LsAdoptr],
        c => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));

    public static Ssda903File PlacedForAdoption { get; } = new Ssda903File<Ssda903PlacedForAdoption>(
        "placed_for_adoption.csv", ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
        r => r.PlacedForAdoption, (r, rows) => r with { PlacedForAdoption = rows },
        p => [p.Child, p.Dob, p.DatePlaced, p.DatePlacedCeased, p.ReasonPlacedCeased],
        c => new(c[0], c[1], c[2], c[3], c[4]));

    public static Ssda903File PreviousPermanence { get; } = new Ssda903File<Ssda903PreviousPermanence>(
        "previous_permanence.csv", ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
        r => r.PreviousPermanence, (r, rows) => r with { PreviousPermanence = rows },
        p => [p.Child, p.Dob, p.PrevPerm, p.LaPerm, p.DatePerm],
        c => new(c[0], c[1], c[2], c[3], c[4]));

    public static Ssda903File Missing { get; } = new Ssda903File<Ssda903Missing>(
        "missing.csv", ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
        r => r.Missing, (r, rows) => r with { Missing = rows },
        m => [m.Child, m.Dob, m.Missing, m.MisStart, m.MisEnd],
        c => new(c[0], c[1], c[2], c[3], c[4]));

    public static Ssda903File SwEpisodes { get; } = new Ssda903File<Ssda903SwEpisode>(
        "sw_episodes.csv", ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
        r => r.SwEpisodes, (r, rows) => r with { SwEpisodes = rows },
        s => [s.Child, s.Dob, s.SwId, s.SwDecom, s.SwDec, s.SwReason],
        c => new(c[0], c[1], c[2], c[3], c[4], c[5]));

    public static IReadOnlyList<Ssda903File> All { get; } =
        [Header, Episodes, Reviews, Uasc, Oc2, Oc3, Ad1, PlacedForAdoption, PreviousPermanence, Missing, SwEpisodes];
}

/// <summary>The return's one date format, dd/mm/yyyy, both ways.</summary>
public static class Ssda903Dates
{
    public static string? Format(DateOnly? date) =>
        date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The date, or null when the text is blank or not a real dd/mm/yyyy date (which a rule then reports).</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>True when the text is present but not a date the DfE would read.</summary>
    public static bool IsInvalid(string? text) => !string.IsNullOrWhiteSpace(text) && Parse(text) is null;
}
