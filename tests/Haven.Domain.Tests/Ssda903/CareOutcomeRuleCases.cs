using static Haven.Domain.Tests.Ssda903.Ssda903Set;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>
/// Failing and passing examples for the oc2.csv and oc3.csv rules (see <see cref="Ssda903RuleCases"/>). For oc2, C1 is
/// looked after continuously for the year (in care since 1 March 2024) unless the case is about a child who was not.
/// </summary>
internal static class CareOutcomeRuleCases
{
    private static readonly string AllYear = Episode(decom: "01/03/2024");

    /// <summary>C1's oc2 row: SDQ 12, not convicted, immunisations, teeth and health assessment done, no substance misuse.</summary>
    private static string Oc2(string sdq = "12", string reason = "", string convicted = "0", string immunised = "1", string misuse = "0",
        string received = "", string offered = "", string dob = Born) =>
        $"C1,{dob},{sdq},{reason},{convicted},,{immunised},1,1,{misuse},{received},{offered}";

    /// <summary>A care leaver's oc3 row: in touch, in full-time education, in suitable accommodation; 17 in June 2025.</summary>
    private static string Oc3(string inTouch = "YES", string activity = "F1", string accommodation = "U1", string dob = "01/06/2008") =>
        $"C1,{dob},{inTouch},{activity},{accommodation}";

    public static IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> All { get; } = new Dictionary<string, (Ssda903Set, Ssda903Set)>
    {
        // oc2.csv
        ["180"] = (new(Episodes: AllYear, Oc2: Oc2(sdq: "41")), new(Episodes: AllYear, Oc2: Oc2(sdq: "40"))),
        ["196"] = (new(Episodes: AllYear, Oc2: Oc2(sdq: "", reason: "SDQ9")), new(Episodes: AllYear, Oc2: Oc2(sdq: "", reason: "SDQ2"))),
        ["197a"] = (new(Episodes: AllYear, Oc2: Oc2(reason: "SDQ2")), new(Episodes: AllYear, Oc2: Oc2())),
        ["181"] = (new(Episodes: AllYear, Oc2: Oc2(convicted: "2")), new(Episodes: AllYear, Oc2: Oc2(convicted: "1"))),
        ["157"] = (new(Episodes: AllYear, Oc2: Oc2(sdq: "", reason: "SDQ1")), new(Episodes: AllYear, Oc2: Oc2(sdq: "", reason: "SDQ2"))),
        ["188"] = (new(Episodes: AllYear, Oc2: Oc2(dob: "01/04/2022")), new(Episodes: AllYear, Oc2: Oc2(dob: "31/03/2022"))),
        ["189"] = (new(Episodes: AllYear, Oc2: Oc2(dob: "31/03/2008")), new(Episodes: AllYear, Oc2: Oc2(dob: "01/04/2008"))),
        ["185"] = (new(Oc2: Oc2()), new(Episodes: AllYear, Oc2: Oc2())),
        ["198"] = (new(Oc2: Oc2(sdq: "", reason: "SDQ2")), new(Episodes: AllYear, Oc2: Oc2(sdq: "", reason: "SDQ2"))),
        ["190"] = (new(Oc2: Oc2(sdq: "")), new(Episodes: AllYear, Oc2: Oc2(sdq: ""))),
        ["158"] = (new(Episodes: AllYear, Oc2: Oc2(misuse: "1", received: "1", offered: "0")), new(Episodes: AllYear, Oc2: Oc2(misuse: "1", received: "1"))),
        ["159"] = (new(Episodes: AllYear, Oc2: Oc2(misuse: "1", received: "0")), new(Episodes: AllYear, Oc2: Oc2(misuse: "1", received: "0", offered: "1"))),
        ["192"] = (new(Episodes: AllYear, Oc2: Oc2(misuse: "1")), new(Episodes: AllYear, Oc2: Oc2(misuse: "1", received: "1"))),
        ["193"] = (new(Episodes: AllYear, Oc2: Oc2(misuse: "0", received: "1")), new(Episodes: AllYear, Oc2: Oc2(misuse: "1", received: "1"))),
        ["215"] = (new(Episodes: AllYear, Oc2: Oc2(), Oc3: Oc3()), new(Episodes: AllYear, Oc2: Oc2())),

        // oc3.csv
        ["131"] = (new(Oc3: Oc3(inTouch: "MAYBE")), new(Oc3: Oc3(inTouch: "NREQ"))),
        ["132"] = (new(Oc3: Oc3(activity: "F3")), new(Oc3: Oc3(activity: "G6"))),
        ["133"] = (new(Oc3: Oc3(accommodation: "S1")), new(Oc3: Oc3(accommodation: "S2"))),
        ["153"] = (new(Oc3: Oc3(accommodation: "")), new(Oc3: Oc3())),
        ["344"] = (new(Oc3: Oc3(inTouch: "DIED", activity: "0")), new(Oc3: Oc3(inTouch: "DIED", activity: "0", accommodation: "0"))),
        ["345"] = (new(Oc3: Oc3(activity: "0")), new(Oc3: Oc3(inTouch: "NO", activity: "0", accommodation: "0"))),
        ["347"] = (new(Oc3: Oc3(accommodation: "T1")), new(Oc3: Oc3(accommodation: "T1", dob: "31/03/2008"))),
        ["348"] = (new(Oc3: Oc3(), Previous: new(Oc3: Oc3(inTouch: "DIED", activity: "0", accommodation: "0"))),
            new(Oc3: Oc3(inTouch: "DIED", activity: "0", accommodation: "0"), Previous: new(Oc3: Oc3(inTouch: "DIED", activity: "0", accommodation: "0")))),
        ["391"] = (new(Oc3: Oc3(dob: "01/04/2009")), new(Oc3: Oc3(dob: "31/03/2009"))),
    };
}
