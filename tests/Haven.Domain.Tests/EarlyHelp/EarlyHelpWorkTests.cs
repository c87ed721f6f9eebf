using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.EarlyHelp;
using Haven.Domain.People;

namespace Haven.Domain.Tests.EarlyHelp;

/// <summary>Issue 17 item 1 and 2: early help and warning reviews as work, and the rules for changing and ending plan actions and team members.</summary>
public sealed class EarlyHelpWorkTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static EarlyHelpEpisode Episode(params (string Held, string Next)[] reviews)
    {
        var episode = new EarlyHelpEpisode { Id = Guid.NewGuid(), PersonId = Guid.NewGuid(), StartDate = new(2026, 9, 1), LeadProfessional = "Sarah Patel", LeadAgency = "Northbridge Primary School" };
        episode.Reviews.AddRange(reviews.Select(r => new EarlyHelpReview { ReviewDate = DateOnly.Parse(r.Held), NextReviewDate = DateOnly.Parse(r.Next), Progress = "Some", ChildsViews = "Fine" }));
        return episode;
    }

    [Fact]
    public void The_next_review_the_last_review_set_is_due_and_overdue_the_day_after()
    {
        // Reviewed 1 October (next 20 November), then 18 November (next 16 December): the later review's date counts.
        var reviewed = Episode(("2026-10-01", "2026-11-20"), ("2026-11-18", "2026-12-16"));
        var item = Assert.Single(EarlyHelpWork.For([reviewed], Today, Calendar));
        Assert.Equal((WorkKind.EarlyHelpReview, new DateOnly(2026, 12, 16), TimescaleState.NotYetDue), (item.Kind, item.DueOn, item.State));
        Assert.Equal($"/people/{reviewed.PersonId}/early-help/{reviewed.Id}/reviews/new", item.Link);

        var late = Episode(("2026-10-01", "2026-11-20"));
        Assert.Equal(TimescaleState.Overdue, Assert.Single(EarlyHelpWork.For([late], Today, Calendar)).State);
        Assert.Equal("Early help review due", DueWork.Describe(WorkKind.EarlyHelpReview));
    }

    [Fact]
    public void A_closed_episode_or_one_never_reviewed_has_no_review_work()
    {
        var closed = Episode(("2026-10-01", "2026-11-20"));
        closed.EndDate = new DateOnly(2026, 11, 1);
        Assert.Empty(EarlyHelpWork.For([closed, Episode()], Today, Calendar));
    }

    [Fact]
    public void A_warning_in_force_with_a_review_date_is_work_and_an_ended_one_is_not()
    {
        var person = Guid.NewGuid();
        var inForce = new PersonFlag { Id = Guid.NewGuid(), PersonId = person, Type = FlagType.CountyLines, From = new(2026, 9, 1), ReviewDate = new(2026, 11, 24) };
        var ended = new PersonFlag { Id = Guid.NewGuid(), PersonId = person, Type = FlagType.YoungCarer, From = new(2026, 9, 1), To = new(2026, 10, 1), ReviewDate = new(2026, 10, 20) };
        var noReview = new PersonFlag { Id = Guid.NewGuid(), PersonId = person, Type = FlagType.Allergy, From = new(2026, 9, 1) };
        var item = Assert.Single(WarningRules.ReviewWork([inForce, ended, noReview], Today, Calendar));
        Assert.Equal((WorkKind.WarningReview, TimescaleState.Overdue, $"/people/{person}/warnings/{inForce.Id}/edit"), (item.Kind, item.State, item.Link));
    }

    [Fact]
    public void An_action_change_must_change_something_and_a_done_action_is_not_changed()
    {
        var action = new EarlyHelpAction { Action = "Sleep routine plan", Owner = "Jo Green", DueDate = new(2026, 10, 15) };
        var start = new DateOnly(2026, 9, 1);
        Assert.Equal("Change what will be done, who will do it or when: nothing was changed",
            EarlyHelpRules.ValidateActionChange(action, " sleep routine plan ", "Jo Green", new(2026, 10, 15), start).MessageFor(EarlyHelpFields.Action));
        Assert.True(EarlyHelpRules.ValidateActionChange(action, "Sleep routine plan", "Jo Green", new(2026, 12, 15), start).IsValid);
        action.CompletedOn = new(2026, 10, 14);
        Assert.False(EarlyHelpRules.ValidateActionChange(action, "Something else", "Jo Green", new(2026, 12, 15), start).IsValid);
    }

    [Fact]
    public void Stopping_an_action_or_a_member_leaving_is_dated_between_the_start_and_today_once()
    {
        var start = new DateOnly(2026, 9, 1);
        var action = new EarlyHelpAction { Action = "Book a hearing test", Owner = "Sam Okoro", DueDate = new(2026, 12, 1) };
        Assert.Equal("Enter why the action is no longer needed", EarlyHelpRules.ValidateActionStop(action, Today, " ", start, Today).MessageFor(EarlyHelpFields.EndReason));
        Assert.NotNull(EarlyHelpRules.ValidateActionStop(action, Today.AddDays(1), "Done by the GP", start, Today).MessageFor(EarlyHelpFields.StoppedOn));
        Assert.True(EarlyHelpRules.ValidateActionStop(action, Today, "Done by the GP", start, Today).IsValid);

        var member = new TeamAroundFamilyMember { Name = "Sam Okoro", Agency = "Northbridge Primary School" };
        Assert.Equal("The date they left the team must be the same as or after early help started on 1 September 2026",
            EarlyHelpRules.ValidateTeamMemberLeft(member, new(2026, 8, 31), start, Today).MessageFor(EarlyHelpFields.LeftOn));
        Assert.True(EarlyHelpRules.ValidateTeamMemberLeft(member, start, start, Today).IsValid);
        member.LeftOn = Today;
        Assert.False(EarlyHelpRules.ValidateTeamMemberLeft(member, Today, start, Today).IsValid);
        Assert.False(EarlyHelpRules.ValidateTeamMemberChange(member, "Sam Okoro", "Northbridge Academy", null).IsValid);
    }
}
