using Haven.Domain.Access;

namespace Haven.Domain.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly Guid TeamA = Guid.Parse("00000000-0000-0000-0000-00000000000a");

    private static Viewer As(params Role[] roles) => new("user-1", roles.ToHashSet(), TeamA);

    private static RecordAccessFacts Facts(
        bool restricted = false, bool named = false, bool allocated = false, bool teamAllocated = false,
        bool managesTeam = false, bool breakGlass = false, bool adviser = false) =>
        new(restricted, named, allocated, teamAllocated, managesTeam, breakGlass, adviser);

    [Theory]
    [InlineData(Role.SocialWorker, true)]
    [InlineData(Role.TeamManager, true)]
    [InlineData(Role.ServiceManager, true)]
    [InlineData(Role.IndependentReviewingOfficer, true)]
    [InlineData(Role.BusinessSupport, true)]
    [InlineData(Role.Auditor, false)]
    public void In_open_mode_every_case_role_opens_an_unrestricted_record_and_only_the_auditor_cannot_change_it(Role role, bool canEdit)
    {
        var decision = AccessPolicy.Decide(As(role), Facts(), AccessMode.Open);

        Assert.Equal(AccessOutcome.Allowed, decision.Outcome);
        Assert.Equal(canEdit, decision.CanEdit);
    }

    [Fact]
    public void A_performance_analyst_sees_aggregates_only()
    {
        var decision = AccessPolicy.Decide(As(Role.PerformanceAnalyst), Facts(), AccessMode.Open);

        Assert.Equal(AccessOutcome.DeniedAggregateOnly, decision.Outcome);
        Assert.False(decision.CanView);
    }

    [Fact]
    public void A_system_administrator_runs_the_system_but_does_not_open_case_records()
    {
        var decision = AccessPolicy.Decide(As(Role.SystemAdministrator), Facts(), AccessMode.Open);

        Assert.Equal(AccessOutcome.DeniedNoCaseRole, decision.Outcome);
    }

    [Theory]
    [InlineData(AccessMode.Open)]
    [InlineData(AccessMode.Relationship)]
    public void A_restricted_record_opens_only_for_named_users_whatever_the_role(AccessMode mode)
    {
        Assert.Equal(AccessOutcome.DeniedRestricted, AccessPolicy.Decide(As(Role.ServiceManager), Facts(restricted: true, allocated: true), mode).Outcome);
        Assert.Equal(AccessOutcome.Allowed, AccessPolicy.Decide(As(Role.SocialWorker), Facts(restricted: true, named: true), mode).Outcome);
    }

    [Theory]
    [InlineData(AccessMode.Open)]
    [InlineData(AccessMode.Relationship)]
    public void An_auditor_reads_a_restricted_record_without_being_named_but_cannot_change_it(AccessMode mode)
    {
        var decision = AccessPolicy.Decide(As(Role.Auditor), Facts(restricted: true), mode);

        Assert.Equal(AccessOutcome.AllowedForAudit, decision.Outcome);
        Assert.True(decision.CanView);
        Assert.False(decision.CanEdit);
        Assert.False(AccessPolicy.Decide(As(Role.SocialWorker, Role.Auditor), Facts(restricted: true), mode).CanEdit);
    }

    [Fact]
    public void Break_glass_does_not_open_a_restricted_record()
    {
        var decision = AccessPolicy.Decide(As(Role.SocialWorker), Facts(restricted: true, breakGlass: true), AccessMode.Relationship);

        Assert.Equal(AccessOutcome.DeniedRestricted, decision.Outcome);
    }

    [Fact]
    public void In_relationship_mode_the_allocated_worker_their_team_and_manager_get_in()
    {
        Assert.True(AccessPolicy.Decide(As(Role.SocialWorker), Facts(allocated: true), AccessMode.Relationship).CanView);
        Assert.True(AccessPolicy.Decide(As(Role.SocialWorker), Facts(teamAllocated: true), AccessMode.Relationship).CanView);
        Assert.True(AccessPolicy.Decide(As(Role.TeamManager), Facts(managesTeam: true), AccessMode.Relationship).CanView);
    }

    [Fact]
    public void In_relationship_mode_a_care_leavers_personal_adviser_gets_in_and_may_record_but_not_past_a_restriction()
    {
        var adviser = AccessPolicy.Decide(As(Role.SocialWorker), Facts(adviser: true), AccessMode.Relationship);
        Assert.Equal((AccessOutcome.Allowed, true), (adviser.Outcome, adviser.CanEdit));
        Assert.Equal(AccessOutcome.DeniedRestricted, AccessPolicy.Decide(As(Role.SocialWorker), Facts(restricted: true, adviser: true), AccessMode.Relationship).Outcome);
    }

    [Fact]
    public void In_relationship_mode_anyone_else_is_offered_break_glass_and_gets_in_once_they_have_used_it()
    {
        var before = AccessPolicy.Decide(As(Role.SocialWorker), Facts(), AccessMode.Relationship);
        var after = AccessPolicy.Decide(As(Role.SocialWorker), Facts(breakGlass: true), AccessMode.Relationship);

        Assert.Equal(AccessOutcome.BreakGlassAvailable, before.Outcome);
        Assert.False(before.CanView);
        Assert.Equal(AccessOutcome.AllowedByBreakGlass, after.Outcome);
        Assert.True(after.CanView);
    }

    [Fact]
    public void Managers_and_auditors_may_see_who_has_viewed_a_record_but_social_workers_may_not()
    {
        Assert.True(AccessPolicy.CanManageAccess(As(Role.TeamManager)));
        Assert.True(AccessPolicy.CanManageAccess(As(Role.Auditor)));
        Assert.False(AccessPolicy.CanManageAccess(As(Role.SocialWorker)));
    }
}
