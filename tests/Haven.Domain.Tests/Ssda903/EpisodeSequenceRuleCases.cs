using static Haven.Domain.Tests.Ssda903.Ssda903Set;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>
/// Failing and passing examples for the rules on how episodes follow one another, the header's UPN and motherhood
/// fields, review participation by age and missing periods against the episodes (read as files, like
/// <see cref="Ssda903RuleCases"/>).
/// </summary>
internal static class EpisodeSequenceRuleCases
{
    private const string Ended = "01/12/2025";

    /// <summary>C1's care carries on from 1 December 2025 in a new episode after one ending that day with this reason.</summary>
    private static string ThenOnFirstDecember(string rec = "X1", string rne = "P", string ls = "C2", string cin = "N1", string place = "U6", string decom = Ended) =>
        Episode(dec: Ended, rec: rec) + "\r\n" + Episode(decom: decom, rne: rne, ls: ls, cin: cin, place: place);

    private static string Mother(string dob = "12/06/2008", string mother = "1", string childBorn = "01/01/2025") => $"C1,F,{dob},WBRI,UN5,{mother},{childBorn}";

    public static IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> All { get; } = new Dictionary<string, (Ssda903Set, Ssda903Set)>
    {
        // episodes.csv
        ["407"] = (new(Header: BornOn("01/12/2007"), Episodes: Episode(dec: Ended, rec: "E45")), new(Header: BornOn("02/12/2007"), Episodes: Episode(dec: Ended, rec: "E45"))),
        ["408"] = (new(Episodes: Episode(place: "A5", ls: "C2")), new(Episodes: Episode(place: "A5", ls: "E1"))),
        ["426"] = (new(Episodes: Episode(ls: "V3", dec: Ended, rec: "E8") + "\r\n" + Episode(decom: "01/01/2026", ls: "V4")),
            new(Episodes: Episode(ls: "V3", dec: Ended, rec: "E8") + "\r\n" + Episode(decom: "01/01/2026", ls: "V3"))),
        ["431"] = (new(Episodes: ThenOnFirstDecember(rne: "S")), new(Episodes: ThenOnFirstDecember(rne: "P"))),
        ["432"] = (new(Episodes: ThenOnFirstDecember(rec: "E8", rne: "P", decom: "10/12/2025")), new(Episodes: ThenOnFirstDecember(rec: "E8", rne: "S", decom: "10/12/2025"))),
        ["433"] = (new(Episodes: ThenOnFirstDecember(decom: "02/12/2025")), new(Episodes: ThenOnFirstDecember())),
        ["434"] = (new(Episodes: ThenOnFirstDecember(rne: "L", place: "U4")), new(Episodes: ThenOnFirstDecember(rne: "L", ls: "E1", place: "U4"))),
        ["435"] = (new(Episodes: ThenOnFirstDecember(rne: "P", place: "U4")), new(Episodes: ThenOnFirstDecember(rne: "P", place: "U6"))),
        ["436"] = (new(Episodes: ThenOnFirstDecember(rne: "B", ls: "E1", place: "U4")), new(Episodes: ThenOnFirstDecember(rne: "B", ls: "E1", place: "U6"))),
        ["437"] = (new(Episodes: ThenOnFirstDecember(rec: "E2", rne: "S", decom: "10/12/2025")), new(Episodes: ThenOnFirstDecember(rec: "E8", rne: "S", decom: "10/12/2025"))),
        ["446"] = (new(Header: BornOn("01/01/2004"), Episodes: Episode(decom: "30/11/2005", ls: "E1")), new(Header: BornOn("01/01/2004"), Episodes: Episode(decom: "01/12/2005", ls: "E1"))),
        ["460"] = (new(Header: BornOn("02/12/2007"), Episodes: Episode(dec: Ended, rec: "E17")), new(Header: BornOn("01/12/2007"), Episodes: Episode(dec: Ended, rec: "E17"))),
        ["501"] = (new(Episodes: ThenOnFirstDecember(decom: "30/11/2025")), new(Episodes: ThenOnFirstDecember())),
        ["504"] = (new(Episodes: ThenOnFirstDecember(cin: "N2")), new(Episodes: ThenOnFirstDecember(cin: "N1"))),
        ["516"] = (new(Episodes: Episode(dec: Ended, rec: "E45", place: "K2", provider: "PR4")), new(Episodes: Episode(dec: Ended, rec: "E45", place: "U4"))),
        ["580"] = (new(Header: BornOn("01/12/2007"), Episodes: Episode(dec: Ended, rec: "E4A"), Missing: "C1,01/12/2007,M,20/11/2025,01/12/2025"),
            new(Header: BornOn("01/12/2007"), Episodes: Episode(dec: Ended, rec: "E8"), Missing: "C1,01/12/2007,M,20/11/2025,01/12/2025")),

        // header.csv
        ["442"] = (new(Header: "C1,M,12/06/2012,WBRI,,,"), new(Header: DefaultHeader)),
        ["444"] = (new(Header: BornOn(Born, upn: "H801200001001") + "\r\nC2,F,01/01/2013,WBRI,H801200001001,,"),
            new(Header: BornOn(Born, upn: "H801200001001") + "\r\nC2,F,01/01/2013,WBRI,UN5,,")),
        ["611"] = (new(Header: Mother(childBorn: "")), new(Header: Mother())),
        ["612"] = (new(Header: Mother(mother: "0")), new(Header: Mother(mother: "1"))),
        ["620"] = (new(Header: Mother(dob: "02/04/2014")), new(Header: Mother(dob: "01/04/2014"))),
        ["621"] = (new(Header: Mother(childBorn: "12/06/2008")), new(Header: Mother(childBorn: "13/06/2008"))),
        ["625"] = (new(Header: Mother(childBorn: "01/04/2026")), new(Header: Mother(childBorn: "31/03/2026"))),
        ["628"] = (new(Header: Mother(), Episodes: "", Oc3: "C1,12/06/2008,YES,F1,U1"), new(Header: Mother(mother: "", childBorn: ""), Episodes: "", Oc3: "C1,12/06/2008,YES,F1,U1")),
        ["EPI"] = (new(Episodes: ""), new(Episodes: "", Oc3: "C1,12/06/2012,YES,F1,U1")),
        ["624"] = (new(Header: Mother(), Previous: new(Header: Mother(childBorn: "01/02/2025"))), new(Header: Mother(), Previous: new(Header: Mother()))),
        ["626"] = (new(Header: Mother(), Previous: new(Header: Mother(mother: "0", childBorn: ""))), new(Header: Mother(childBorn: "01/06/2025"), Previous: new(Header: Mother(mother: "0", childBorn: "")))),

        // reviews.csv
        ["440"] = (new(Reviews: "C1,12/06/2012,01/09/2025,PN0"), new(Header: BornOn("02/09/2021"), Reviews: "C1,02/09/2021,01/09/2025,PN0")),
        ["441"] = (new(Header: BornOn("02/09/2021"), Reviews: "C1,02/09/2021,01/09/2025,PN1"), new(Header: BornOn("01/09/2021"), Reviews: "C1,01/09/2021,01/09/2025,PN1")),

        // missing.csv against the episodes
        ["574"] = (new(Missing: "C1,12/06/2012,M,10/10/2025,\r\nC1,12/06/2012,M,20/10/2025,22/10/2025"), new(Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025\r\nC1,12/06/2012,M,20/10/2025,22/10/2025")),
        ["575"] = (new(Episodes: ThenOnFirstDecember(), Missing: "C1,12/06/2012,M,10/10/2025,"), new(Episodes: ThenOnFirstDecember(), Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025")),
        ["577"] = (new(Episodes: Episode(dec: Ended, rec: "E8"), Missing: "C1,12/06/2012,M,10/10/2025,"), new(Episodes: Episode(dec: Ended, rec: "E8"), Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025")),
        ["578"] = (new(Episodes: Episode(dec: "01/10/2025", rec: "E8"), Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025"), new(Episodes: Episode(dec: "01/10/2025", rec: "E8"), Missing: "C1,12/06/2012,M,10/09/2025,12/09/2025")),
        ["581"] = (new(Missing: "C1,12/06/2012,M,10/05/2025,12/05/2025"), new(Missing: DefaultMissing)),

        // uasc.csv
        ["1014"] = (new(Episodes: "", Oc3: "C1,12/06/2012,YES,F1,U1"), new(Oc3: "C1,12/06/2012,YES,F1,U1")),
    };
}
