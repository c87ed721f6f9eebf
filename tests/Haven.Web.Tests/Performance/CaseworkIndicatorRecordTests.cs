using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Domain.Performance;
using Haven.Domain.Workforce;
using Haven.Web.Features.Allocations;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Features.Performance;
using Haven.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Performance;

/// <summary>
/// The front door and child protection indicators read off the real loader on both databases, from a history recorded
/// through the front door and allocation services (and the plans and conferences written as the services leave them).
/// The clock moves forward to Christmas 2026, so this class keeps its app (and database) to itself.
/// </summary>
public abstract class CaseworkIndicatorRecordTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private static readonly ReportingPeriod Q3 = ReportingPeriod.InQuarter(2027, 3);

    private static DateTime Uk(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    private void MoveClockTo(DateTime utc) => app.Clock.SetUtcNow(new DateTimeOffset(utc));

    [Fact]
    public async Task Decisions_over_christmas_unallocated_children_and_plan_reviews_are_counted_from_the_record()
    {
        var team = new Team { Id = Guid.NewGuid(), Name = "Indicator Team", Service = "Child protection" };
        await app.WithDbAsync(async db =>
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        });
        var worker = await app.CreateUserAsync("Indicator Worker", Role.SocialWorker, team.Id);
        var manager = await app.CreateUserAsync("Indicator Manager", Role.TeamManager, team.Id);
        var amy = await app.RegisterAsync(worker, "Amy", "Holly", new DateOnly(2015, 1, 1));
        var ben = await app.RegisterAsync(worker, "Ben", "Ivy", new DateOnly(2015, 1, 1));
        var cara = await app.RegisterAsync(worker, "Cara", "Noel", new DateOnly(2015, 1, 1));
        var dan = await app.RegisterAsync(worker, "Dan", "Frost", new DateOnly(2015, 1, 1));

        // Cara and Dan have been children in need since April, each on a plan; Dan is allocated today (25 November).
        Referral Episode(Person child) => new() { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = new DateOnly(2026, 4, 1), SourceCode = "1A", PrimaryNeedCode = "N1" };
        var caraEpisode = Episode(cara);
        var danEpisode = Episode(dan);
        ChildProtectionPlan Plan(Person child, Referral episode, DateOnly start) => new()
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, StartDate = start, InitialCategory = "NEG", LatestCategory = "NEG",
        };
        var caraPlan = Plan(cara, caraEpisode, new DateOnly(2026, 5, 1));
        var danPlan = Plan(dan, danEpisode, new DateOnly(2026, 6, 1));
        await app.WithDbAsync(async db =>
        {
            db.Referrals.AddRange(caraEpisode, danEpisode);
            db.ChildProtectionPlans.AddRange(caraPlan, danPlan);
            // Cara's first review was held on the day it was due, 3 months after her initial conference; Dan's, due
            // on 1 September, was never held.
            db.ChildProtectionConferences.Add(new ChildProtectionConference
            {
                Id = Guid.NewGuid(), PersonId = cara.Id, ReferralId = caraEpisode.Id, Type = ConferenceType.Review, ChildProtectionPlanId = caraPlan.Id,
                ScheduledFor = new DateOnly(2026, 8, 1), HeldOn = new DateOnly(2026, 8, 1), Decision = ConferenceDecision.PlanContinues, Category = "NEG",
            });
            await db.SaveChangesAsync();
        });
        await app.AsUserAsync(manager, async s =>
        {
            await s.GetRequiredService<AllocationService>().AllocateAsync(dan.Id, null, worker.Id, null, null, CancellationToken.None);
            return dan.Id;
        });

        // Contacts about Amy and Ben came in on Christmas Eve 2026. Christmas Day and the substitute Boxing Day
        // (Monday 28 December) are bank holidays, so both were due a decision on Tuesday 29 December.
        MoveClockTo(Uk(12, 24));
        var (amyContact, benContact) = await app.AsUserAsync(manager, async s =>
        {
            var contacts = await s.GetRequiredService<FrontDoorService>().RecordAsync([amy.Id, ben.Id], new ContactDetails(Uk(12, 24, 9), ContactRoute.Phone, ContactKind.Referral, "2A",
                "Ms Ada Lovegood", "Northbridge Primary School", null, "dsl@northbridge.example.com", null, null,
                "Both children came to school bruised and said they were frightened to go home.", null, ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None);
            return (contacts[0].Id, contacts[1].Id);
        });
        MoveClockTo(Uk(12, 29));
        await app.AsUserAsync(manager, async s =>
        {
            var frontDoor = s.GetRequiredService<FrontDoorService>();
            await frontDoor.DecideAsync(amyContact, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed,
                "Injuries and fear of going home need an assessment now.", null, null, "N1"), CancellationToken.None);
            MoveClockTo(Uk(12, 30));
            // Amy's referrer is told the next day, within 48 hours; Ben's decision comes a day late.
            await frontDoor.RecordFeedbackAsync(amyContact, FeedbackMethod.Email, true, null, null, CancellationToken.None);
            return await frontDoor.DecideAsync(benContact, new DecisionDetails(ScreeningOutcome.InformationAndAdvice, ThresholdLevel.Universal,
                "Ben's bruise was explained by the school nurse; advice given to his mother.", null, null, null), CancellationToken.None);
        });

        // Read on 30 December 2026, as the scorecard does it.
        var record = await app.AsUserAsync(manager, s => s.GetRequiredService<ScorecardRecords>().LoadAsync(Q3.Start, CancellationToken.None));
        IndicatorFigure Figure(Indicator indicator) => indicator.Compute(record, Q3, WorkingDayCalendar.EnglandAndWales);

        var decisions = Figure(Indicators.DecisionsInTime);
        Assert.Equal((1, 2), (decisions.Numerator, decisions.Denominator!.Value));
        Assert.Equal(amy.Id, Assert.Single(decisions.Children.Numerator).PersonId);

        // Ben's feedback is not due until Monday 4 January, so it is not late when the record is read.
        var feedback = Figure(Indicators.FeedbackInTime);
        Assert.Equal((1, 1), (feedback.Numerator, feedback.Denominator!.Value));

        // Amy's new episode (referred on Christmas Eve) and Cara's have no worker; Dan's has.
        var unallocated = Figure(Indicators.UnallocatedCases);
        Assert.Equal(new[] { amy.Id, cara.Id }.Order(), unallocated.Children.Numerator.Select(c => c.PersonId).Order());

        var reviews = Figure(Indicators.PlansReviewedInTime);
        Assert.Equal((1, 2), (reviews.Numerator, reviews.Denominator!.Value));
        Assert.Equal(cara.Id, Assert.Single(reviews.Children.Numerator).PersonId);
    }
}

public sealed class CaseworkIndicatorRecordTestsOnSqlite(SqliteAppFactory app) : CaseworkIndicatorRecordTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class CaseworkIndicatorRecordTestsOnPostgres(PostgresAppFactory app) : CaseworkIndicatorRecordTests<PostgresAppFactory>(app);
