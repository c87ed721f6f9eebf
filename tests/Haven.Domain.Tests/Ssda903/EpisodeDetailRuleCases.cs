using static Haven.Domain.Tests.Ssda903.Ssda903Set;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>
/// Failing and passing examples for the episode rules about legal statuses, short breaks, temporary placements,
/// postcodes and URNs, and the header rules about mothers, UN4 and the age of an unaccompanied child
/// (see <see cref="Ssda903RuleCases"/>).
/// </summary>
internal static class EpisodeDetailRuleCases
{
    private const string Ended = "01/12/2025";

    /// <summary>C1's episode from 1 June 2025 with the postcodes and URN given (blank for none).</summary>
    private static string Located(string place = "U4", string provider = "PR1", string ls = "C2", string home = "AB1 2CD", string placed = "AB3 4EF", string urn = "") =>
        $"C1,01/06/2025,S,{ls},N1,{place},{provider},,,,{home},{placed},{urn}";

    private static string Episodes(params string[] rows) => string.Join("\r\n", rows);

    /// <summary>Fostered (U6) from 1 June, away in a T3 placement from 1 to 8 August, then back to <paramref name="back"/>.</summary>
    private static string BackFromTemporary(string back) => Episodes(
        Episode(place: "U6", dec: "01/08/2025", rec: "X1", change: "CARPL"),
        Episode(decom: "01/08/2025", rne: "P", place: "T3", provider: "", dec: "08/08/2025", rec: "X1"),
        Episode(decom: "08/08/2025", rne: "P", place: back));

    /// <summary>C1 away in T3 placements (foster carers on holiday) for four days from 1 June, 1 August and 1 October, as many as asked.</summary>
    private static string CarersHolidays(int count) => Episodes([.. new[] { ("01/06/2025", "05/06/2025"), ("01/08/2025", "05/08/2025"), ("01/10/2025", "05/10/2025") }
        .Take(count).Select(d => Episode(decom: d.Item1, place: "T3", provider: "", dec: d.Item2, rec: "E8"))]);

