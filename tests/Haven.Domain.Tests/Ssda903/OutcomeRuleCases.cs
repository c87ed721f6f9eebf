using static Haven.Domain.Tests.Ssda903.Ssda903Set;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>
/// Failing and passing examples for the oc2.csv, oc3.csv, previous_permanence.csv and sw_episodes.csv rules (read as
/// files).
/// </summary>
internal static class OutcomeRuleCases
{
    private const string Ended = "01/12/2025";

    /// <summary>C1's outcomes: conviction, health promotion, then immunisations, teeth, health assessment and substance misuse.</summary>
    private static string Outcomes(string convicted = "", string healthCheck = "", string substanceMisuse = "0", string dob = Born, string child = "C1") =>
        $"{child},{dob},,,{convicted},{healthCheck},1,1,1,{substanceMisuse},,";

    /// <summary>A care leaver whose 17th birthday was 1 December 2025.</summary>
    private static readonly string Seventeen = BornOn("01/12/2008");

    private static string CareLeaver(string accommodation = "U1", string dob = Born, string child = "C1") => $"{child},{dob},YES,F1,{accommodation}";

    private static string Permanence(string option = "Z1", string la = "", string date = "", string child = "C1", string dob = Born) => $"{child},{dob},{option},{la},{date}";

    private static string Worker(string start = "01/06/2025", string end = "", string reason = "", string id = "XX1234ABCD") => $"C1,{Born},{id},{start},{end},{reason}";

    /// <summary>C1's first social worker until <paramref name="handedOver"/> and the next from <paramref name="nextFrom"/>.</summary>
    private static string TwoWorkers(string handedOver = "01/08/2025", string nextFrom = "01/08/2025", string reason = "OTHERS") =>
        Worker(end: handedOver, reason: reason) + "\r\n" + Worker(start: nextFrom, id: "XX5678EFGH");

