using System.Runtime.CompilerServices;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>
/// Small SSDA903 file sets for tests, as the files' text. The default is one child, C1, born 12 June 2012, in care from
/// 1 June 2025 (full care order, long-term foster care) with a review, a missing episode and UASC status, which breaks
/// no rule; each rule case changes one file's rows from it. Its previous permanence answer is Z1 and its social worker
/// has been allocated since it came into care; it has no oc2, oc3, ad1 or placed for adoption rows. "" is a file with
/// no rows.
/// </summary>
internal sealed record Ssda903Set(
    string? Header = null, string? Episodes = null, string? Reviews = null, string? Missing = null, string? Uasc = null,
    Ssda903Set? Previous = null,
    string? Oc2 = null, string? Oc3 = null, string? Ad1 = null, string? PlacedForAdoption = null, string? PreviousPermanence = null, string? SwEpisodes = null)
{
    public const string Born = "12/06/2012";
    public const string DefaultHeader = "C1,M,12/06/2012,WBRI,UN5,,";
    public const string DefaultEpisode = "C1,01/06/2025,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,";
    public const string DefaultReview = "C1,12/06/2012,01/09/2025,PN1";
    public const string DefaultMissing = "C1,12/06/2012,M,10/10/2025,12/10/2025";
    public const string DefaultUasc = "C1,M,12/06/2012,";
    public const string DefaultPreviousPermanence = "C1,12/06/2012,Z1,,";
    public const string DefaultSwEpisode = "C1,12/06/2012,XX1234ABCD,01/06/2025,,";

    /// <summary>The files as the DfE names them, each with its header row.</summary>
    public IEnumerable<(string FileName, string Text)> Files() =>
    [
        ("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n" + (Header ?? DefaultHeader) + "\r\n"),
        ("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n" + (Episodes ?? DefaultEpisode) + "\r\n"),
        ("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\n" + (Reviews ?? DefaultReview) + "\r\n"),
        ("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\r\n" + (Missing ?? DefaultMissing) + "\r\n"),
        ("uasc.csv", "CHILD,SEX,DOB,DUC\r\n" + (Uasc ?? DefaultUasc) + "\r\n"),
        ("oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\n" + Rows(Oc2)),
        ("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n" + Rows(Oc3)),
        ("ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n" + Rows(Ad1)),
        ("placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\r\n" + Rows(PlacedForAdoption)),
        ("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\n" + Rows(PreviousPermanence ?? DefaultPreviousPermanence)),
        ("sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n" + Rows(SwEpisodes ?? DefaultSwEpisode)),
    ];

    private static string Rows(string? rows) => string.IsNullOrEmpty(rows) ? "" : rows + "\r\n";

    /// <summary>An episode of C1's with the fields rules look at; the rest as the default.</summary>
    public static string Episode(string decom = "01/06/2025", string rne = "S", string ls = "C2", string cin = "N1", string place = "U4",
        string provider = "PR1", string dec = "", string rec = "", string change = "", string child = "C1") =>
        $"{child},{decom},{rne},{ls},{cin},{place},{provider},{dec},{rec},{change},AB1 2CD,AB3 4EF,";

    /// <summary>C1's header row with another date of birth.</summary>
    public static string BornOn(string dob, string upn = "UN5", string sex = "M") => $"C1,{sex},{dob},WBRI,{upn},,";

    public static string SamplePath(string name, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Samples", name);
}
