using Haven.Data.Demo;
using Haven.Domain.Calendar;
using Haven.Domain.FrontDoor;
using Haven.Domain.Safeguarding;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's domestic abuse and LADO work: every DASH level on police notifications, MARAC referrals with a repeat and a
/// meeting, allegations in every state and with every outcome, all within the rules the pages use, and a designated
/// officer (the demo service manager) to see them.
/// </summary>
public sealed class DemoThemesTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly DateOnly Today = DemoDatabase.Today;

    [Fact]
    public async Task Police_notifications_have_every_dash_level_and_marac_has_a_repeat_referral_and_a_meeting()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.Demo.CreateContext();
        var levels = await db.Contacts.AsNoTracking().Where(c => c.DashRiskLevel != null).Select(c => new { c.DashRiskLevel, c.Route, c.SourceCode }).ToListAsync(ct);
        Assert.Equal(Enum.GetValues<DashRiskLevel>().ToHashSet(), levels.Select(l => l.DashRiskLevel!.Value).ToHashSet());
        Assert.All(levels, l => Assert.Equal((ContactRoute.PoliceNotification, FrontDoorCodes.PoliceSource), (l.Route, l.SourceCode)));

        var referrals = await db.MaracReferrals.AsNoTracking().ToListAsync(ct);
        Assert.NotEmpty(referrals);
        Assert.Contains(referrals.GroupBy(r => r.PersonId), g => MaracRepeat.Flag(g).Any(f => f.Repeat));
        Assert.Contains(referrals, r => r.MeetingOn is not null && r.Actions is not null);
        Assert.All(referrals, r =>
        {
            Assert.True(MaracRules.CheckReferral(r.ReferredOn, r.ReferredBy, r.RiskLevel, Today).IsValid);
            Assert.True(r.MeetingOn is null || MaracRules.CheckMeeting(r, r.MeetingOn, Today).IsValid);
        });
    }

    [Fact]
    public async Task Allegations_are_in_every_state_with_every_outcome_and_the_service_manager_is_the_designated_officer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.Demo.CreateContext();
        var allegations = await db.Allegations.AsNoTracking().Include(a => a.Children).ToListAsync(ct);
        var calendar = WorkingDayCalendar.EnglandAndWales;
        Assert.Contains(allegations, a => a.InitialConsiderationOn is null && !AllegationTimescales.IsOverdue(a, Today, calendar));
        Assert.Contains(allegations, a => a.InitialConsiderationOn is null && AllegationTimescales.IsOverdue(a, Today, calendar));
        Assert.Contains(allegations, a => a.InitialConsiderationOn is not null && a.Outcome is null && AllegationTimescales.IsOverdue(a, Today, calendar));
        Assert.Contains(allegations, a => a.Outcome is not null && a.ClosedOn is null);
        Assert.Contains(allegations, a => a.ClosedOn is not null);
        Assert.Equal(Enum.GetValues<AllegationOutcome>().ToHashSet(), allegations.Where(a => a.Outcome is not null).Select(a => a.Outcome!.Value).ToHashSet());
        Assert.Contains(allegations, a => a.Children.Count > 0);
        Assert.All(allegations, a =>
        {
            Assert.True(AllegationRules.CheckReferral(new AllegationReferral(a.AdultName, a.Employer, a.AdultRole, a.Details, a.ReportedBy, a.ReceivedOn), Today).IsValid);
            Assert.True(AllegationRules.CheckProgress(a, new AllegationProgress(a.InitialConsiderationOn, a.InitialConsiderationDecision, a.StrategyMeetingOn,
                a.EvaluationMeetingOn, a.Outcome, a.OutcomeOn, a.EmployerAction, a.ClosedOn), Today).IsValid, a.AdultName);
        });
        var officers = await db.Users.AsNoTracking().Where(u => u.IsDesignatedOfficer).Select(u => u.Email).ToListAsync(ct);
        Assert.Equal([$"service.manager@{DemoAuthorityGenerator.EmailDomain}"], officers);
    }
}