    public static IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> All { get; } = new Dictionary<string, (Ssda903Set, Ssda903Set)>
    {
        // oc2.csv (C1 in care since 1 March 2025 for the rules about children looked after all year)
        ["542"] = (new(Header: BornOn("01/04/2016"), Oc2: Outcomes(convicted: "0", dob: "01/04/2016")), new(Header: BornOn("31/03/2016"), Oc2: Outcomes(convicted: "0", dob: "31/03/2016"))),
        ["544"] = (new(Oc2: Outcomes(convicted: "1", substanceMisuse: "")), new(Oc2: Outcomes(convicted: "1", substanceMisuse: "0"))),
        ["545"] = (new(Header: BornOn("01/06/2021"), Episodes: Episode(decom: "01/03/2025"), Oc2: Outcomes(dob: "01/06/2021")),
            new(Header: BornOn("01/06/2021"), Episodes: Episode(decom: "01/03/2025"), Oc2: Outcomes(healthCheck: "1", dob: "01/06/2021"))),
        ["546"] = (new(Oc2: Outcomes(healthCheck: "1")), new(Oc2: Outcomes())),
        ["INT05"] = (new(Oc2: Outcomes(child: "C2")), new(Oc2: Outcomes())),
        ["INT14"] = (new(Oc2: Outcomes(dob: "13/06/2012")), new(Oc2: Outcomes())),
        ["INT33"] = (new(Oc2: Outcomes() + "\r\n" + Outcomes()), new(Oc2: Outcomes())),

        // oc3.csv
        ["1000"] = (new(Episodes: Episode(dec: Ended, rec: "E2"), Oc3: "C1,12/06/2012,DIED,,"), new(Episodes: Episode(dec: Ended, rec: "E8"), Oc3: "C1,12/06/2012,DIED,,")),
        ["1002"] = (new(Episodes: "", Oc3: CareLeaver(), Previous: new(Episodes: "")), new(Episodes: "", Oc3: CareLeaver(), Previous: new())),
        ["1007"] = (new(Header: Seventeen, Oc3: CareLeaver(dob: "01/12/2008")), new(Header: Seventeen, Episodes: Episode(dec: "30/11/2025", rec: "E8"), Oc3: CareLeaver(dob: "01/12/2008"))),
        ["1010"] = (new(Episodes: "", Oc3: CareLeaver(), Previous: new()),
            new(Episodes: "", Oc3: CareLeaver(), Previous: new(Episodes: Episode(decom: "01/06/2024", dec: "01/12/2024", rec: "E8")))),
        ["1011"] = (new(Episodes: Episode(dec: Ended, rec: "E3"), Oc3: CareLeaver()), new(Episodes: Episode(dec: Ended, rec: "E8"), Oc3: CareLeaver())),
        ["1012"] = (new(Episodes: "", Missing: "", PreviousPermanence: "", Oc3: CareLeaver()), new(Episodes: "", Reviews: "", Missing: "", PreviousPermanence: "", Oc3: CareLeaver())),
        ["1016"] = (new(Header: Seventeen, Episodes: Episode(dec: "02/12/2025", rec: "E8"), Oc3: CareLeaver(dob: "01/12/2008")),
            new(Header: Seventeen, Episodes: Episode(dec: "30/11/2025", rec: "E8"), Oc3: CareLeaver(dob: "01/12/2008"))),
        ["3001"] = (new(Header: Seventeen, Episodes: "", Oc3: CareLeaver("Z1", dob: "01/12/2008")), new(Header: Seventeen, Episodes: "", Oc3: CareLeaver("U1", dob: "01/12/2008"))),
        ["INT06"] = (new(Oc3: CareLeaver(child: "C2")), new(Oc3: CareLeaver())),
        ["INT15"] = (new(Oc3: CareLeaver(dob: "13/06/2012")), new(Oc3: CareLeaver())),
        ["INT34"] = (new(Oc3: CareLeaver() + "\r\n" + CareLeaver()), new(Oc3: CareLeaver())),

        // previous_permanence.csv
        ["631"] = (new(PreviousPermanence: Permanence("P9")), new(PreviousPermanence: Permanence("P4"))),
        ["632"] = (new(PreviousPermanence: Permanence("P1", date: "31/02/2020")), new(PreviousPermanence: Permanence("P1", date: "ZZ/ZZ/2020"))),
        ["634"] = (new(Episodes: Episode(decom: "31/03/2016")), new(Episodes: Episode(decom: "01/04/2016"))),
        ["635"] = (new(PreviousPermanence: Permanence("Z1", date: "01/01/2020")), new(PreviousPermanence: Permanence("P1", date: "01/01/2020"))),
        ["INT07"] = (new(PreviousPermanence: Permanence(child: "C2")), new(PreviousPermanence: Permanence())),
        ["INT16"] = (new(PreviousPermanence: Permanence(dob: "13/06/2012")), new(PreviousPermanence: Permanence())),
        ["INT35"] = (new(PreviousPermanence: Permanence() + "\r\n" + Permanence()), new(PreviousPermanence: Permanence())),

        // sw_episodes.csv
        ["SW01aSTG1"] = (new(SwEpisodes: Worker(start: "01/01/2023", end: "01/06/2025", reason: "OTHERS", id: "") + "\r\n" + Worker()),
            new(SwEpisodes: Worker(start: "01/01/2023", end: "01/06/2025", reason: "OTHERS") + "\r\n" + Worker())),
        ["SW02STG1"] = (new(SwEpisodes: Worker(id: "AB1234ABCD")), new(SwEpisodes: Worker(id: "SW1234ABCD"))),
        ["SW04STG1"] = (new(SwEpisodes: Worker(start: "2025-06-01")), new(SwEpisodes: Worker(start: "ZZ/06/2025"))),
        ["SW05STG1"] = (new(SwEpisodes: TwoWorkers(handedOver: "2025-08-01")), new(SwEpisodes: TwoWorkers())),
        ["SW06STG2"] = (new(SwEpisodes: TwoWorkers(handedOver: "01/04/2026", nextFrom: "01/04/2026")), new(SwEpisodes: TwoWorkers(handedOver: "31/03/2026", nextFrom: "31/03/2026"))),
        ["SW07STG2"] = (new(SwEpisodes: Worker(start: "01/01/2024", end: "31/03/2024", reason: "OTHERS") + "\r\n" + Worker(start: "31/03/2024", id: "XX5678EFGH")),
            new(SwEpisodes: Worker(start: "01/01/2024", end: "01/04/2024", reason: "OTHERS") + "\r\n" + Worker(start: "01/04/2024", id: "XX5678EFGH"))),
        ["SW08STG2"] = (new(SwEpisodes: Worker() + "\r\n" + Worker(start: "01/08/2025", id: "XX5678EFGH")), new(SwEpisodes: TwoWorkers())),
        ["SW09STG2"] = (new(SwEpisodes: TwoWorkers(handedOver: "01/06/2025", nextFrom: "01/06/2025")), new(SwEpisodes: TwoWorkers(handedOver: "02/06/2025", nextFrom: "02/06/2025"))),
        ["SW10STG2"] = (new(SwEpisodes: TwoWorkers(nextFrom: "31/07/2025")), new(SwEpisodes: TwoWorkers(nextFrom: "01/08/2025"))),
        ["SW11bSTG2"] = (new(SwEpisodes: Worker(end: "01/08/2025", reason: "OTHERS")), new(SwEpisodes: TwoWorkers())),
        ["SW13STG1"] = (new(SwEpisodes: TwoWorkers(reason: "MOVED")), new(SwEpisodes: TwoWorkers(reason: "LEFTRL"))),
    };
}
