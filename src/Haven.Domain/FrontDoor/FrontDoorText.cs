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
