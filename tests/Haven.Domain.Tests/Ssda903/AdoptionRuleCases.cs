using static Haven.Domain.Tests.Ssda903.Ssda903Set;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>Failing and passing examples for the ad1.csv and placed_for_adoption.csv rules (read as files).</summary>
internal static class AdoptionRuleCases
{
    private const string Ended = "01/12/2025";

    /// <summary>C1's adoption details: decided 1 June 2025, matched 1 October.</summary>
    private static string Adoption(string decided = "01/06/2025", string matched = "01/10/2025", string number = "1", string sex = "F1", string status = "L0", string child = "C1", string dob = Born) =>
        $"{child},{dob},{decided},{matched},0,{number},{sex},{status}";

    private static string Decision(string placed = "01/06/2025", string ceased = "", string reason = "", string child = "C1", string dob = Born) =>
        $"{child},{dob},{placed},{ceased},{reason}";

    /// <summary>C1 placed for adoption on 1 June 2025 and adopted on 1 December.</summary>
    private static readonly string Adopted = Episode(place: "A4", dec: Ended, rec: "E11");

    public static IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> All { get; } = new Dictionary<string, (Ssda903Set, Ssda903Set)>
    {
        // ad1.csv: who adopted the child
        ["511"] = (new(Ad1: Adoption(number: "2", sex: "M1", status: "L3")), new(Ad1: Adoption(number: "2", sex: "MF", status: "L3"))),
        ["514"] = (new(Ad1: Adoption(number: "2", sex: "MF", status: "L0")), new(Ad1: Adoption(number: "1", sex: "F1", status: "L0"))),
        ["517"] = (new(Ad1: Adoption(number: "2", sex: "MM", status: "L3")), new(Ad1: Adoption(number: "2", sex: "MF", status: "L3"))),
        ["518"] = (new(Ad1: Adoption(number: "2", sex: "MF", status: "L4")), new(Ad1: Adoption(number: "2", sex: "MM", status: "L4"))),
        ["519"] = (new(Ad1: Adoption(number: "2", sex: "F1", status: "L2")), new(Ad1: Adoption(number: "2", sex: "FF", status: "L2"))),
        ["524"] = (new(Ad1: Adoption(number: "2", sex: "MF", status: "L12")), new(Ad1: Adoption(number: "2", sex: "FF", status: "L12"))),
        ["521"] = (new(Episodes: Episode(place: "A4"), Ad1: Adoption(decided: "02/06/2025")), new(Episodes: Episode(place: "A4"), Ad1: Adoption(decided: "01/06/2025"))),
        ["523"] = (new(Ad1: Adoption(), PlacedForAdoption: Decision(placed: "02/06/2025")), new(Ad1: Adoption(), PlacedForAdoption: Decision())),
        ["525"] = (new(Ad1: Adoption(), PlacedForAdoption: Decision(ceased: "01/09/2025", reason: "RD1")), new(Ad1: Adoption(), PlacedForAdoption: Decision())),
        ["582"] = (new(Episodes: Adopted, Ad1: Adoption(matched: Ended)), new(Episodes: Adopted, Ad1: Adoption(matched: "01/10/2025"))),
        ["601"] = (new(Episodes: Adopted), new(Episodes: Adopted, Ad1: Adoption())),
        ["602"] = (new(Ad1: Adoption()), new(Episodes: Adopted, Ad1: Adoption())),

        // placed_for_adoption.csv: the decisions and their reversal
        ["522"] = (new(PlacedForAdoption: Decision(placed: "01/07/2025", ceased: "30/06/2025", reason: "RD1")), new(PlacedForAdoption: Decision(placed: "01/07/2025", ceased: "01/07/2025", reason: "RD1"))),
        ["551"] = (new(Episodes: Episode(place: "A4")), new(Episodes: Episode(place: "A4"), PlacedForAdoption: Decision())),
        ["552"] = (new(Episodes: Episode(place: "A4"), PlacedForAdoption: Decision(placed: "02/06/2025")), new(Episodes: Episode(place: "A4"), PlacedForAdoption: Decision())),
        ["558"] = (new(Episodes: Adopted, PlacedForAdoption: Decision(ceased: "01/11/2025", reason: "RD1")), new(Episodes: Adopted, PlacedForAdoption: Decision())),
        ["563"] = (new(PlacedForAdoption: Decision(placed: "", ceased: "01/11/2025", reason: "RD1")), new(PlacedForAdoption: Decision(ceased: "01/11/2025", reason: "RD1"))),
        ["579"] = (new(PlacedForAdoption: Decision() + "\r\n" + Decision(placed: "01/09/2025")),
            new(PlacedForAdoption: Decision(ceased: "01/08/2025", reason: "RD4") + "\r\n" + Decision(placed: "01/09/2025"))),
        ["583"] = (new(PlacedForAdoption: Decision() + "\r\n" + Decision(placed: "01/09/2025")),
            new(PlacedForAdoption: Decision(ceased: "01/08/2025", reason: "RD4") + "\r\n" + Decision(placed: "01/09/2025"))),
        ["1003"] = (new(PlacedForAdoption: Decision(placed: "31/05/2025")), new(PlacedForAdoption: Decision(placed: "01/06/2025"))),

        // against last year's decisions
        ["559"] = (new(PlacedForAdoption: Decision(placed: "01/03/2025"), Previous: new()),
            new(PlacedForAdoption: Decision(placed: "01/03/2025"), Previous: new(PlacedForAdoption: Decision(placed: "01/03/2025")))),
        ["560"] = (new(PlacedForAdoption: Decision(placed: "02/03/2025"), Previous: new(PlacedForAdoption: Decision(placed: "01/03/2025"))),
            new(PlacedForAdoption: Decision(placed: "01/03/2025"), Previous: new(PlacedForAdoption: Decision(placed: "01/03/2025")))),
        ["561"] = (new(PlacedForAdoption: Decision(placed: "01/03/2025"), Previous: new(PlacedForAdoption: Decision(placed: "01/03/2025", ceased: "20/03/2025", reason: "RD1"))),
            new(PlacedForAdoption: Decision(placed: "01/03/2025", ceased: "20/03/2025", reason: "RD1"), Previous: new(PlacedForAdoption: Decision(placed: "01/03/2025", ceased: "20/03/2025", reason: "RD1")))),
        ["584"] = (new(PlacedForAdoption: Decision(placed: "01/02/2025"), Previous: new(PlacedForAdoption: Decision(placed: "01/03/2025", ceased: "20/03/2025", reason: "RD1"))),
            new(PlacedForAdoption: Decision(placed: "01/03/2025", ceased: "20/03/2025", reason: "RD1") + "\r\n" + Decision(placed: "01/09/2025"),
                Previous: new(PlacedForAdoption: Decision(placed: "01/03/2025", ceased: "20/03/2025", reason: "RD1")))),

        // internal checks
        ["INT01"] = (new(Ad1: Adoption(child: "C2")), new(Ad1: Adoption())),
        ["INT11"] = (new(Ad1: Adoption(dob: "13/06/2012")), new(Ad1: Adoption())),
        ["INT31"] = (new(Ad1: Adoption() + "\r\n" + Adoption()), new(Ad1: Adoption())),
        ["INT02"] = (new(PlacedForAdoption: Decision(child: "C2")), new(PlacedForAdoption: Decision())),
        ["INT12"] = (new(PlacedForAdoption: Decision(dob: "13/06/2012")), new(PlacedForAdoption: Decision())),
    };
}
