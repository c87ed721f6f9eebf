using Haven.Domain.Calendar;
using Haven.Domain.LookedAfter;
using Haven.Domain.Rules;
using static Haven.Domain.Tests.LookedAfter.CareExamples;

namespace Haven.Domain.Tests.LookedAfter;

/// <summary>Entry to care, the carers register and postcode distances: worked examples.</summary>
public sealed class CareEntryTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void The_care_plan_is_due_10_working_days_after_entry_counting_over_the_christmas_bank_holidays()
    {
        // Friday 18 December 2026: Christmas Day (Fri 25), Boxing Day substitute (Mon 28) and New Year's Day (Fri 1 Jan) do not count.
        Assert.Equal(D("2027-01-06"), CareEntryRules.DefaultCarePlanDue(D("2026-12-18"), Calendar));
        Assert.Equal(D("2026-12-04"), CareEntryRules.DefaultCarePlanDue(D("2026-11-20"), Calendar));
    }

    [Fact]
    public void An_entry_needs_the_decision_the_legal_basis_and_who_the_child_lives_with()
    {
        var result = CareEntryRules.Check(
            new CareEntryDecision(null, null, " ", D("2026-12-01"), null, null, null, "not a postcode", false, null),
            new PlacementChoice(null, null, null, null, null), D("2026-11-25"));

        Assert.Equal(
        [
            (CareRules.StartField, "Enter the date the child came into care"),
            (CareEntryRules.RouteField, "Select how the child came into care"),
            (CareEntryRules.DecisionByField, "Enter who decided the child should come into care"),
            (CareEntryRules.DecisionOnField, "The date of the decision must be today or in the past"),
            (CareEntryRules.RationaleField, "Enter why the child needs to come into care"),
            (CareRules.LegalStatusField, "Select the legal status the child came into care under"),
            (CareRules.CategoryOfNeedField, "Select the category of need"),
            (CareEntryRules.HomePostcodeField, "Enter a real postcode, like HV1 2AB"),
            (CareRules.PlacementTypeField, "Select the type of placement"),
            (CareEntryRules.CarerField, "Choose the carer from the register, or enter who the child lives with"),
        ], result.Problems.Select(p => (p.Field, p.Message)));
    }

    [Fact]
    public void Permanence_before_care_is_a_code_from_the_list_and_its_order_is_dated_only_for_an_order_made_before_care()
    {
        RuleResult Check(string? code, DateOnly? orderOn) => CareEntryRules.Check(
            new CareEntryDecision(D("2026-11-10"), CareEntryRoute.PoliceProtection, "Head of service", D("2026-11-10"), "Found alone", "N1", "L1", "HV1 2AB", false, null, code, orderOn),
            new PlacementChoice("U3", "PR1", Guid.NewGuid(), null, null), D("2026-11-25"));

        Assert.True(Check("P2", D("2020-05-05")).IsValid);
        Assert.True(Check("Z1", null).IsValid);
        Assert.Equal("Select whether the child was adopted or under a special guardianship or child arrangements order before",
            Check("P9", null).MessageFor(CareEntryRules.PreviousPermanenceField));
        Assert.Equal("Leave the date of the order blank unless the child was adopted or under a special guardianship or child arrangements order",
            Check("Z1", D("2020-05-05")).MessageFor(CareEntryRules.PreviousPermanenceOnField));
        Assert.Equal("The earlier order must be before the child came into care (10 November 2026)",
            Check("P1", D("2026-11-11")).MessageFor(CareEntryRules.PreviousPermanenceOnField));
    }

    [Fact]
    public void A_care_plan_cannot_be_due_before_the_child_came_into_care()
    {
        var result = CareEntryRules.Check(
            new CareEntryDecision(D("2026-11-10"), CareEntryRoute.PoliceProtection, "Head of service", D("2026-11-10"), "Found alone", "N1", "L1", "HV1 2AB", false, D("2026-11-09")),
            new PlacementChoice("U3", "PR1", Guid.NewGuid(), null, null), D("2026-11-25"));
        Assert.Equal("The care plan cannot be due before the child came into care (10 November 2026)", result.MessageFor(CareEntryRules.CarePlanDueField));
    }

    [Theory]
    [InlineData("hv1  2ab", "HV1 2AB")]
    [InlineData("SW1A1AA", "SW1A 1AA")]
    [InlineData("m1 1ae", "M1 1AE")]
    [InlineData("12", null)]
    [InlineData("  ", null)]
    public void Postcodes_are_written_as_the_return_and_the_directory_write_them(string typed, string? expected) =>
        Assert.Equal(expected, Postcodes.Normalise(typed));

    [Fact]
    public void The_distance_between_two_centroids_is_the_great_circle_distance()
    {
        // Manchester Piccadilly (M1 2QF) to Leeds station (LS1 4DY): about 58 km as the crow flies.
        var km = Postcodes.Kilometres(53.4774, -2.2309, 53.7950, -1.5476);
        Assert.InRange(km, 56, 60);
        Assert.Equal("11.1 km (6.9 miles)", Postcodes.DistanceText(Postcodes.Kilometres(52.0, -1.0, 52.1, -1.0)));
        Assert.Equal("Not known", Postcodes.DistanceText(null));
    }

    [Fact]
    public void The_postcode_directory_is_read_by_column_name_skipping_postcodes_without_a_location()
    {
        const string onspd = "pcd,pcd2,pcds,dointr,doterm,lat,long\n"
            + "\"HV1 2AB\",\"HV1  2AB\",\"HV1 2AB\",\"199801\",\"\",52.012345,-1.054321\n"
            + "\"HV9 9ZZ\",\"HV9  9ZZ\",\"HV9 9ZZ\",\"199801\",\"\",99.999999,0.000000\n"
            + "\n"
            + "\"HV2 1AA\",\"HV2  1AA\",\"HV2 1AA\",\"199801\",\"200012\",52.1,-1.0\n";
        var read = PostcodeDirectory.Read(new StringReader(onspd)).Select(c => (c.Postcode, c.Latitude, c.Longitude)).ToList();
        Assert.Equal([("HV1 2AB", 52.012345, -1.054321), ("HV2 1AA", 52.1, -1.0)], read);
    }

    [Fact]
    public void A_file_without_the_directory_columns_or_with_a_bad_number_is_refused_with_the_line()
    {
        Assert.Equal("The file needs the ONS Postcode Directory columns pcds, lat and long in its first line.",
            Assert.Throws<FormatException>(() => PostcodeDirectory.Read(new StringReader("postcode,x,y\nHV1 2AB,1,2\n")).ToList()).Message);
        Assert.Equal("Line 3: the latitude or longitude is not a number.",
            Assert.Throws<FormatException>(() => PostcodeDirectory.Read(new StringReader("pcds,lat,long\nHV1 2AB,52,-1\nHV1 2AD,north,-1\n")).ToList()).Message);
    }

    [Fact]
    public void A_childrens_home_on_the_register_needs_its_ofsted_urn_and_a_dfe_provider_code()
    {
        var result = CarerRules.Check(new CarerDetails("Hilltop House", CarerKind.ChildrensHome, "PR9", null, "HV4 4DD", null, CarerApproval.Approved, null, 4, null), D("2026-11-25"));
        Assert.Equal(
        [
            ("ProviderCode", "Select who provides placements with this carer"),
            ("Urn", "Enter the Ofsted unique reference number (URN) for a registered setting"),
        ], result.Problems.Select(p => (p.Field, p.Message)));
        Assert.True(CarerRules.Check(new CarerDetails("The Ellis family", CarerKind.FosteringHousehold, "PR1", null, "HV4 4DD", null, CarerApproval.Approved, D("2024-03-01"), 2, null), D("2026-11-25")).IsValid);
    }
}