    public static IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> All { get; } = new Dictionary<string, (Ssda903Set, Ssda903Set)>
    {
        // header.csv
        ["171"] = (new(Header: "C1,F,12/06/2012,WBRI,UN5,1,2025-01-01"), new(Header: "C1,F,12/06/2012,WBRI,UN5,1,01/01/2025")),
        ["174"] = (new(Header: "C1,M,12/06/2012,WBRI,UN5,1,01/01/2025"), new(Header: "C1,F,12/06/2012,WBRI,UN5,1,01/01/2025")),
        ["207"] = (new(Header: "C1,F,12/06/2012,WBRI,UN5,0,", Previous: new(Header: "C1,F,12/06/2012,WBRI,UN5,1,01/01/2025")),
            new(Header: "C1,F,12/06/2012,WBRI,UN5,1,", Previous: new(Header: "C1,F,12/06/2012,WBRI,UN5,1,01/01/2025"))),
        ["210"] = (new(Header: BornOn(Born, upn: "UN4")), new(Header: BornOn(Born, upn: "UN4"), Episodes: Episode(decom: "25/03/2026"))),
        ["231"] = (new(Header: BornOn("01/04/2015")), new(Header: BornOn("31/03/2015"))),

        // episodes.csv: legal statuses
        ["361"] = (new(Episodes: Episode(ls: "L1", dec: "05/06/2025", rec: "E8")), new(Episodes: Episode(ls: "L1", dec: "04/06/2025", rec: "E8"))),
        ["362"] = (new(Episodes: Episode(ls: "L2", dec: "23/06/2025", rec: "E8")), new(Episodes: Episode(ls: "L2", dec: "22/06/2025", rec: "E8"))),
        ["363"] = (new(Episodes: Episode(ls: "L3", dec: "09/06/2025", rec: "E8")), new(Episodes: Episode(ls: "L3", dec: "08/06/2025", rec: "E8"))),
        ["364"] = (new(Episodes: Episode(ls: "J2", dec: "23/06/2025", rec: "E8")), new(Episodes: Episode(ls: "J2", dec: "22/06/2025", rec: "E8"))),
        ["358"] = (new(Header: BornOn("01/06/2015"), Episodes: Episode(ls: "J1")), new(Header: BornOn("31/05/2015"), Episodes: Episode(ls: "J1"))),
        ["359"] = (new(Header: BornOn("30/03/2008")), new(Header: BornOn("30/03/2008"), Episodes: Episode(ls: "V2", place: "K2"))),

        // episodes.csv: short breaks
        ["365"] = (new(Episodes: Episode(ls: "V3", place: "U6", dec: "19/06/2025", rec: "E8")), new(Episodes: Episode(ls: "V3", place: "U6", dec: "18/06/2025", rec: "E8"))),
        ["366"] = (new(Episodes: Episode(ls: "V3", rne: "P", place: "U6")), new(Episodes: Episode(ls: "V3", place: "U6"))),
        ["367"] = (new(Episodes: Episode(ls: "V3", place: "U6", dec: "16/08/2025", rec: "E8")), new(Episodes: Episode(ls: "V3", place: "U6", dec: "15/08/2025", rec: "E8"))),
        ["382"] = (new(Episodes: Episode(ls: "V3", place: "T1", provider: "")), new(Episodes: Episode(ls: "V3", place: "U6"))),
        ["384"] = (new(Episodes: Episode(ls: "V4", place: "U4")), new(Episodes: Episode(ls: "V4", place: "U6"))),
        ["214"] = (new(Episodes: Located(ls: "V3", place: "U6", home: "")), new(Episodes: Located(ls: "V3", place: "U6", home: "", placed: ""))),
        ["398"] = (new(Episodes: Located(ls: "V4", place: "U6", placed: "")), new(Episodes: Located(ls: "V4", place: "U6", home: "", placed: ""))),
        ["399"] = (new(Episodes: Episode(ls: "V3", place: "U6")), new(Episodes: Episode(ls: "V3", place: "U6"), Reviews: "")),

        // episodes.csv: placements
        ["375"] = (new(Episodes: Episode(place: "T1", provider: "", dec: "14/07/2025", rec: "E8")), new(Episodes: Episode(place: "T1", provider: "", dec: "13/07/2025", rec: "E8"))),
        ["376"] = (new(Episodes: Episode(place: "T3", provider: "", dec: "23/06/2025", rec: "E8")), new(Episodes: Episode(place: "T3", provider: "", dec: "22/06/2025", rec: "E8"))),
        ["379"] = (new(Episodes: Episode(place: "T4", provider: "", dec: "09/06/2025", rec: "E8")), new(Episodes: Episode(place: "T4", provider: "", dec: "08/06/2025", rec: "E8"))),
        ["377"] = (new(Episodes: CarersHolidays(3)), new(Episodes: CarersHolidays(2))),
        ["383"] = (new(Episodes: BackFromTemporary("U4")), new(Episodes: BackFromTemporary("U6"))),
        ["371"] = (new(Episodes: Episode(place: "K3")), new(Header: BornOn("01/06/2009"), Episodes: Episode(place: "K3"))),
        ["234"] = (new(Header: BornOn("02/06/2015"), Episodes: Episode(dec: Ended, rec: "X1", change: "CUSTOD") + "\r\n" + Episode(decom: Ended, rne: "P", place: "K1")),
            new(Header: BornOn("01/06/2015"), Episodes: Episode(dec: Ended, rec: "X1", change: "CUSTOD") + "\r\n" + Episode(decom: Ended, rne: "P", place: "K1"))),
        ["385"] = (new(Episodes: Episode(dec: "01/04/2026", rec: "E8")), new(Episodes: Episode(dec: "31/03/2026", rec: "E8"))),
        ["225"] = (new(Episodes: Episode(dec: Ended, rec: "X1") + "\r\n" + Episode(decom: Ended, rne: "P", place: "U6")),
            new(Episodes: Episode(dec: Ended, rec: "X1", change: "CARPL") + "\r\n" + Episode(decom: Ended, rne: "P", place: "U6"))),
        ["222"] = (new(Episodes: Located(place: "P1", provider: "PR0", urn: "SC123456")), new(Episodes: Located(place: "P1", provider: "PR0", urn: "XXXXXXX"))),
        ["392d"] = (new(Episodes: Located(placed: "AB1 2CD")), new(Episodes: Located(place: "P1", provider: "PR0", placed: "AB1 2CD"))),
        ["199"] = (new(Episodes: Episode(place: "A4", dec: "01/09/2025", rec: "E11") + "\r\n" + Episode(decom: Ended)),
            new(Episodes: Episode(place: "A4", dec: "01/09/2025", rec: "E8") + "\r\n" + Episode(decom: Ended))),
    };
}
