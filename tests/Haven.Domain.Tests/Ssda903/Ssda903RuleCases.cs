using static Haven.Domain.Tests.Ssda903.Ssda903Set;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>
/// For every implemented rule, a file set that breaks it and a nearly identical one that does not, differing only in
/// what the rule is about; both are read through <see cref="Domain.Ssda903.Ssda903Reader"/> as the DfE's files would be.
/// </summary>
internal static class Ssda903RuleCases
{
    private const string Ended = "01/12/2025";

    public static IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> All { get; } = new Dictionary<string, (Ssda903Set, Ssda903Set)>
    {
        // header.csv
        ["101"] = (new(Header: BornOn(Born, sex: "1")), new(Header: BornOn(Born, sex: "F"), Uasc: "C1,F,12/06/2012,")),
        ["102"] = (new(Header: BornOn("31/02/2012")), new(Header: BornOn("29/02/2012"), Reviews: "C1,29/02/2012,01/09/2025,PN1", Missing: "C1,29/02/2012,M,10/10/2025,12/10/2025", Uasc: "C1,M,29/02/2012,")),
        ["103"] = (new(Header: "C1,M,12/06/2012,WBR,UN5,,"), new(Header: "C1,M,12/06/2012,WBRI,UN5,,")),
        ["168"] = (new(Header: BornOn(Born, upn: "X12")), new(Header: BornOn(Born, upn: "H801200001001"))),
        ["209"] = (new(Header: BornOn(Born, upn: "UN1")), new(Header: BornOn("12/06/2021", upn: "UN1"))),
        ["232"] = (new(Header: BornOn(Born, sex: "U")), new(Header: BornOn(Born, sex: "M"))),
        ["301"] = (new(Header: BornOn("01/04/2026")), new(Header: BornOn("31/03/2026"))),
        ["351"] = (new(Header: BornOn("31/03/2000")), new(Header: BornOn("01/04/2000"))),
        ["INT32"] = (new(Header: DefaultHeader + "\r\n" + DefaultHeader), new(Header: DefaultHeader)),
        ["202"] = (new(Previous: new(Header: BornOn(Born, sex: "F"))), new(Previous: new(Header: BornOn(Born, sex: "M")))),
        ["203"] = (new(Previous: new(Header: BornOn("12/07/2012"))), new(Previous: new(Header: BornOn(Born)))),
        ["204"] = (new(Previous: new(Header: "C1,M,12/06/2012,WIRI,UN5,,")), new(Previous: new(Header: "C1,M,12/06/2012,WBRI,UN5,,"))),
        ["208"] = (new(Header: BornOn(Born, upn: "H801200001001"), Previous: new(Header: BornOn(Born, upn: "G80120000101A"))),
            new(Header: BornOn(Born, upn: "H801200001001"), Previous: new(Header: BornOn(Born, upn: "UN5")))),

        // episodes.csv
        ["141"] = (new(Episodes: Episode(decom: "2025-06-01")), new(Episodes: Episode(decom: "01/06/2025"))),
        ["143"] = (new(Episodes: Episode(rne: "X")), new(Episodes: Episode(rne: "S"))),
        ["144"] = (new(Episodes: Episode(ls: "C9")), new(Episodes: Episode(ls: "C1"))),
        ["145"] = (new(Episodes: Episode(cin: "N9")), new(Episodes: Episode(cin: "N8"))),
        ["146"] = (new(Episodes: Episode(place: "H5")), new(Episodes: Episode(place: "K3"))),
        ["147"] = (new(Episodes: Episode(dec: "31/13/2025", rec: "E8")), new(Episodes: Episode(dec: Ended, rec: "E8"))),
        ["148"] = (new(Episodes: Episode(dec: Ended)), new(Episodes: Episode(dec: Ended, rec: "E8"))),
        ["149"] = (new(Episodes: Episode(dec: Ended, rec: "E99")), new(Episodes: Episode(dec: Ended, rec: "E4A"))),
        ["178"] = (new(Episodes: Episode(provider: "PR9")), new(Episodes: Episode(provider: "PR4"))),
        ["213"] = (new(Episodes: Episode(place: "T1", provider: "PR1")), new(Episodes: Episode(place: "T1", provider: ""))),
        ["217"] = (new(Episodes: Episode(place: "A3", rne: "P")), new(Episodes: Episode(place: "A3", rne: "T"))),
        ["226"] = (new(Episodes: Episode(place: "T1", provider: "", dec: Ended, rec: "E8", change: "CARPL")), new(Episodes: Episode(place: "T1", provider: "", dec: Ended, rec: "E8"))),
        ["233"] = (new(Episodes: Episode(change: "CARPL")), new(Episodes: Episode(dec: Ended, rec: "E8", change: "CARPL"))),
        ["1009"] = (new(Episodes: Episode(dec: Ended, rec: "E8", change: "MOVED")), new(Episodes: Episode(dec: Ended, rec: "E8", change: "CARPL"))),
        ["302"] = (new(Episodes: Episode(decom: "11/06/2012")), new(Episodes: Episode(decom: "12/06/2012"))),
        ["352"] = (new(Header: BornOn("01/06/2007")), new(Header: BornOn("02/06/2007"))),
        ["353"] = (new(Header: BornOn("01/01/1990"), Episodes: Episode(decom: "13/10/1991")), new(Header: BornOn("01/01/1990"), Episodes: Episode(decom: "14/10/1991"))),
        ["354"] = (new(Episodes: Episode(dec: "01/04/2026", rec: "E8")), new(Episodes: Episode(dec: "31/03/2026", rec: "E8"))),
        ["355"] = (new(Episodes: Episode(dec: "01/06/2025", rec: "E8")), new(Episodes: Episode(dec: "02/06/2025", rec: "E8"))),
        ["356"] = (new(Episodes: Episode(dec: "31/05/2025", rec: "E8")), new(Episodes: Episode(dec: "02/06/2025", rec: "E8"))),
        ["357"] = (new(Episodes: Episode(rne: "P")), new(Episodes: Episode(decom: "01/03/2025", rne: "P"))),
        ["142"] = (new(Episodes: Episode() + "\r\n" + Episode(decom: Ended, rne: "P", place: "U6")),
            new(Episodes: Episode(dec: Ended, rec: "X1", change: "CARPL") + "\r\n" + Episode(decom: Ended, rne: "P", place: "U6"))),
        ["388"] = (new(Episodes: Episode(dec: Ended, rec: "X1", change: "CARPL")),
            new(Episodes: Episode(dec: Ended, rec: "X1", change: "CARPL") + "\r\n" + Episode(decom: Ended, rne: "P", place: "U6"))),
        ["372"] = (new(Header: BornOn("02/06/2015"), Episodes: Episode(place: "R5")), new(Header: BornOn("01/06/2015"), Episodes: Episode(place: "R5"))),
        ["373"] = (new(Header: BornOn("02/06/2021"), Episodes: Episode(place: "S1")), new(Header: BornOn("01/06/2021"), Episodes: Episode(place: "S1"))),
        ["374"] = (new(Header: BornOn("02/06/2011"), Episodes: Episode(place: "P3")), new(Header: BornOn("01/06/2011"), Episodes: Episode(place: "P3"))),
        ["378"] = (new(Episodes: Episode(place: "P1", ls: "V2", provider: "PR0")), new(Episodes: Episode(place: "P1", ls: "C2", provider: "PR0"))),
        ["380"] = (new(Episodes: Episode(place: "T1", provider: "")), new(Episodes: Episode(place: "U4"))),
        ["381"] = (new(Episodes: Episode(place: "T1", provider: "", dec: Ended, rec: "E8")), new(Episodes: Episode(place: "T1", provider: "", dec: Ended, rec: "X1"))),
        ["386"] = (new(Header: BornOn("01/12/2007"), Episodes: Episode(dec: Ended, rec: "E11")), new(Header: BornOn("02/12/2007"), Episodes: Episode(dec: Ended, rec: "E11"))),
        ["387"] = (new(Header: BornOn("02/12/2011"), Episodes: Episode(dec: Ended, rec: "E5")), new(Header: BornOn("01/12/2011"), Episodes: Episode(dec: Ended, rec: "E5"))),
        ["389"] = (new(Header: BornOn("02/12/2009"), Episodes: Episode(dec: Ended, rec: "E7")), new(Header: BornOn("01/12/2009"), Episodes: Episode(dec: Ended, rec: "E7"))),
        ["527"] = (new(Episodes: Episode(place: "R2", provider: "PR1")), new(Episodes: Episode(place: "K2", provider: "PR1"))),
        ["528"] = (new(Episodes: Episode(place: "R5", provider: "PR2")), new(Episodes: Episode(place: "K2", provider: "PR2"))),
        ["529"] = (new(Episodes: Episode(place: "K2", provider: "PR3")), new(Episodes: Episode(place: "R2", provider: "PR3"))),
        ["530"] = (new(Episodes: Episode(place: "P1", provider: "PR4")), new(Episodes: Episode(place: "K2", provider: "PR4"))),
        ["531"] = (new(Episodes: Episode(place: "P1", provider: "PR5")), new(Episodes: Episode(place: "K2", provider: "PR5"))),
        ["550"] = (new(Episodes: Episode(place: "U4", provider: "PR0")), new(Episodes: Episode(place: "P1", provider: "PR0"))),
        ["INT03"] = (new(Episodes: Episode(child: "C2")), new(Episodes: Episode(child: "C1"))),

        // reviews.csv
        ["166"] = (new(Reviews: "C1,12/06/2012,,PN1"), new(Reviews: "C1,12/06/2012,01/09/2025,PN1")),
        ["167"] = (new(Reviews: "C1,12/06/2012,01/09/2025,PN9"), new(Reviews: "C1,12/06/2012,01/09/2025,PN7")),
        ["INT08"] = (new(Reviews: "C2,12/06/2012,01/09/2025,PN1"), new(Reviews: "C1,12/06/2012,01/09/2025,PN1")),
        ["INT17"] = (new(Reviews: "C1,13/06/2012,01/09/2025,PN1"), new(Reviews: "C1,12/06/2012,01/09/2025,PN1")),

        // missing.csv
        ["564"] = (new(Missing: "C1,12/06/2012,M,,12/10/2025"), new(Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025")),
        ["565"] = (new(Missing: "C1,12/06/2012,,10/10/2025,"), new(Missing: "C1,12/06/2012,M,10/10/2025,")),
        ["566"] = (new(Missing: "C1,12/06/2012,,10/10/2025,12/10/2025"), new(Missing: "C1,12/06/2012,A,10/10/2025,12/10/2025")),
        ["567"] = (new(Missing: "C1,12/06/2012,M,10/10/2025,09/10/2025"), new(Missing: "C1,12/06/2012,M,10/10/2025,10/10/2025")),
        ["570"] = (new(Missing: "C1,12/06/2012,M,01/04/2026,"), new(Missing: "C1,12/06/2012,M,31/03/2026,")),
        ["571"] = (new(Missing: "C1,12/06/2012,M,10/10/2025,01/04/2026"), new(Missing: "C1,12/06/2012,M,10/10/2025,31/03/2026")),
        ["586"] = (new(Header: BornOn("11/10/2025"), Missing: "C1,11/10/2025,M,10/10/2025,12/10/2025"), new(Header: BornOn("10/10/2025"), Missing: "C1,10/10/2025,M,10/10/2025,12/10/2025")),
        ["1004"] = (new(Missing: "C1,12/06/2012,M,2025-10-10,12/10/2025"), new(Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025")),
        ["1005"] = (new(Missing: "C1,12/06/2012,M,10/10/2025,2025-10-12"), new(Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025")),
        ["1006"] = (new(Missing: "C1,12/06/2012,X,10/10/2025,12/10/2025"), new(Missing: "C1,12/06/2012,A,10/10/2025,12/10/2025")),
        ["INT04"] = (new(Missing: "C2,12/06/2012,M,10/10/2025,12/10/2025"), new(Missing: DefaultMissing)),
        ["INT13"] = (new(Missing: "C1,12/06/2013,M,10/10/2025,12/10/2025"), new(Missing: DefaultMissing)),

        // against last year's return: C1 in care since 1 March 2025, in a U4 placement left open on 31 March
        ["502"] = (new(Episodes: Episode(decom: "02/03/2025", rne: "S"), Previous: new(Episodes: Episode(decom: "01/03/2025"))),
            new(Episodes: Episode(decom: "01/03/2025"), Previous: new(Episodes: Episode(decom: "01/03/2025")))),
        ["503A"] = (new(Episodes: Episode(decom: "01/03/2025", rne: "P"), Previous: new(Episodes: Episode(decom: "01/03/2025"))),
            new(Episodes: Episode(decom: "01/03/2025", rne: "P"), Previous: new(Episodes: Episode(decom: "01/03/2025", dec: "31/03/2025", rec: "E8")))),
        ["503B"] = (new(Episodes: Episode(decom: "01/03/2025", ls: "C1"), Previous: new(Episodes: Episode(decom: "01/03/2025"))),
            new(Episodes: Episode(decom: "01/03/2025", ls: "C2"), Previous: new(Episodes: Episode(decom: "01/03/2025")))),
        ["503C"] = (new(Episodes: Episode(decom: "01/03/2025", cin: "N2"), Previous: new(Episodes: Episode(decom: "01/03/2025"))),
            new(Episodes: Episode(decom: "01/03/2025", cin: "N1"), Previous: new(Episodes: Episode(decom: "01/03/2025")))),
        ["503D"] = (new(Episodes: Episode(decom: "01/03/2025", place: "U6"), Previous: new(Episodes: Episode(decom: "01/03/2025"))),
            new(Episodes: Episode(decom: "01/03/2025", place: "U4"), Previous: new(Episodes: Episode(decom: "01/03/2025")))),
        ["503E"] = (new(Episodes: Episode(decom: "01/03/2025", provider: "PR4"), Previous: new(Episodes: Episode(decom: "01/03/2025"))),
            new(Episodes: Episode(decom: "01/03/2025", provider: "PR1"), Previous: new(Episodes: Episode(decom: "01/03/2025")))),
        ["503F"] = (new(Episodes: "C1,01/03/2025,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,SC123456", Previous: new(Episodes: Episode(decom: "01/03/2025"))),
            new(Episodes: "C1,01/03/2025,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,SC123456", Previous: new(Episodes: "C1,01/03/2025,S,C2,N1,U4,PR1,,,,AB1 2CD,AB3 4EF,SC123456"))),
        ["562"] = (new(Episodes: Episode(decom: "01/03/2025"), Previous: new(Episodes: Episode(decom: "01/02/2025", dec: "01/03/2025", rec: "E8"))),
            new(Episodes: Episode(decom: "01/03/2025"), Previous: new(Episodes: Episode(decom: "01/03/2025")))),
        ["NoE"] = (new(Episodes: Episode(decom: "01/03/2025"), Previous: new(Episodes: Episode(child: "C2"), Header: "C2,M,12/06/2012,WBRI,UN5,,")),
            new(Episodes: Episode(decom: "01/03/2025"), Previous: new(Episodes: Episode(decom: "01/03/2025")))),
        ["576"] = (new(Missing: "C1,12/06/2012,M,10/10/2025,12/10/2025", Previous: new(Missing: "C1,12/06/2012,M,30/03/2025,")),
            new(Missing: "C1,12/06/2012,M,30/03/2025,02/04/2025", Previous: new(Missing: "C1,12/06/2012,M,30/03/2025,"))),
        ["205D"] = (new(Previous: new(Uasc: "C2,M,12/06/2012,", Header: DefaultHeader + "\r\nC2,M,12/06/2012,WBRI,UN5,,", Episodes: Episode() + "\r\n" + Episode(child: "C2"))),
            new(Previous: new())),

        // uasc.csv
        ["104"] = (new(Uasc: "C1,M,12/06/2012,2029-06-12"), new(Uasc: "C1,M,12/06/2012,12/06/2029")),
        ["304"] = (new(Uasc: "C1,M,12/06/2012,13/06/2030"), new(Uasc: "C1,M,12/06/2012,12/06/2030")),
        ["INT09"] = (new(Uasc: "C2,M,12/06/2012,"), new(Uasc: DefaultUasc)),
        ["INT18"] = (new(Uasc: "C1,M,13/06/2012,"), new(Uasc: DefaultUasc)),
        ["INT21"] = (new(Uasc: "C1,F,12/06/2012,"), new(Uasc: DefaultUasc)),
        ["INT36"] = (new(Uasc: DefaultUasc + "\r\n" + DefaultUasc), new(Uasc: DefaultUasc)),
    };
}
