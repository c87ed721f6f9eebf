using Haven.Domain.LookedAfter;

namespace Haven.Domain.Tests.LookedAfter;

/// <summary>The code sets read from ssda903-codes.tsv are exactly the DfE 2025/26 lists the public validator checks.</summary>
public sealed class LookedAfterCodesTests
{
    public static TheoryData<string, string> Lists => new()
    {
        { nameof(LookedAfterCodes.LegalStatuses), "C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3" },
        { nameof(LookedAfterCodes.ReasonsForNewEpisode), "S L P T B U" },
        { nameof(LookedAfterCodes.CategoriesOfNeed), "N1 N2 N3 N4 N5 N6 N7 N8" },
        { nameof(LookedAfterCodes.PlacementTypes), "A3 A4 A5 A6 K1 K2 K3 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z11 Z12 Z13 Z14" },
        { nameof(LookedAfterCodes.PlacementProviders), "PR0 PR1 PR2 PR3 PR4 PR5" },
        { nameof(LookedAfterCodes.ReasonsForPlacementChange), "CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE CUSTOD OTHER" },
        { nameof(LookedAfterCodes.ReasonsCeased), "E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 E14 E15 E16 E17 X1" },
        { nameof(LookedAfterCodes.ReviewParticipation), "PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7" },
        { nameof(LookedAfterCodes.MissingOrAway), "M A" },
        { nameof(LookedAfterCodes.CareLeaverInTouch), "YES NO DIED REFU NREQ RHOM" },
        { nameof(LookedAfterCodes.CareLeaverActivity), "F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6" },
        { nameof(LookedAfterCodes.CareLeaverAccommodation), "B C D E G H K R S T U V W X Y Z" },
        { nameof(LookedAfterCodes.SdqReasons), "SDQ1 SDQ2 SDQ3 SDQ4 SDQ5" },
        { nameof(LookedAfterCodes.NumbersOfAdopters), "1 2" },
        { nameof(LookedAfterCodes.SocialWorkerChangeReasons), "MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED OTHERS" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_code_set_is_the_DfE_list_with_a_label_and_plain_words(string set, string codes)
    {
        var list = (CodeList)typeof(LookedAfterCodes).GetProperty(set)!.GetValue(null)!;

        Assert.Equal(codes.Split(' ').Order(StringComparer.Ordinal), list.Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.All(list, c => Assert.False(string.IsNullOrWhiteSpace(c.Label) || string.IsNullOrWhiteSpace(c.InPlainWords), c.Value));
    }

    [Fact]
    public void Labels_show_the_code_with_its_wording_and_an_unknown_code_as_typed()
    {
        Assert.Equal("C2 Full care order", LookedAfterCodes.LegalStatuses.Label("C2"));
        Assert.Equal("H5", LookedAfterCodes.PlacementTypes.Label("H5"));
        Assert.Equal("a care order from the court", LookedAfterCodes.LegalStatuses.InPlainWords("C2"));
    }
}
