namespace Haven.Web.Features.PartnerReferral;

/// <summary>
/// The order of the "Refer a child" questions and the rules for moving between them: which page comes next,
/// where Back goes, and whether a page can be opened yet. Plain C# over the draft, so the rules are tested
/// without a browser and every page follows the same ones.
/// </summary>
public static class PartnerReferralJourney
{
    public const string StartPath = "/refer-a-child";

    public const string AboutYou = "about-you";
    public const string OrganisationType = "organisation-type";
    public const string ContactDetails = "contact-details";
    public const string ChildName = "child-name";
    public const string ChildAge = "child-age";
    public const string ChildAddress = "child-address";
    public const string Parents = "parents";
    public const string OtherChildren = "other-children";
    public const string Concern = "concern";
    public const string ChildsViews = "childs-views";
    public const string ParentsAware = "parents-aware";
    public const string Consent = "consent";
    public const string Urgent = "urgent";
    public const string CheckAnswers = "check-answers";
    public const string Sent = "sent";

    /// <summary>The questions in the order they are asked, each with its page heading.</summary>
    public static readonly IReadOnlyList<(string Step, string Title)> Questions =
    [
        (AboutYou, "About you"),
        (OrganisationType, "What type of organisation do you work for?"),
        (ContactDetails, "How can we contact you?"),
        (ChildName, "What is the child's name?"),
        (ChildAge, "Do you know the child's date of birth?"),
        (ChildAddress, "Where does the child live?"),
        (Parents, "Who are the child's parents or carers?"),
        (OtherChildren, "Are there other children in the household?"),
        (Concern, "What is your concern about the child?"),
        (ChildsViews, "What has the child said?"),
        (ParentsAware, "Do the parents or carers know you are making this referral?"),
        (Consent, "Have the parents or carers agreed to you sharing this information?"),
        (Urgent, "Do you think the child is at immediate risk of harm?"),
    ];

    public static bool IsQuestion(string? step) => IndexOf(step) >= 0;

    public static string TitleOf(string step) => Questions[IndexOf(step) is >= 0 and var i ? i : throw new ArgumentException($"Not a question: {step}", nameof(step))].Title;

    /// <summary>The address of a question, check-answers or sent.</summary>
    public static string PathOf(string step) => $"{StartPath}/{step}";

    /// <summary>The address of a question opened from "Check your answers", which goes back there when answered.</summary>
    public static string ChangePathOf(string step) => $"{PathOf(step)}?change=true";

    /// <summary>The first question not answered yet, or null when every question has been answered.</summary>
    public static string? FirstUnanswered(PartnerReferralDraft draft) =>
        Questions.Select(q => q.Step).FirstOrDefault(step => !draft.HasAnswered(step));

    /// <summary>
    /// A question can be opened once every question before it has been answered; "Check your answers" once
    /// all of them have. So a bookmark or a typed address cannot skip a question.
    /// </summary>
    public static bool CanReach(string step, PartnerReferralDraft draft)
    {
        if (draft.IsSent)
        {
            return false;
        }
        var firstUnanswered = FirstUnanswered(draft);
        if (step == CheckAnswers)
        {
            return firstUnanswered is null;
        }
        return IsQuestion(step) && (firstUnanswered is null || IndexOf(step) <= IndexOf(firstUnanswered));
    }

    /// <summary>Where to send someone who asked for a step they cannot open yet.</summary>
    public static string WhereToResume(PartnerReferralDraft? draft) => draft switch
    {
        // No journey yet (a bookmark, an expired form): the start page, with its warning to call 999.
        null => StartPath,
        { IsSent: true } => PathOf(Sent),
        _ => PathOf(FirstUnanswered(draft) ?? CheckAnswers),
    };

    /// <summary>
    /// Where a question goes once answered: the next question, or "Check your answers" after the last one
    /// and whenever the referrer came from there to change an answer (if everything is still answered).
    /// </summary>
    public static string NextAfter(string step, PartnerReferralDraft draft, bool changing)
    {
        var firstUnanswered = FirstUnanswered(draft);
        if (changing && firstUnanswered is null)
        {
            return PathOf(CheckAnswers);
        }
        var index = IndexOf(step);
        return index >= 0 && index < Questions.Count - 1 ? PathOf(Questions[index + 1].Step) : PathOf(firstUnanswered ?? CheckAnswers);
    }

    /// <summary>Where the Back link of a step goes.</summary>
    public static string BackFrom(string step, bool changing)
    {
        if (changing || step == CheckAnswers)
        {
            return step == CheckAnswers ? PathOf(Questions[^1].Step) : PathOf(CheckAnswers);
        }
        var index = IndexOf(step);
        return index > 0 ? PathOf(Questions[index - 1].Step) : StartPath;
    }

    private static int IndexOf(string? step)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i].Step == step)
            {
                return i;
            }
        }
        return -1;
    }
}
