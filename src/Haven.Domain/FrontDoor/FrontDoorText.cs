namespace Haven.Domain.FrontDoor;

/// <summary>Front-door words as people say them, in one place.</summary>
public static class FrontDoorText
{
    public static string Outcome(ScreeningOutcome outcome) => outcome switch
    {
        ScreeningOutcome.NoFurtherAction => "No further action",
        ScreeningOutcome.InformationAndAdvice => "Information and advice",
        ScreeningOutcome.Signpost => "Signpost to another service",
        ScreeningOutcome.EarlyHelp => "Early help",
        ScreeningOutcome.ReferralForAssessment => "Referral to social care for assessment",
        _ => "Strategy discussion",
    };

    /// <summary>What the referrer is told happens next, in plain words and nothing about the family's history.</summary>
    public static string WhatHappensNext(ScreeningOutcome outcome) => outcome switch
    {
        ScreeningOutcome.NoFurtherAction => "Children's social care will not take further action at this time. If you have new concerns, please contact us again.",
        ScreeningOutcome.InformationAndAdvice => "We have given information and advice. Children's social care will not take further action at this time.",
        ScreeningOutcome.Signpost => "We have suggested another service that may be able to help the family.",
        ScreeningOutcome.EarlyHelp => "The family will be offered early help, with a lead professional to coordinate support.",
        ScreeningOutcome.ReferralForAssessment => "A social worker will assess the child's needs. They may contact you for more information.",
        _ => "Children's social care is making enquiries with partner agencies. A social worker may contact you.",
    };

    public static string Threshold(ThresholdLevel level) => level switch
    {
        ThresholdLevel.Universal => "Level 1: universal",
        ThresholdLevel.EarlyHelp => "Level 2: early help",
        ThresholdLevel.ChildInNeed => "Level 3: child in need",
        _ => "Level 4: safeguarding",
    };

    public static string Feedback(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Sent => "Sent",
        FeedbackStatus.Failed => "Failed",
        FeedbackStatus.NotRequired => "Not possible (anonymous or no contact details)",
        _ => "Not sent",
    };

    public static string Route(ContactRoute route) => route switch
    {
        ContactRoute.Phone => "Phone",
        ContactRoute.Email => "Email",
        ContactRoute.SecureEmail => "Secure email",
        ContactRoute.Letter => "Letter",
        ContactRoute.InPerson => "In person",
        ContactRoute.PoliceNotification => "Police notification",
        _ => "Online partner form",
    };
}
