using Haven.Domain.Calendar;
using Haven.Domain.Safeguarding;

namespace Haven.Domain.Tests.Safeguarding;

/// <summary>
/// The designated officer's clocks, worked through over the spring bank holiday weekend of 2026 (Monday 25 May) and
/// Easter 2026 (Good Friday 3 April, Easter Monday 6 April): the initial consideration within one working day of the
/// referral, the outcome within one calendar month; and what is refused when an allegation is moved on.
/// </summary>
public sealed class AllegationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Allegation Received(DateOnly on) => new()
    {
        Id = Guid.NewGuid(), AdultName = "Mark Hollis", Employer = "Hillside Primary School", AdultRole = "Teaching assistant",
        Details = "A pupil said he grabbed her arm", ReportedBy = "Head teacher", ReceivedOn = on, RecordedByUserId = "u", RecordedByName = "Officer",
    };

    [Fact]
    public void Received_on_friday_22_may_the_initial_consideration_is_due_on_tuesday_26_may_after_the_bank_holiday_weekend()
    {
        // Saturday, Sunday and the spring bank holiday Monday are not working days: the one working day is Tuesday.
        var allegation = Received(D(2026, 5, 22));
        var status = AllegationTimescales.InitialConsiderationStatus(allegation, D(2026, 5, 25), Calendar);
        Assert.Equal(D(2026, 5, 26), status.DueDate);
        Assert.Equal(TimescaleState.DueSoon, status.State);
        Assert.Equal(TimescaleState.Overdue, AllegationTimescales.InitialConsiderationStatus(allegation, D(2026, 5, 27), Calendar).State);
    }

    [Fact]
    public void Received_on_maundy_thursday_the_initial_consideration_on_easter_tuesday_is_in_time_and_on_the_wednesday_late()
    {
        var allegation = Received(D(2026, 4, 2));
        allegation.InitialConsiderationOn = D(2026, 4, 7);
        Assert.Equal(TimescaleState.CompletedInTime, AllegationTimescales.InitialConsiderationStatus(allegation, D(2026, 4, 20), Calendar).State);
        allegation.InitialConsiderationOn = D(2026, 4, 8);
        var late = AllegationTimescales.InitialConsiderationStatus(allegation, D(2026, 4, 20), Calendar);
        Assert.Equal((TimescaleState.CompletedLate, 1), (late.State, late.DaysOverdue));
    }

    [Fact]
    public void The_outcome_is_due_one_calendar_month_after_the_referral_and_is_overdue_the_day_after()
    {
        var allegation = Received(D(2026, 1, 31));
        // A calendar month from 31 January is the last day of February (a Saturday: a month is not moved off a weekend).
        Assert.Equal(D(2026, 2, 28), AllegationTimescales.OutcomeStatus(allegation, D(2026, 2, 28), Calendar).DueDate);
        allegation.InitialConsiderationOn = D(2026, 2, 2);
        Assert.False(AllegationTimescales.IsOverdue(allegation, D(2026, 2, 28), Calendar));
        Assert.True(AllegationTimescales.IsOverdue(allegation, D(2026, 3, 1), Calendar));
        allegation.Outcome = AllegationOutcome.Unsubstantiated;
        allegation.OutcomeOn = D(2026, 2, 27);
        Assert.False(AllegationTimescales.IsOverdue(allegation, D(2026, 3, 1), Calendar));
    }

    [Fact]
    public void A_referral_needs_every_detail_and_a_date_not_in_the_future()
    {
        var result = AllegationRules.CheckReferral(new AllegationReferral("Mark Hollis", " ", "Coach", "", "Parent", D(2026, 6, 2)), D(2026, 6, 1));
        Assert.Equal(
            [AllegationRules.Employer, AllegationRules.Details, AllegationRules.ReceivedOn],
            result.Problems.Select(p => p.Field));
        Assert.True(AllegationRules.CheckReferral(new AllegationReferral("Mark Hollis", "FC", "Coach", "Shouted", "Parent", D(2026, 6, 1)), D(2026, 6, 1)).IsValid);
    }

    [Fact]
    public void An_outcome_needs_its_date_and_the_initial_consideration_and_closing_needs_the_outcome_first()
    {
        var allegation = Received(D(2026, 3, 2));
        var today = D(2026, 4, 1);
        AllegationProgress Progress(DateOnly? considered = null, DateOnly? strategy = null, DateOnly? evaluation = null,
            AllegationOutcome? outcome = null, DateOnly? outcomeOn = null, DateOnly? closed = null) =>
            new(considered, null, strategy, evaluation, outcome, outcomeOn, null, closed);

        Assert.Equal("Enter the date the outcome was reached",
            AllegationRules.CheckProgress(allegation, Progress(considered: D(2026, 3, 3), outcome: AllegationOutcome.False), today).MessageFor(AllegationRules.OutcomeOn));
        Assert.Equal("Enter the date of the initial consideration before the outcome",
            AllegationRules.CheckProgress(allegation, Progress(outcome: AllegationOutcome.False, outcomeOn: D(2026, 3, 20)), today).MessageFor(AllegationRules.InitialConsiderationOn));
        Assert.Equal("Record the outcome before closing the allegation",
            AllegationRules.CheckProgress(allegation, Progress(considered: D(2026, 3, 3), closed: D(2026, 3, 30)), today).MessageFor(AllegationRules.ClosedOn));
        Assert.Equal("The initial consideration cannot be before the referral was received on 2 March 2026",
            AllegationRules.CheckProgress(allegation, Progress(considered: D(2026, 3, 1)), today).MessageFor(AllegationRules.InitialConsiderationOn));
        Assert.Equal("The evaluation meeting cannot be before the strategy meeting",
            AllegationRules.CheckProgress(allegation, Progress(considered: D(2026, 3, 3), strategy: D(2026, 3, 10), evaluation: D(2026, 3, 9)), today).MessageFor(AllegationRules.EvaluationMeetingOn));
        Assert.Equal("The closing date must be today or in the past",
            AllegationRules.CheckProgress(allegation, Progress(considered: D(2026, 3, 3), outcome: AllegationOutcome.Malicious, outcomeOn: D(2026, 3, 20), closed: D(2026, 4, 2)), today).MessageFor(AllegationRules.ClosedOn));
        Assert.True(AllegationRules.CheckProgress(allegation,
            Progress(D(2026, 3, 3), D(2026, 3, 5), D(2026, 3, 25), AllegationOutcome.Substantiated, D(2026, 3, 25), D(2026, 3, 31)), today).IsValid);
    }

    [Fact]
    public void Each_outcome_has_the_words_of_keeping_children_safe_in_education()
    {
        Assert.Equal(["Substantiated", "False", "Malicious", "Unsubstantiated", "Unfounded"], Enum.GetValues<AllegationOutcome>().Select(AllegationWording.Label));
        Assert.All(Enum.GetValues<AllegationOutcome>(), o => Assert.NotEqual(o.ToString(), AllegationWording.Meaning(o)));
    }
}
