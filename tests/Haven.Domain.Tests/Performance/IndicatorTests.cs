using Haven.Domain.Calendar;
using Haven.Domain.Performance;
using static Haven.Domain.Tests.Performance.SmallAuthority;

namespace Haven.Domain.Tests.Performance;

public sealed class IndicatorTests
{
    private static readonly ScorecardRecord Record = Build();
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2026);

    private static IndicatorFigure Figure(Indicator indicator, ReportingPeriod? period = null) => indicator.Compute(Record, period ?? Year, Calendar);

    [Fact]
    public void Referrals_are_those_dated_in_the_period()
    {
        var year = Figure(Indicators.Referrals);
        Assert.Equal(5, year.Value);
        Assert.Equal([3, 0, 1, 1], Enumerable.Range(1, 4).Select(q => Figure(Indicators.Referrals, ReportingPeriod.InQuarter(2026, q)).Numerator));
    }

    [Fact]
    public void A_referral_364_days_after_the_last_is_a_re_referral_and_one_366_days_after_is_not()
    {
        var figure = Figure(Indicators.ReReferrals);
        Assert.Equal(1, figure.Numerator);
        Assert.Equal(5, figure.Denominator);
        Assert.Equal(20.0m, figure.Value);
        Assert.Equal(Amy, Assert.Single(figure.Children.Numerator).PersonId);
    }

    [Fact]
    public void A_referral_exactly_365_days_after_the_last_is_a_re_referral()
    {
        var record = new ScorecardRecord
        {
            Referrals = [new(Guid.NewGuid(), Amy, D("2024-06-01"), D("2024-07-01")), new(Guid.NewGuid(), Amy, D("2025-06-01"), null)],
        };
        Assert.Equal(1, Indicators.ReReferrals.Compute(record, Year, Calendar).Numerator);
    }

    [Fact]
    public void Assessments_in_time_count_working_days_without_bank_holidays_from_the_start_and_from_the_referral()
    {
        var fromStart = Figure(Indicators.AssessmentsInTime);
        Assert.Equal((2, 3), (fromStart.Numerator, fromStart.Denominator!.Value));
        Assert.Equal(66.7m, fromStart.Value);
        Assert.Equal([Cara, Dan], fromStart.Children.Numerator.Select(c => c.PersonId));

        var fromReferral = Figure(Indicators.AssessmentsInTimeFromReferral);
        Assert.Equal((1, 3), (fromReferral.Numerator, fromReferral.Denominator!.Value));
        Assert.Equal(Cara, Assert.Single(fromReferral.Children.Numerator).PersonId);
    }

    [Fact]
    public void An_assessment_authorised_one_working_day_after_the_45th_is_late()
    {
        var referral = Guid.NewGuid();
        var record = new ScorecardRecord
        {
            Referrals = [new(referral, Cara, D("2025-04-14"), null)],
            Assessments = [new(Guid.NewGuid(), Cara, referral, D("2025-04-14"), D("2025-06-23"))],
        };
        Assert.Equal(0, Indicators.AssessmentsInTime.Compute(record, Year, Calendar).Numerator);
    }

    [Fact]
    public void Children_in_need_at_the_end_are_referred_on_or_before_it_and_not_closed_on_or_before_it()
    {
        var figure = Figure(Indicators.ChildrenInNeed);
        Assert.Equal(3, figure.Value);
        Assert.Equal(new[] { Amy, Ben, Dan }.Order(), figure.Children.Numerator.Select(c => c.PersonId).Order());
        // At the end of Q1 Cara's episode was still open and Dan had not been referred.
        Assert.Equal(3, Figure(Indicators.ChildrenInNeed, ReportingPeriod.InQuarter(2026, 1)).Value);
        Assert.Contains(Figure(Indicators.ChildrenInNeed, ReportingPeriod.InQuarter(2026, 1)).Children.Numerator, c => c.PersonId == Cara);
    }

    [Fact]
    public void Initial_conferences_in_time_are_within_15_working_days_of_the_enquiry_over_christmas()
    {
        var figure = Figure(Indicators.InitialConferencesInTime);
        Assert.Equal((1, 2), (figure.Numerator, figure.Denominator!.Value));
        Assert.Equal(Dan, Assert.Single(figure.Children.Numerator).PersonId);
    }

    [Fact]
    public void Children_on_plans_at_the_end_by_initial_category()
    {
        Assert.Equal(2, Figure(Indicators.ChildrenOnPlans).Value);
        var emotional = Figure(Indicators.PlansByCategory.Single(i => i.Id == "K18EMO"));
        Assert.Equal((1, 2, 50.0m), (emotional.Numerator, emotional.Denominator!.Value, emotional.Value!.Value));
        Assert.Equal(0, Figure(Indicators.PlansByCategory.Single(i => i.Id == "K18PHY")).Numerator);
    }

    [Fact]
    public void A_plan_of_exactly_two_years_counts_as_two_years_or_more_and_one_a_day_shorter_does_not()
    {
        var q1 = Figure(Indicators.PlansLastingTwoYears, ReportingPeriod.InQuarter(2026, 1));
        Assert.Equal((1, 2, 50.0m), (q1.Numerator, q1.Denominator!.Value, q1.Value!.Value));
        Assert.Equal(Amy, Assert.Single(q1.Children.Numerator).PersonId);
        var year = Figure(Indicators.PlansLastingTwoYears);
        Assert.Equal((1, 3, 33.3m), (year.Numerator, year.Denominator!.Value, year.Value!.Value));
    }

    [Fact]
    public void Repeat_plans_count_earlier_plans_here_and_previous_plans_recorded_elsewhere()
    {
        var figure = Figure(Indicators.RepeatPlans);
        Assert.Equal((2, 3, 66.7m), (figure.Numerator, figure.Denominator!.Value, figure.Value!.Value));
        Assert.Equal(new[] { Amy, Hal }.Order(), figure.Children.Numerator.Select(c => c.PersonId).Order());
    }

    [Fact]
    public void Looked_after_children_and_placement_stability_at_the_year_end()
    {
        Assert.Equal(2, Figure(Indicators.ChildrenLookedAfter).Value);
        var shortTerm = Figure(Indicators.ShortTermStability);
        Assert.Equal((1, 2), (shortTerm.Numerator, shortTerm.Denominator!.Value));
        Assert.Equal(Jon, Assert.Single(shortTerm.Children.Numerator).PersonId);
        var longTerm = Figure(Indicators.LongTermStability);
        Assert.Equal((1, 1, 100m), (longTerm.Numerator, longTerm.Denominator!.Value, longTerm.Value!.Value));
    }

    [Fact]
    public void A_percentage_with_nothing_to_divide_by_has_no_value()
    {
        var figure = Indicators.ReReferrals.Compute(new ScorecardRecord(), Year, Calendar);
        Assert.Null(figure.Value);
        Assert.Equal("-", figure.ValueText);
    }

    [Fact]
    public void Quarters_in_quarter_add_up_to_the_year_for_every_period_indicator()
    {
        foreach (var indicator in Indicators.All.Where(i => i.Measure == IndicatorMeasure.Period))
        {
            var year = Figure(indicator);
            var quarters = Enumerable.Range(1, 4).Select(q => Figure(indicator, ReportingPeriod.InQuarter(2026, q))).ToList();
            Assert.True(year.Numerator == quarters.Sum(q => q.Numerator), $"{indicator.Id} numerators");
            Assert.True(year.Denominator == (year.Denominator is null ? null : quarters.Sum(q => q.Denominator)), $"{indicator.Id} denominators");
        }
        Assert.Equal(4, Figure(Indicators.ContactsReceived).Numerator);
    }

    [Fact]
    public void Year_to_date_runs_from_april_to_the_end_of_the_quarter()
    {
        var ytd = Figure(Indicators.Referrals, ReportingPeriod.ToEndOfQuarter(2026, 3));
        Assert.Equal(4, ytd.Numerator);
    }

    [Fact]
    public void Every_indicator_is_defined_once_with_a_k_number()
    {
        Assert.Equal(Indicators.All.Count, Indicators.All.Select(i => i.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Indicators.All, i =>
        {
            Assert.Matches("^K[0-9]{2}", i.Id);
            Assert.Equal(i.Unit == IndicatorUnit.Percent, i.Denominator is not null);
            // A count with no direction has no target to meet; an indicator with a direction may still have none set.
            Assert.True(i.Polarity != Polarity.None || i.DefaultTarget is null, i.Id);
        });
    }
}
