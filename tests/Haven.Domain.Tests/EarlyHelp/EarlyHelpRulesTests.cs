using Haven.Domain.EarlyHelp;
using Haven.Domain.Rules;

namespace Haven.Domain.Tests.EarlyHelp;

public sealed class EarlyHelpRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static EarlyHelpEpisode Episode(string start = "2026-09-01", string? end = null) => new()
    {
        Id = Guid.NewGuid(),
        StartDate = DateOnly.Parse(start),
        EndDate = end is null ? null : DateOnly.Parse(end),
        LeadProfessional = "Ms Priya Shah",
        LeadAgency = "Northbridge Primary School",
    };

    private static EarlyHelpLeadChange Change(string from, string to) => new() { FromLead = from, ToLead = to, Reason = "Worker left" };

    private static EarlyHelpReview Review(string held, string? next) => new()
    {
        ReviewDate = DateOnly.Parse(held), NextReviewDate = next is null ? null : DateOnly.Parse(next), Progress = "Some", ChildsViews = "Happier",
    };

    private static EarlyHelpAction Action(string due, string? done = null) => new()
    {
        Action = "Book hearing test", Owner = "Health visitor", DueDate = DateOnly.Parse(due), CompletedOn = done is null ? null : DateOnly.Parse(done),
    };

    [Fact]
    public void Lead_changes_are_counted_one_per_change()
    {
        var episode = Episode();
        Assert.Equal(0, EarlyHelpRules.LeadChangeCount(episode));
        // School to family hub, then back to the school's new family support worker: two changes for the family.
        episode.LeadChanges.Add(Change("Ms Priya Shah (Northbridge Primary School)", "Tom Ellis (Havenshire Family Hub)"));
        episode.LeadChanges.Add(Change("Tom Ellis (Havenshire Family Hub)", "Jo Marsh (Northbridge Primary School)"));
        Assert.Equal(2, EarlyHelpRules.LeadChangeCount(episode));
    }

    [Theory]
    // Next review was Friday 20 November; on Wednesday 25th it is five days late.
    [InlineData("2026-11-20", true)]
    // Due yesterday: late.
    [InlineData("2026-11-24", true)]
    // Due today: not late until tomorrow.
    [InlineData("2026-11-25", false)]
    [InlineData("2026-12-18", false)]
    public void A_review_is_overdue_once_the_next_review_date_has_passed(string next, bool overdue)
    {
        var episode = Episode();
        episode.Reviews.Add(Review("2026-10-01", next));
        Assert.Equal(overdue, EarlyHelpRules.IsReviewOverdue(episode, Today));
    }

    [Fact]
    public void The_latest_review_sets_the_next_review_date_whatever_order_they_were_recorded_in()
    {
        var episode = Episode();
        // The October review (next due 20 November) is typed in after the November one that moved it to January.
        episode.Reviews.Add(Review("2026-11-18", "2027-01-15"));
        episode.Reviews.Add(Review("2026-10-01", "2026-11-20"));
        Assert.Equal(new DateOnly(2027, 1, 15), EarlyHelpRules.NextReviewDue(episode));
        Assert.False(EarlyHelpRules.IsReviewOverdue(episode, Today));
    }

    [Fact]
    public void No_review_yet_and_closed_episodes_are_never_overdue()
    {
        Assert.Null(EarlyHelpRules.NextReviewDue(Episode()));
        Assert.False(EarlyHelpRules.IsReviewOverdue(Episode(), Today));

        var closed = Episode(end: "2026-11-21");
        closed.Reviews.Add(Review("2026-10-01", "2026-11-20"));
        Assert.False(EarlyHelpRules.IsReviewOverdue(closed, Today));
    }

    [Fact]
    public void Actions_are_overdue_when_not_done_by_their_due_date_while_help_is_open()
    {
        var episode = Episode();
        var late = Action("2026-11-10");
        var doneLate = Action("2026-11-10", done: "2026-11-12");
        var dueToday = Action("2026-11-25");
        var later = Action("2026-12-01");
        var alsoLate = Action("2026-10-30");
        episode.Actions.AddRange([late, doneLate, dueToday, later, alsoLate]);

        Assert.Equal([alsoLate, late], EarlyHelpRules.OverdueActions(episode, Today));
        Assert.True(EarlyHelpRules.IsActionOverdue(episode, late, Today));
        Assert.False(EarlyHelpRules.IsActionOverdue(episode, doneLate, Today));
        Assert.False(EarlyHelpRules.IsActionOverdue(episode, dueToday, Today));

        episode.EndDate = Today;
        Assert.Empty(EarlyHelpRules.OverdueActions(episode, Today));
    }

    [Theory]
    // Open since 1 September: 30 days of September, 31 of October, 24 of November to the 25th = 85.
    [InlineData("2026-09-01", null, 85)]
    // Closed: counted to the end date, not today.
    [InlineData("2026-09-01", "2026-10-01", 30)]
    // Started and ended on the same day.
    [InlineData("2026-11-25", "2026-11-25", 0)]
    // Across a leap day: 28 February to 1 March 2028 is 2 days.
    [InlineData("2028-02-28", "2028-03-01", 2)]
    public void Episode_length_is_the_days_between_start_and_end_or_today(string start, string? end, int days)
    {
        Assert.Equal(days, EarlyHelpRules.LengthInDays(Episode(start, end), Today));
    }

    [Fact]
    public void An_assessment_needs_all_four_sections_and_the_childs_voice_cannot_be_blank()
    {
        Assert.True(EarlyHelpRules.ValidateAssessment(Today, "I like school", "Mum wants help with routines", "Close to gran", "Sleep and attendance").IsValid);
        var errors = EarlyHelpRules.ValidateAssessment(Today, "   ", "Mum wants help", "Close to gran", "");
        Assert.Equal(["ChildsVoice", "Needs"], Fields(errors).Order());
        Assert.StartsWith("Enter the child's voice", errors.MessageFor(EarlyHelpFields.ChildsVoice), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-08-31", true)]
    // On the start day itself is not "after" the start.
    [InlineData("2026-09-01", true)]
    [InlineData("2026-09-02", false)]
    public void An_action_must_be_due_after_the_episode_started(string due, bool refused)
    {
        var errors = EarlyHelpRules.ValidateAction("Book hearing test", "Health visitor", DateOnly.Parse(due), new DateOnly(2026, 9, 1));
        Assert.Equal(refused, errors.MessageFor(EarlyHelpFields.DueDate) is not null);
        if (refused)
        {
            Assert.Equal("The due date must be after early help started on 1 September 2026", errors.MessageFor(EarlyHelpFields.DueDate));
        }
    }

    [Fact]
    public void A_lead_change_needs_a_reason_and_a_different_lead()
    {
        Assert.Equal("Enter why the lead professional is changing",
            EarlyHelpRules.ValidateLeadChange("Ms Priya Shah", "Northbridge Primary School", "Tom Ellis", "Family Hub", " ").MessageFor(EarlyHelpFields.Reason));
        Assert.Equal("Ms Priya Shah is already the lead professional",
            EarlyHelpRules.ValidateLeadChange("Ms Priya Shah", "Northbridge Primary School", "ms priya shah ", "Northbridge Primary School", "Because").MessageFor(EarlyHelpFields.LeadProfessional));
        Assert.True(EarlyHelpRules.ValidateLeadChange("Ms Priya Shah", "Northbridge Primary School", "Tom Ellis", "Family Hub", "Worker left").IsValid);
    }

    [Fact]
    public void A_review_needs_progress_the_childs_views_and_a_later_next_review()
    {
        var start = new DateOnly(2026, 9, 1);
        Assert.True(EarlyHelpRules.ValidateReview("Attendance up", "Happier", Today, Today.AddDays(42), start).IsValid);
        var errors = EarlyHelpRules.ValidateReview("", "", Today, Today, start);
        Assert.Equal(["ChildsViews", "NextReviewDate", "Progress"], Fields(errors).Order());
        Assert.True(EarlyHelpRules.ValidateReview("x", "y", new DateOnly(2026, 8, 1), Today, start).MessageFor(EarlyHelpFields.ReviewDate) is not null);
    }

    [Fact]
    public void Closing_needs_an_outcome_and_a_step_up_needs_the_concern()
    {
        var start = new DateOnly(2026, 9, 1);
        Assert.Equal(["Outcome"], Fields(EarlyHelpRules.ValidateClosure(null, null, Today, start)));
        Assert.Equal(["Note"], Fields(EarlyHelpRules.ValidateClosure(EarlyHelpClosure.SteppedUpToSocialCare, " ", Today, start)));
        Assert.True(EarlyHelpRules.ValidateClosure(EarlyHelpClosure.NeedsMet, null, Today, start).IsValid);
        Assert.Equal(["EndDate"], Fields(EarlyHelpRules.ValidateClosure(EarlyHelpClosure.NeedsMet, null, new DateOnly(2026, 8, 31), start)));
    }

    [Fact]
    public void A_date_that_was_not_given_is_asked_for_by_the_rule_itself()
    {
        var start = new DateOnly(2026, 9, 1);
        Assert.Equal("Enter the date early help ended", EarlyHelpRules.ValidateClosure(EarlyHelpClosure.NeedsMet, null, null, start).MessageFor(EarlyHelpFields.EndDate));
        Assert.Equal("Enter the review date", EarlyHelpRules.ValidateReview("x", "y", null, Today, start).MessageFor(EarlyHelpFields.ReviewDate));
        Assert.Equal("Enter the next review date", EarlyHelpRules.ValidateReview("x", "y", Today, null, start).MessageFor(EarlyHelpFields.NextReviewDate));
        Assert.Equal("Enter the due date", EarlyHelpRules.ValidateAction("a", "b", null, start).MessageFor(EarlyHelpFields.DueDate));
        Assert.Equal("Enter the date the assessment was completed", EarlyHelpRules.ValidateAssessment(null, "a", "b", "c", "d").MessageFor(EarlyHelpFields.CompletedOn));
    }

    [Fact]
    public void A_team_member_needs_a_name_and_an_agency()
    {
        Assert.True(EarlyHelpRules.ValidateTeamMember("Sam Okoro", "Havenshire Community Health").IsValid);
        var errors = EarlyHelpRules.ValidateTeamMember(" ", null);
        Assert.Equal("Enter the team member's name", errors.MessageFor(EarlyHelpFields.Name));
        Assert.Equal("Enter the team member's agency", errors.MessageFor(EarlyHelpFields.Agency));
    }

    private static IEnumerable<string> Fields(RuleResult result) => result.Problems.Select(p => p.Field);
}
