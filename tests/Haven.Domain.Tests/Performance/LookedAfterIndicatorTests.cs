using Haven.Domain.Calendar;
using Haven.Domain.CareLeavers;
using Haven.Domain.LookedAfter;
using Haven.Domain.Performance;
using Haven.Domain.Permanence;
using static Haven.Domain.Tests.Performance.SmallAuthority;

namespace Haven.Domain.Tests.Performance;

/// <summary>
/// The looked-after, permanence and care leaver indicators on a small authority with known answers for 2025-26, worked
/// out by hand in the comments. Bank holidays that matter: Good Friday 18 April, Easter Monday 21 April, 5 May 2025.
/// </summary>
public sealed class LookedAfterIndicatorTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2026);

    private static readonly Guid Ava = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Bo = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Guid Cy = Guid.Parse("00000000-0000-0000-0000-0000000000a3");
    private static readonly Guid Di = Guid.Parse("00000000-0000-0000-0000-0000000000a4");
    private static readonly Guid Fay = Guid.Parse("00000000-0000-0000-0000-0000000000a5");
    private static readonly Guid Gus = Guid.Parse("00000000-0000-0000-0000-0000000000a6");
    private static readonly Guid Hugo = Guid.Parse("00000000-0000-0000-0000-0000000000a7");
    private static readonly Guid Jo = Guid.Parse("00000000-0000-0000-0000-0000000000a8");
    private static readonly Guid Kit = Guid.Parse("00000000-0000-0000-0000-0000000000a9");
    private static readonly Guid Lu = Guid.Parse("00000000-0000-0000-0000-0000000000aa");
    private static readonly Guid Mia = Guid.Parse("00000000-0000-0000-0000-0000000000ab");
    private static readonly Guid Ned = Guid.Parse("00000000-0000-0000-0000-0000000000ac");
    private static readonly Guid Ola = Guid.Parse("00000000-0000-0000-0000-0000000000ad");
    private static readonly Guid Pip = Guid.Parse("00000000-0000-0000-0000-0000000000ae");

    private static PeriodOfCare Care(string start, string legalStatus, string placement, string? end = null, string? reason = null) =>
        new(D(start), "N1", [new(D(start), legalStatus)], [new(D(start), end is null ? null : D(end), placement, "PR1", $"carer-{start}")],
            end is null ? null : D(end), reason);

    private static DateTime Utc(string iso) => DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);

    private static CareLeaverContact Contact(Guid who, string on, string inTouch, bool? suitable = null, string? activity = null, bool stayingPut = false) => new()
    {
        PersonId = who, ContactOn = D(on), InTouch = inTouch, Accommodation = suitable is null ? null : "U", AccommodationSuitable = suitable,
        Activity = activity, StayingPut = stayingPut, RecordedByUserId = "pa", RecordedByName = "Personal adviser",
    };

    private static PathwayPlanRecord Plan(Guid who, string on) => new()
    {
        PersonId = who, Step = PathwayStep.Review, CompletedOn = D(on), YoungPersonTookPart = true, RecordedByUserId = "pa", RecordedByName = "Personal adviser",
    };

    private static readonly ScorecardRecord Record = new()
    {
        CarePeriods =
        [
            // Ava came into care on Tuesday 1 April 2025: her first review was due 20 working days later, Thursday 1 May
            // (not 29 April: Good Friday and Easter Monday fall between). She is in the OC2 cohort: in care on 1 April.
            new(Ava, D("2015-05-01"), Care("2025-04-01", "C2", "U4")),
            // Bo came in a day later, Wednesday 2 April: due Friday 2 May; his review on Tuesday 6 May (after the 5 May
            // bank holiday) was one working day late. Not in the OC2 cohort: not in care on 1 April.
            new(Bo, D("2022-01-01"), Care("2025-04-02", "V2", "U6")),
            // Cy came into care 21 days before the year end: too recent for the review measure (4 weeks).
            new(Cy, D("2013-01-01"), Care("2026-03-10", "V2", "K2")),
            // Di has been in care since June 2023, placed with her mother; her review due on 1 March 2026 was not held.
            new(Di, D("2012-06-01"), Care("2023-06-01", "C2", "P1")),
            // Fay has short breaks in a children's home: reviewed in time, but outside the OC2 cohort.
            new(Fay, D("2012-01-01"), Care("2024-01-01", "V3", "R1")),
            // Ended in the year: Gus and Hugo adopted, Jo under a special guardianship order, Kit went home, Lu for another reason.
            new(Gus, D("2022-01-01"), Care("2024-01-10", "E1", "A5", "2025-11-01", "E11")),
            new(Hugo, D("2021-01-01"), Care("2023-05-01", "E1", "A6", "2026-02-01", "E12")),
            new(Jo, D("2016-01-01"), Care("2024-02-01", "C2", "U1", "2025-08-01", "E45")),
            new(Kit, D("2016-01-01"), Care("2025-01-01", "V2", "U6", "2025-09-01", "E4A")),
            new(Lu, D("2016-01-01"), Care("2025-01-01", "V2", "U6", "2025-10-01", "E8")),
        ],
        CareReviews =
        [
            new(Ava, D("2025-05-01"), "PN1"), new(Ava, D("2025-08-01"), "PN1"), new(Ava, D("2026-01-30"), "PN7"),
            new(Bo, D("2025-05-06"), "PN0"), new(Bo, D("2025-08-01"), "PN0"), new(Bo, D("2026-01-30"), "PN0"),
            new(Di, D("2023-06-29"), "PN1"), new(Di, D("2023-09-29"), "PN1"), new(Di, D("2024-03-28"), "PN1"), new(Di, D("2024-09-27"), "PN1"),
            new(Di, D("2025-03-27"), "PN2"), new(Di, D("2025-09-01"), "PN4"),
            new(Fay, D("2024-03-20"), "PN1"), new(Fay, D("2024-09-15"), "PN1"), new(Fay, D("2025-03-10"), "PN1"), new(Fay, D("2025-09-01"), "PN1"),
            new(Fay, D("2026-02-20"), "PN1"),
        ],
        HealthChecks =
        [
            new(Ava, HealthCheckKind.InitialHealthAssessment, D("2025-05-01"), null),
            new(Ava, HealthCheckKind.Immunisations, D("2025-06-01"), true),
            new(Bo, HealthCheckKind.InitialHealthAssessment, D("2025-05-06"), null),
            // Di's review health assessment was the day before the 12 months began; her dental check the first day of them.
            new(Di, HealthCheckKind.ReviewHealthAssessment, D("2025-03-31"), null),
            new(Di, HealthCheckKind.DentalCheck, D("2025-04-01"), null),
            new(Di, HealthCheckKind.Immunisations, D("2024-05-01"), true),
            new(Di, HealthCheckKind.Immunisations, D("2026-01-10"), false),
        ],
        // Ava's PEP on 1 October is within 6 months of 31 March; Di's on 29 September is one day outside.
        EducationPlans = [new(Ava, D("2025-04-10")), new(Ava, D("2025-10-01")), new(Di, D("2025-09-29"))],
        MissingEpisodes =
        [
            // The first interview is held exactly 72 hours after the return; the second a minute later than that.
            new(Ava, false, "M", Utc("2025-05-01T20:00:00Z"), Utc("2025-05-02T10:00:00Z"), Utc("2025-05-02T12:00:00Z"), Utc("2025-05-05T10:00:00Z")),
            new(Ava, false, "A", Utc("2025-07-01T20:00:00Z"), Utc("2025-07-02T10:00:00Z"), Utc("2025-07-03T10:00:00Z"), Utc("2025-07-05T10:01:00Z")),
            // Ava's third episode in 12 months is a repeat; nobody offered her an interview after it.
            new(Ava, false, "M", Utc("2026-01-10T20:00:00Z"), Utc("2026-01-11T10:00:00Z"), null, null),
            new(Di, true, "M", Utc("2025-12-31T20:00:00Z"), Utc("2026-01-01T09:00:00Z"), Utc("2026-01-01T12:00:00Z"), Utc("2026-01-02T09:00:00Z")),
        ],
        Adoptions =
        [
            // Gus moved in 546 days after entering care, the day before the 18 months were up; Hugo 550 days, on the day
            // (not less than 18 months). A2: 122 and 60 days from the placement order to the match.
            new(Gus, D("2024-01-10"), D("2024-04-01"), D("2024-06-01"), D("2024-10-01"), D("2025-07-09"), D("2025-11-01"), null),
            new(Hugo, D("2023-05-01"), D("2023-09-01"), D("2024-01-01"), D("2024-03-01"), D("2024-11-01"), D("2026-02-01"), null),
            // Adopted the year before: not counted.
            new(Jo, D("2022-01-01"), D("2022-04-01"), D("2022-06-01"), D("2022-08-01"), D("2022-10-01"), D("2025-03-31"), null),
        ],
        // 182 days (26 weeks exactly) and 224 days (32 weeks): an average of 29 weeks. The one concluded on 31 March 2025 is last year's.
        Proceedings = [new(Jo, D("2025-04-02"), D("2025-10-01")), new(Kit, D("2025-08-19"), D("2026-03-31")), new(Lu, D("2024-10-01"), D("2025-03-31"))],
        CareLeavers =
        [
            // Each was in care from their 14th to their 18th birthday: former relevant. Mia turns 19, Ned 20 and Ola 21 in
            // the year; Pip turns 18.
            new(Mia, D("2006-06-15"), [Care("2020-06-15", "C2", "U4", "2024-06-15", "E17")], false, false),
            new(Ned, D("2005-07-01"), [Care("2019-07-01", "C2", "U4", "2023-07-01", "E17")], false, false),
            new(Ola, D("2004-09-01"), [Care("2018-09-01", "C2", "U4", "2022-09-01", "E17")], false, false),
            new(Pip, D("2007-12-01"), [Care("2021-12-01", "C2", "U4", "2025-12-01", "E17")], false, false),
        ],
        CareLeaverContacts =
        [
            // Mia's contact is on the second day of her window (it opens 15 March); Ned's the day after his closed (1 August).
            Contact(Mia, "2025-03-16", "YES", suitable: true, activity: "F2"),
            Contact(Ned, "2025-08-02", "YES", suitable: true, activity: "F2"),
            Contact(Ola, "2025-09-01", "YES", suitable: false, activity: "G5"),
            Contact(Pip, "2026-01-05", "YES", suitable: true, activity: "F5", stayingPut: true),
        ],
        // Mia's next review is due 1 April 2026 and Pip's 15 April: up to date. Ned's fell due on 29 March.
        PathwayPlans = [Plan(Mia, "2025-10-01"), Plan(Ned, "2025-09-29"), Plan(Pip, "2025-10-15")],
        Allocations =
        [
            // Ava's first worker's allocation ended on the first day of the 12 months: three workers in them.
            new(Ava, "w1", D("2024-01-01"), D("2025-04-01")), new(Ava, "w2", D("2025-04-01"), D("2025-10-01")), new(Ava, "w3", D("2025-10-01"), null),
            new(Bo, "w1", D("2025-04-02"), D("2025-06-01")), new(Bo, "w2", D("2025-06-01"), null),
            new(Di, "w4", D("2023-06-01"), null),
        ],
        // Di's placement is exactly 20 miles from home: not more than 20.
        PlacementDistances = [new(Ava, D("2025-04-01"), 5.2), new(Cy, D("2026-03-10"), 25.0), new(Di, D("2023-06-01"), 20.0)],
    };

    private static IndicatorFigure Figure(Indicator indicator, ReportingPeriod? period = null) => indicator.Compute(Record, period ?? Year, Calendar);

    private static Indicator Find(string id) => Indicators.Find(id) ?? throw new InvalidOperationException(id);

    [Fact]
    public void Reviews_in_time_follow_the_care_timescales_over_the_easter_and_may_bank_holidays()
    {
        var year = Figure(Indicators.ReviewsInTime);
        // Ava and Fay had every review on time; Bo's first was a working day late; Di's March review was not held. Cy is too recent.
        Assert.Equal((2, 4, 50.0m), (year.Numerator, year.Denominator!.Value, year.Value!.Value));
        Assert.Equal(new[] { Ava, Fay }.Order(), year.Children.Numerator.Select(c => c.PersonId).Order());
        Assert.DoesNotContain(year.Children.Denominator!, c => c.PersonId == Cy);
        // At the end of Q1 Di's next review was not yet due.
        var q1 = Figure(Indicators.ReviewsInTime, ReportingPeriod.InQuarter(2026, 1));
        Assert.Equal(new[] { Ava, Di, Fay }.Order(), q1.Children.Numerator.Select(c => c.PersonId).Order());
    }

    [Fact]
    public void Review_participation_counts_pn1_to_pn6_and_leaves_out_children_under_4()
    {
        var figure = Figure(Indicators.ReviewParticipation);
        // Ava PN1, PN1, PN7; Di PN4; Fay PN1, PN1. Bo's PN0 reviews are left out.
        Assert.Equal((5, 6, 83.3m), (figure.Numerator, figure.Denominator!.Value, figure.Value!.Value));
    }

    [Fact]
    public void Visits_are_due_a_week_after_the_placement_starts_then_every_six_weeks()
    {
        var record = new ScorecardRecord
        {
            CarePeriods = [new(Ava, D("2015-05-01"), Care("2026-01-05", "C2", "U6"))],
            // Due Monday 12 January (visited that day), then 23 February (visited a day late, on the 24th).
            CareVisits = [new(Ava, D("2026-01-12")), new(Ava, D("2026-02-24"))],
        };
        var figure = Indicators.VisitsInTime.Compute(record, Year, Calendar);
        Assert.Equal((1, 2), (figure.Numerator, figure.Denominator!.Value));
        Assert.Equal(D("2026-01-12"), Assert.Single(figure.Children.Numerator).Date);
    }

    [Fact]
    public void Initial_health_assessments_are_due_20_working_days_after_coming_into_care()
    {
        var figure = Figure(Indicators.InitialHealthAssessmentsInTime);
        // Ava's on 1 May was on the due day; Bo's on 6 May one working day late. Cy's falls due after the year (9 April 2026).
        Assert.Equal((1, 2), (figure.Numerator, figure.Denominator!.Value));
        Assert.Equal(Ava, Assert.Single(figure.Children.Numerator).PersonId);
    }

    [Fact]
    public void Health_dental_and_immunisations_use_the_oc2_cohort_looked_after_since_1_april()
    {
        var health = Figure(Indicators.HealthAssessments);
        Assert.Equal(new[] { Ava, Di }.Order(), health.Children.Denominator!.Select(c => c.PersonId).Order());
        Assert.Equal(Ava, Assert.Single(health.Children.Numerator).PersonId);
        Assert.Equal(Di, Assert.Single(Figure(Indicators.DentalChecks).Children.Numerator).PersonId);
        // Di's latest immunisations check found them not up to date.
        Assert.Equal(Ava, Assert.Single(Figure(Indicators.Immunisations).Children.Numerator).PersonId);
    }

    [Fact]
    public void Education_plans_are_up_to_date_within_six_months_for_children_of_school_age()
    {
        var figure = Figure(Indicators.EducationPlans);
        // Of school age: Ava (10), Cy (13: her first PEP fell due 10 working days after 10 March), Di (13) and Fay (14).
        // Bo is 3. Only Ava's latest PEP is within the 6 months (from 30 September).
        Assert.Equal(new[] { Ava, Cy, Di, Fay }.Order(), figure.Children.Denominator!.Select(c => c.PersonId).Order());
        Assert.Equal((1, 25.0m), (figure.Numerator, figure.Value!.Value));
        Assert.Equal(Ava, Assert.Single(figure.Children.Numerator).PersonId);
    }

    [Fact]
    public void Missing_episodes_repeats_and_return_interviews_within_72_hours()
    {
        Assert.Equal(4, Figure(Indicators.MissingEpisodes).Value);
        var repeat = Figure(Indicators.RepeatMissing);
        Assert.Equal((1, 4), (repeat.Numerator, repeat.Denominator!.Value));
        Assert.Equal(D("2026-01-10"), Assert.Single(repeat.Children.Numerator).Date);
        var held = Figure(Indicators.ReturnInterviewsInTime);
        Assert.Equal((2, 4, 50.0m), (held.Numerator, held.Denominator!.Value, held.Value!.Value));
        var offered = Figure(Indicators.ReturnInterviewsOffered);
        Assert.Equal((3, 4, 75.0m), (offered.Numerator, offered.Denominator!.Value, offered.Value!.Value));
    }

    [Fact]
    public void Adoption_a1_a2_a3_agree_with_the_adoption_scorecard()
    {
        var scores = AdoptionScorecard.For(Record.Adoptions, Year.Start, Year.End);
        var a1 = Figure(Indicators.AdoptionA1);
        var a2 = Figure(Indicators.AdoptionA2);
        var a3 = Figure(Indicators.AdoptionA3);
        Assert.Equal((2, 548m, "548 days"), (a1.Numerator, a1.Value!.Value, a1.ValueText));
        Assert.Equal(91m, a2.Value);
        Assert.Equal((1, 2, 50.0m), (a3.Numerator, a3.Denominator!.Value, a3.Value!.Value));
        Assert.Equal(Gus, Assert.Single(a3.Children.Numerator).PersonId);
        Assert.Equal((scores.Adopted, scores.A1AverageDays, scores.A2AverageDays, scores.A3PercentWithin18Months),
            (a1.Numerator, (double?)a1.Value, (double?)a2.Value, (double?)a3.Value));
    }

    [Fact]
    public void Permanence_outcomes_are_shares_of_the_periods_of_care_that_ended()
    {
        Assert.Equal((2, 5, 40.0m), Share("K50A"));
        Assert.Equal((1, 5, 20.0m), Share("K50S"));
        Assert.Equal((0, 5, 0m), Share("K50C"));
        Assert.Equal((1, 5, 20.0m), Share("K50H"));
    }

    [Fact]
    public void Care_proceedings_average_weeks_from_issue_to_conclusion()
    {
        var figure = Figure(Indicators.ProceedingsDuration);
        Assert.Equal((2, 29m, "29 weeks"), (figure.Numerator, figure.Value!.Value, figure.ValueText));
    }

    [Fact]
    public void Care_leavers_in_touch_housed_and_in_education_around_their_19th_to_21st_birthdays()
    {
        var inTouch = Figure(Indicators.CareLeaversInTouch);
        // Ned's contact came a day after his window closed. Pip's 18th birthday is not in the cohort.
        Assert.Equal((2, 3, 66.7m), (inTouch.Numerator, inTouch.Denominator!.Value, inTouch.Value!.Value));
        Assert.Equal(new[] { Mia, Ola }.Order(), inTouch.Children.Numerator.Select(c => c.PersonId).Order());
        Assert.Equal(Mia, Assert.Single(Figure(Indicators.CareLeaversSuitablyHoused).Children.Numerator).PersonId);
        Assert.Equal(Mia, Assert.Single(Figure(Indicators.CareLeaversInEducationOrWork).Children.Numerator).PersonId);
        // The birthdays fall in Q1 (Mia), Q2 (Ned, Ola): the quarters hold them.
        Assert.Equal(1, Figure(Indicators.CareLeaversInTouch, ReportingPeriod.InQuarter(2026, 1)).Denominator);
    }

    [Fact]
    public void Pathway_plans_are_up_to_date_when_the_next_review_is_not_overdue_and_staying_put_is_the_latest_contact()
    {
        var plans = Figure(Indicators.PathwayPlansUpToDate);
        // Ola's support ended at 21 on 1 September.
        Assert.Equal(new[] { Mia, Ned, Pip }.Order(), plans.Children.Denominator!.Select(c => c.PersonId).Order());
        Assert.Equal(new[] { Mia, Pip }.Order(), plans.Children.Numerator.Select(c => c.PersonId).Order());
        var stayingPut = Figure(Indicators.StayingPut);
        Assert.Equal((1, 3), (stayingPut.Numerator, stayingPut.Denominator!.Value));
        Assert.Equal(Pip, Assert.Single(stayingPut.Children.Numerator).PersonId);
    }

    [Fact]
    public void Legal_status_placement_distance_and_social_worker_changes_at_the_year_end()
    {
        Assert.Equal((2, 5, 40.0m), Share("K27C2"));
        Assert.Equal((2, 5, 40.0m), Share("K27V2"));
        Assert.Equal((1, 5, 20.0m), Share("K27V3"));
        Assert.Equal((2, 5, 40.0m), Share("K28F"));
        Assert.Equal((2, 5, 40.0m), Share("K28H"));
        Assert.Equal((1, 5, 20.0m), Share("K28P"));
        Assert.Equal((1, 3, 33.3m), Share("K28D"));
        Assert.Equal((1, 5, 20.0m), Share("K43"));
        Assert.Equal(Ava, Assert.Single(Figure(Find("K43")).Children.Numerator).PersonId);
    }

    [Fact]
    public void Quarters_in_quarter_add_up_to_the_year_for_the_looked_after_period_indicators()
    {
        foreach (var indicator in Indicators.All.Where(i => i.Measure == IndicatorMeasure.Period))
        {
            var year = Figure(indicator);
            var quarters = Enumerable.Range(1, 4).Select(q => Figure(indicator, ReportingPeriod.InQuarter(2026, q))).ToList();
            Assert.True(year.Numerator == quarters.Sum(q => q.Numerator), $"{indicator.Id} numerators");
            Assert.True(year.Denominator == (year.Denominator is null ? null : quarters.Sum(q => q.Denominator)), $"{indicator.Id} denominators");
        }
    }

    private static (int, int, decimal) Share(string id)
    {
        var figure = Figure(Find(id));
        return (figure.Numerator, figure.Denominator!.Value, figure.Value!.Value);
    }
}
