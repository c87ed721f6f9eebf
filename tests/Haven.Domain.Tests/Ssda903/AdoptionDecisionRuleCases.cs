using static Haven.Domain.Tests.Ssda903.Ssda903Set;

namespace Haven.Domain.Tests.Ssda903;

/// <summary>
/// Failing and passing examples for the ad1.csv and placed_for_adoption.csv rules and the episode rules about adoption
/// (see <see cref="Ssda903RuleCases"/>). C1 is fostered from 1 June 2025 and, where the case needs it, placed for
/// adoption with those foster carers (A5) on 1 September and adopted on 1 December.
/// </summary>
internal static class AdoptionDecisionRuleCases
{
    private const string Ended = "01/12/2025";

    private static readonly string Adopted =
        Episode(place: "U6", dec: "01/09/2025", rec: "X1", change: "CARPL") + "\r\n" + Episode(decom: "01/09/2025", rne: "U", ls: "E1", place: "A5", dec: Ended, rec: "E12");

    /// <summary>C1's ad1 row: decision 1 July, matched 15 August, adopted by the foster carers, a couple (a man and a woman), married.</summary>
    private static string Ad1(string decided = "01/07/2025", string matched = "15/08/2025", string fosterCarers = "1", string adopters = "2", string sex = "MF", string status = "L0") =>
        $"C1,{Born},{decided},{matched},{fosterCarers},{adopters},{sex},{status}";

    private static string Placed(string decided = "01/07/2025", string ceased = "", string reason = "") => $"C1,{Born},{decided},{ceased},{reason}";

    public static IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> All { get; } = new Dictionary<string, (Ssda903Set, Ssda903Set)>
    {
        // ad1.csv
        ["112"] = (new(Ad1: Ad1(decided: "2025-07-01")), new(Ad1: Ad1())),
        ["113"] = (new(Ad1: Ad1(matched: "2025-08-15")), new(Ad1: Ad1())),
        ["114"] = (new(Ad1: Ad1(fosterCarers: "2")), new(Ad1: Ad1(fosterCarers: "0"))),
        ["175"] = (new(Ad1: Ad1(adopters: "3")), new(Ad1: Ad1(adopters: "1", sex: "F1"))),
        ["176"] = (new(Ad1: Ad1(sex: "XY")), new(Ad1: Ad1(sex: "FF"))),
        ["177"] = (new(Ad1: Ad1(status: "L9")), new(Ad1: Ad1(status: "L11"))),
        ["151"] = (new(Ad1: Ad1(adopters: "")), new(Ad1: Ad1())),
        ["333"] = (new(Ad1: Ad1(decided: "16/08/2025")), new(Ad1: Ad1(decided: "15/08/2025"))),
        ["331"] = (new(Episodes: Adopted, Ad1: Ad1(matched: "02/09/2025")), new(Episodes: Adopted, Ad1: Ad1(matched: "01/09/2025"))),
        ["334"] = (new(Ad1: Ad1(decided: "31/05/2025")), new(Ad1: Ad1(decided: "01/06/2025"))),
        ["335"] = (new(Episodes: Adopted, Ad1: Ad1(fosterCarers: "0")), new(Episodes: Adopted, Ad1: Ad1(fosterCarers: "1"))),
        ["134"] = (new(Ad1: Ad1(), Oc3: "C1,12/06/2012,YES,F1,U1"), new(Ad1: Ad1())),

        // placed_for_adoption.csv
        ["115"] = (new(PlacedForAdoption: Placed(decided: "2025-07-01")), new(PlacedForAdoption: Placed())),
        ["116"] = (new(PlacedForAdoption: Placed(ceased: "2025-10-01", reason: "RD1")), new(PlacedForAdoption: Placed(ceased: "01/10/2025", reason: "RD1"))),
        ["117"] = (new(Episodes: Episode(dec: Ended, rec: "E8"), PlacedForAdoption: Placed(decided: "02/12/2025")),
            new(Episodes: Episode(dec: Ended, rec: "E8"), PlacedForAdoption: Placed(decided: Ended))),
        ["118"] = (new(PlacedForAdoption: Placed(ceased: "31/05/2025", reason: "RD1")), new(PlacedForAdoption: Placed(ceased: "01/06/2025", reason: "RD1"))),
        ["119"] = (new(PlacedForAdoption: Placed(ceased: "01/10/2025")), new(PlacedForAdoption: Placed(ceased: "01/10/2025", reason: "RD2"))),
        ["120"] = (new(PlacedForAdoption: Placed(ceased: "01/10/2025", reason: "RD9")), new(PlacedForAdoption: Placed(ceased: "01/10/2025", reason: "RD4"))),
        ["184"] = (new(PlacedForAdoption: Placed(decided: "11/06/2012")), new(PlacedForAdoption: Placed(decided: "12/06/2012"))),

        // episodes.csv
        ["390"] = (new(Episodes: Episode(place: "U4", dec: Ended, rec: "E11")), new(Episodes: Episode(place: "A4", dec: Ended, rec: "E11"))),
        ["336"] = (new(Episodes: Episode(place: "K2", dec: "01/09/2025", rec: "X1", change: "CARPL") + "\r\n" + Episode(decom: "01/09/2025", rne: "P", place: "A4")),
            new(Episodes: Episode(place: "U6", dec: "01/09/2025", rec: "X1", change: "CARPL") + "\r\n" + Episode(decom: "01/09/2025", rne: "P", place: "A4"))),
    };
}
