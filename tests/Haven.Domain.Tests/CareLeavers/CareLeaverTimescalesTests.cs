using Haven.Domain.Calendar;
using Haven.Domain.CareLeavers;
using Haven.Domain.Casework;
using Haven.Domain.LookedAfter;
using static Haven.Domain.Tests.CareLeavers.CareLeaverEligibilityTests;

namespace Haven.Domain.Tests.CareLeavers;

/// <summary>Pathway plan reviews and the birthday "in touch" windows, worked by hand for Jordan (born 10 June 2008), who left care on their 18th birthday.</summary>
public sealed class CareLeaverTimescalesTests
{
    private static readonly PeriodOfCare LeftAt18 = InCare("2023-01-01", "2026-06-10");

    private static PathwayPlanRecord Plan(PathwayStep step, string on) =>
        new() { Id = Guid.NewGuid(), Step = step, CompletedOn = D(on), RecordedByUserId = "u", RecordedByName = "Worker" };

    private static CareLeaverContact Contact(string on, string inTouch = "YES") =>
        new() { Id = Guid.NewGuid(), ContactOn = D(on), InTouch = inTouch, Accommodation = "U", AccommodationSuitable = true, Activity = "F5", RecordedByUserId = "u", RecordedByName = "Worker" };

    private static CareLeaverStatus StatusOn(string day) => CareLeaverEligibility.On(Born, [LeftAt18], D(day));

    [Fact]
    public void The_pathway_plan_is_reviewed_within_6_months_of_the_plan_and_then_of_each_review()
    {
        var status = StatusOn("2025-01-01");
        // Eligible since 16 (10 June 2024): the first plan is due by 10 September 2024; a needs assessment alone does not start the review clock.
        Assert.Equal(D("2024-09-10"), CareLeaverTimescales.NextPlanDueOn(Born, status, [Plan(PathwayStep.NeedsAssessment, "2024-08-01")]));
        Assert.Equal(D("2025-03-01"), CareLeaverTimescales.NextPlanDueOn(Born, status, [Plan(PathwayStep.PathwayPlan, "2024-09-01")]));
        Assert.Equal(D("2025-08-20"), CareLeaverTimescales.NextPlanDueOn(Born, status,
            [Plan(PathwayStep.PathwayPlan, "2024-09-01"), Plan(PathwayStep.Review, "2025-02-20")]));
        // 31 August plus six months is the end of February.
        Assert.Equal(D("2026-02-28"), CareLeaverTimescales.NextPlanDueOn(Born, status, [Plan(PathwayStep.Review, "2025-08-31")]));
    }

    [Fact]
    public void Birthdays_run_from_18_to_21_for_a_young_person_in_care_on_their_17th_and_to_25_on_request()
    {
        var birthdays = CareLeaverTimescales.Birthdays(Born, StatusOn("2026-07-01"), [LeftAt18], [], D("2026-07-01"), supportTo25: false);
        Assert.Equal([18, 19, 20, 21], birthdays.Select(b => b.Age));
        var to25 = CareLeaverTimescales.Birthdays(Born, StatusOn("2026-07-01"), [LeftAt18], [], D("2026-07-01"), supportTo25: true);
        Assert.Equal([18, 19, 20, 21, 22, 23, 24, 25], to25.Select(b => b.Age));
    }

    [Fact]
    public void A_contact_counts_for_a_birthday_from_3_months_before_to_1_month_after_it()
    {
        var birthday = D("2027-06-10");
        var windowOf19 = CareLeaverTimescales.For(19, birthday, [], D("2027-03-01"));
        Assert.Equal((D("2027-03-10"), D("2027-07-10"), BirthdayContactState.Upcoming), (windowOf19.WindowOpens, windowOf19.WindowCloses, windowOf19.State));

        Assert.Equal(BirthdayContactState.InTouch, CareLeaverTimescales.For(19, birthday, [Contact("2027-03-10")], D("2027-08-01")).State);
        Assert.Equal(BirthdayContactState.InTouch, CareLeaverTimescales.For(19, birthday, [Contact("2027-07-10")], D("2027-08-01")).State);
        Assert.Equal(BirthdayContactState.Missed, CareLeaverTimescales.For(19, birthday, [Contact("2027-03-09"), Contact("2027-07-11")], D("2027-08-01")).State);
        Assert.Equal("NO", CareLeaverTimescales.For(19, birthday, [], D("2027-07-11")).InTouchCode);
        Assert.Equal(BirthdayContactState.Due, CareLeaverTimescales.For(19, birthday, [], D("2027-07-10")).State);
        // A refusal in the window answers it, but a later contact that found them in touch wins.
        Assert.Equal("REFU", CareLeaverTimescales.For(19, birthday, [Contact("2027-05-01", "REFU")], D("2027-08-01")).InTouchCode);
        Assert.Equal("YES", CareLeaverTimescales.For(19, birthday, [Contact("2027-04-01"), Contact("2027-05-01", "REFU")], D("2027-08-01")).InTouchCode);
    }

    [Fact]
    public void The_tray_asks_for_the_pathway_plan_review_and_the_birthday_contact_while_its_window_is_open_or_missed()
    {
        var person = Guid.NewGuid();
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = person, ReferralId = Guid.NewGuid(), StartDate = D("2023-01-01"), EndDate = D("2026-06-10"), ReasonCeased = "E5",
            CategoryOfNeed = "N1", DecisionBy = "Head of service", DecisionRationale = "Family breakdown", RecordedByUserId = "u", RecordedByName = "Worker",
            LegalStatuses = [new CareLegalStatus { From = D("2023-01-01"), Code = "V2", RecordedByUserId = "u", RecordedByName = "Worker" }],
        };
        var young = new CareLeaverCase(person, Born, [period], null, [Plan(PathwayStep.PathwayPlan, "2027-01-15")], []);
        var calendar = WorkingDayCalendar.EnglandAndWales;

        var april = CareLeaverWork.For(young, D("2027-04-01"), calendar);
        Assert.Equal([WorkKind.PathwayPlanReview, WorkKind.BirthdayContact], april.Select(w => w.Kind));
        Assert.Equal(D("2027-07-15"), april[0].DueOn);
        Assert.Equal((D("2027-07-10"), TimescaleState.NotYetDue), (april[1].DueOn, april[1].State));
        Assert.Equal(period.ReferralId, april[1].ReferralId);

        // Missed after the window closes, until the 20th birthday's window opens on 10 March 2028.
        Assert.Equal(TimescaleState.Overdue, CareLeaverWork.For(young, D("2027-08-01"), calendar).Single(w => w.Kind == WorkKind.BirthdayContact).State);
        Assert.DoesNotContain(CareLeaverWork.For(young with { Contacts = [Contact("2027-06-01")] }, D("2027-08-01"), calendar), w => w.Kind == WorkKind.BirthdayContact);
        Assert.Empty(CareLeaverWork.For(young, D("2029-06-10"), calendar));
    }
}
