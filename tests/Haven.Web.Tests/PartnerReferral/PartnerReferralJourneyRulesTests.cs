using Haven.Web.Features.PartnerReferral;
using Journey = Haven.Web.Features.PartnerReferral.PartnerReferralJourney;

namespace Haven.Web.Tests.PartnerReferral;

/// <summary>The rules for moving through "Refer a child", worked through without a browser.</summary>
public sealed class PartnerReferralJourneyRulesTests
{
    private static readonly string[] Steps = Journey.Questions.Select(q => q.Step).ToArray();

    private static PartnerReferralDraft AnsweredUpTo(string stopAt)
    {
        var draft = PartnerReferralDraft.Start();
        foreach (var step in Steps.TakeWhile(s => s != stopAt))
        {
            draft.MarkAnswered(step);
        }
        return draft;
    }

    private static PartnerReferralDraft AllAnswered() => AnsweredUpTo(stopAt: "");

    [Fact]
    public void The_questions_are_asked_in_the_order_the_form_has_always_asked_them()
    {
        Assert.Equal(
            ["about-you", "organisation-type", "contact-details", "child-name", "child-age", "child-address", "parents", "other-children", "concern", "childs-views", "parents-aware", "consent", "urgent"],
            Steps);
        Assert.Equal("/refer-a-child/child-age", Journey.PathOf(Journey.ChildAge));
        Assert.Equal("/refer-a-child/child-age?change=true", Journey.ChangePathOf(Journey.ChildAge));
    }

    [Fact]
    public void Each_answer_leads_to_the_next_question_and_the_last_to_check_your_answers()
    {
        var draft = AllAnswered();
        for (var i = 0; i < Steps.Length - 1; i++)
        {
            Assert.Equal($"/refer-a-child/{Steps[i + 1]}", Journey.NextAfter(Steps[i], draft, changing: false));
        }
        Assert.Equal("/refer-a-child/check-answers", Journey.NextAfter(Journey.Urgent, draft, changing: false));
    }

    [Fact]
    public void A_changed_answer_goes_back_to_check_your_answers()
    {
        Assert.Equal("/refer-a-child/check-answers", Journey.NextAfter(Journey.ChildName, AllAnswered(), changing: true));
    }

    [Fact]
    public void A_change_while_questions_are_still_unanswered_carries_on_through_the_questions()
    {
        var draft = AnsweredUpTo(Journey.Concern);
        draft.MarkAnswered(Journey.ChildName);

        Assert.Equal("/refer-a-child/child-age", Journey.NextAfter(Journey.ChildName, draft, changing: true));
    }

    [Fact]
    public void Back_goes_to_the_previous_question_the_start_page_or_check_your_answers()
    {
        Assert.Equal("/refer-a-child", Journey.BackFrom(Journey.AboutYou, changing: false));
        for (var i = 1; i < Steps.Length; i++)
        {
            Assert.Equal($"/refer-a-child/{Steps[i - 1]}", Journey.BackFrom(Steps[i], changing: false));
        }
        Assert.Equal("/refer-a-child/urgent", Journey.BackFrom(Journey.CheckAnswers, changing: false));
        Assert.Equal("/refer-a-child/check-answers", Journey.BackFrom(Journey.Concern, changing: true));
    }

    [Fact]
    public void Only_questions_up_to_the_first_unanswered_one_can_be_opened()
    {
        var draft = AnsweredUpTo(Journey.ChildName);

        Assert.Equal(Journey.ChildName, Journey.FirstUnanswered(draft));
        Assert.True(Journey.CanReach(Journey.AboutYou, draft));
        Assert.True(Journey.CanReach(Journey.ChildName, draft));
        Assert.False(Journey.CanReach(Journey.ChildAge, draft));
        Assert.False(Journey.CanReach(Journey.CheckAnswers, draft));
        Assert.False(Journey.CanReach("not-a-question", draft));
        Assert.Equal("/refer-a-child/child-name", Journey.WhereToResume(draft));
    }

    [Fact]
    public void Check_your_answers_opens_once_every_question_is_answered()
    {
        var draft = AllAnswered();

        Assert.Null(Journey.FirstUnanswered(draft));
        Assert.True(Journey.CanReach(Journey.CheckAnswers, draft));
        Assert.All(Steps, step => Assert.True(Journey.CanReach(step, draft)));
    }

    [Fact]
    public void Without_a_draft_the_referrer_starts_at_the_start_page_and_after_sending_sees_the_confirmation()
    {
        Assert.Equal("/refer-a-child", Journey.WhereToResume(null));

        var sent = AllAnswered().AfterSending("P-2026-000001");

        Assert.False(Journey.CanReach(Journey.CheckAnswers, sent));
        Assert.False(Journey.CanReach(Journey.AboutYou, sent));
        Assert.Equal("/refer-a-child/sent", Journey.WhereToResume(sent));
    }

    [Fact]
    public void A_sent_draft_keeps_its_token_and_reference_but_none_of_the_answers()
    {
        var draft = AllAnswered();
        draft.ChildFirstName = "Imogen";
        draft.Concern = "A bruise";
        draft.Urgent = "yes";

        var sent = draft.AfterSending("P-2026-000001");

        Assert.Equal((draft.Token, "P-2026-000001", "yes"), (sent.Token, sent.Reference, sent.Urgent));
        Assert.Null(sent.ChildFirstName);
        Assert.Null(sent.Concern);
        Assert.Empty(sent.Answered);
    }
}
