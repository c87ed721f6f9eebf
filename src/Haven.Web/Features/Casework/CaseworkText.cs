namespace Haven.Web.Features.Casework;

/// <summary>How social care records read on screen and in the history: the words social workers use.</summary>
public static class CaseworkText
{

    public static string Date(DateOnly date) => DateText.Date(date);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string AssessmentType(AssessmentType type) => type switch
    {
        Domain.Assessments.AssessmentType.Initial => "Initial assessment (legacy)",
        Domain.Assessments.AssessmentType.Core => "Core assessment (legacy)",
        _ => "Single assessment",
    };


    public static string Stage(Assessment a) =>
        a.IsAuthorised ? "Authorised" : a.SubmittedOn is not null ? "Awaiting authorisation" : a.AuthorisationNote is not null ? "Returned to the social worker" : "In progress";

    public static string Voice(ChildVoiceSource? source) => source switch
    {
        ChildVoiceSource.OwnWords => "In the child's own words",
        ChildVoiceSource.Observed => "As observed",
        _ => "Not recorded",
    };

    /// <summary>The GOV.UK tag for where a piece of work stands against its clock.</summary>
    public static (string Text, string Colour) Timescale(TimescaleState state) => state switch
    {
        TimescaleState.DueSoon => ("Due soon", "yellow"),
        TimescaleState.Overdue => ("Overdue", "red"),
        TimescaleState.CompletedInTime => ("Completed in time", "green"),
        TimescaleState.CompletedLate => ("Completed late", "orange"),
        _ => ("In time", "blue"),
    };



    public static string WorkingDays(int days) => days == 1 ? "1 working day" : $"{days} working days";

    public static string Weeks(int weeks) => weeks == 1 ? "1 week" : $"{weeks} weeks";
}
