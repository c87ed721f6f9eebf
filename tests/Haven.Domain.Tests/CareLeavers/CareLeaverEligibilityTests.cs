using Haven.Domain.CareLeavers;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Tests.CareLeavers;

/// <summary>
/// The leaving care categories worked by hand for Jordan, born 10 June 2008: 14 on 10 June 2022, 16 on 10 June 2024,
/// 18 on 10 June 2026, 21 on 10 June 2029. Thirteen weeks is 91 days in care, counted from the 14th birthday.
/// </summary>
public sealed class CareLeaverEligibilityTests
{
    internal static readonly DateOnly Born = new(2008, 6, 10);

    internal static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A period of care under section 20 (V2), or short breaks (V3), from one day to (not including) another.</summary>
    internal static PeriodOfCare InCare(string from, string? to = null, string legalStatus = "V2") =>
        new(D(from), "N1", [new LegalStatusFrom(D(from), legalStatus)], [], to is null ? null : D(to), to is null ? null : "E5");

    private static CareLeaverStatus On(string day, params PeriodOfCare[] periods) => CareLeaverEligibility.On(Born, periods, D(day));

    [Fact]
    public void In_care_from_15_years_9_months_is_eligible_on_the_16th_birthday_with_the_plan_due_3_months_later()
    {
        // 1 March to 10 June 2024 inclusive is 31 + 30 + 31 + 10 = 102 days: past 91 by the birthday.
        var status = On("2024-06-10", InCare("2024-03-01"));
        Assert.Equal(CareLeaverCategory.Eligible, status.Category);
        Assert.Equal(D("2024-06-10"), status.EligibleFrom);
        Assert.Equal(D("2024-09-10"), CareLeaverTimescales.FirstPlanDueOn(Born, status));
        Assert.Equal(CareLeaverCategory.None, On("2024-06-09", InCare("2024-03-01")).Category);
    }

    [Fact]
    public void Coming_into_care_on_the_16th_birthday_makes_an_eligible_child_on_the_91st_day()
    {
        // 10 June is day 1, so day 91 is 8 September; the needs assessment is due 3 months after that.
        var before = On("2024-09-07", InCare("2024-06-10"));
        Assert.Equal(CareLeaverCategory.None, before.Category);
        Assert.Equal(90, before.DaysLookedAfterSince14);
        var eligible = On("2024-09-08", InCare("2024-06-10"));
        Assert.Equal((CareLeaverCategory.Eligible, D("2024-09-08")), (eligible.Category, eligible.EligibleFrom));
        Assert.Equal(D("2024-12-08"), CareLeaverTimescales.FirstPlanDueOn(Born, eligible));
    }

    [Fact]
    public void Thirteen_weeks_in_care_after_14_but_not_on_the_16th_birthday_is_not_a_care_leaver_unless_detained_or_in_hospital_then()
    {
        // 1 September 2022 to 1 March 2023: 181 days after the 14th birthday, all of them before 16.
        var period = InCare("2022-09-01", "2023-03-01");
        var status = On("2024-07-01", period);
        Assert.Equal(CareLeaverCategory.None, status.Category);
        Assert.Equal(181, status.DaysLookedAfterSince14);
        Assert.Contains("13 weeks after 14, but not on or after their 16th birthday", status.Why, StringComparison.Ordinal);

        // Care Leavers (England) Regulations 2010 reg 3: detained or in hospital on the 16th birthday instead.
        var detained = CareLeaverEligibility.On(Born, [period], D("2024-07-01"), detainedOrInHospitalAt16: true);
        Assert.Equal(CareLeaverCategory.Relevant, detained.Category);
        Assert.Equal(CareLeaverCategory.FormerRelevant, CareLeaverEligibility.On(Born, [period], D("2026-06-10"), detainedOrInHospitalAt16: true).Category);
    }

    [Fact]
    public void Leaving_care_at_16_after_being_eligible_is_relevant_then_former_relevant_at_18_until_21_or_25_on_request()
    {
        var period = InCare("2024-01-01", "2025-01-01");
        Assert.Equal(CareLeaverCategory.Eligible, On("2024-12-31", period).Category);
        Assert.Equal(CareLeaverCategory.Relevant, On("2025-01-01", period).Category);
        Assert.Equal(CareLeaverCategory.Relevant, On("2026-06-09", period).Category);
        Assert.Equal(CareLeaverCategory.FormerRelevant, On("2026-06-10", period).Category);
        Assert.Equal(CareLeaverCategory.FormerRelevant, On("2029-06-09", period).Category);
        Assert.Equal(CareLeaverCategory.None, On("2029-06-10", period).Category);
        Assert.Equal(CareLeaverCategory.FormerRelevant, CareLeaverEligibility.On(Born, [period], D("2029-06-10"), supportTo25: true).Category);
        Assert.Equal(CareLeaverCategory.None, CareLeaverEligibility.On(Born, [period], D("2033-06-10"), supportTo25: true).Category);
    }

    [Fact]
    public void Leaving_care_on_the_18th_birthday_is_eligible_the_day_before_and_former_relevant_on_the_day()
    {
        var period = InCare("2023-01-01", "2026-06-10");
        Assert.Equal(CareLeaverCategory.Eligible, On("2026-06-09", period).Category);
        Assert.Equal(CareLeaverCategory.FormerRelevant, On("2026-06-10", period).Category);
    }

    [Fact]
    public void Less_than_13_weeks_in_care_after_16_is_qualifying_and_several_short_periods_add_up()
    {
        // 1 July to 15 August 2024 is 45 days.
        Assert.Equal(CareLeaverCategory.Qualifying, On("2024-10-01", InCare("2024-07-01", "2024-08-15")).Category);
        Assert.Equal(CareLeaverCategory.Qualifying, On("2026-07-01", InCare("2024-07-01", "2024-08-15")).Category);
        // 60 days at 15 and 45 after 16 make 105: the 91st day falls in the second period, after 16.
        var both = On("2024-10-01", InCare("2023-01-01", "2023-03-02"), InCare("2024-07-01", "2024-08-15"));
        Assert.Equal(105, both.DaysLookedAfterSince14);
        Assert.Equal((CareLeaverCategory.Relevant, D("2024-07-31")), (both.Category, both.EligibleFrom));
    }

    [Fact]
    public void Pre_planned_short_breaks_do_not_count_towards_the_13_weeks()
    {
        Assert.Equal(CareLeaverCategory.None, On("2025-01-01", InCare("2024-01-01", legalStatus: "V3")).Category);
        Assert.Equal(CareLeaverCategory.None, On("2024-01-01", InCare("2023-01-01")).Category);
    }
}
