using Haven.Domain.Casework;
using Haven.Domain.Rules;

namespace Haven.Domain.Tests.Casework;

public sealed class EpisodeRulesTests
{
    private static readonly DateOnly Referral = new(2026, 9, 1);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly EpisodeRules.OpenWork Nothing = new(0, 0, 0, 0, new DateOnly(2026, 11, 20));

    private static RuleResult Close(string date, EpisodeRules.OpenWork? open = null, string? reason = "RC7", string? note = "Needs met; school keeps an eye.") =>
        EpisodeRules.ValidateClosure(DateOnly.Parse(date), reason, note, Referral, open ?? Nothing, Today);

    [Fact]
    public void An_episode_with_nothing_open_closes_on_or_after_its_last_activity()
    {
        Assert.Empty(Close("2026-11-20").Problems);
        Assert.Empty(Close("2026-11-25").Problems);
    }

    [Fact]
    public void Each_open_piece_of_work_is_named_in_the_refusal()
    {
        Assert.Equal("The case still has a child in need plan. End or complete it before closing the case", Close("2026-11-25", Nothing with { ChildInNeedPlans = 1 }).MessageFor("Reason"));
        Assert.Equal("The case still has a child protection plan and a section 47 enquiry and an assessment that is not authorised. End or complete them before closing the case",
            Close("2026-11-25", Nothing with { ChildProtectionPlans = 1, Section47Enquiries = 1, AssessmentsNotAuthorised = 2 }).MessageFor("Reason"));
    }

    [Theory]
    [InlineData("2026-08-31", "The case cannot close before the referral on 1 September 2026")]
    [InlineData("2026-11-26", "The closure date must be today or in the past")]
    [InlineData("2026-11-19", "The case cannot close before its last recorded activity on 20 November 2026")]
    public void A_closure_date_before_the_referral_or_last_activity_or_in_the_future_is_refused(string date, string message)
    {
        Assert.Equal(message, Close(date).MessageFor("ClosedOn"));
    }

    [Fact]
    public void The_reason_must_be_a_DfE_code_and_the_note_is_required()
    {
        Assert.Equal(["Note", "Reason"], Close("2026-11-25", reason: "RC10", note: " ").Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Equal(9, EpisodeRules.ReasonsForClosure.Count);
        Assert.All(Enumerable.Range(1, 9), i => Assert.Empty(Close("2026-11-25", reason: $"RC{i}").Problems));
    }
}
