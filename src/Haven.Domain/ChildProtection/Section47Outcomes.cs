namespace Haven.Domain.ChildProtection;

/// <summary>How a section 47 enquiry ended, worded once for pages, history, the chronology and the demo data.</summary>
public static class Section47Outcomes
{
    /// <summary>As a choice on the form and a value in the record.</summary>
    public static string Label(Section47Outcome outcome) => outcome switch
    {
        Section47Outcome.ConferenceRequired => "Concerns substantiated: initial conference needed",
        Section47Outcome.SubstantiatedNoConference => "Concerns substantiated: no conference",
        Section47Outcome.NotSubstantiatedChildInNeed => "Not substantiated: child in need",
        Section47Outcome.NoFurtherAction => "No further action",
        _ => outcome.ToString(),
    };

    /// <summary>
    /// After a colon in the chronology ("Section 47 enquiry completed: concerns substantiated, initial conference
    /// needed"), where a second colon would read badly.
    /// </summary>
    public static string InSentence(Section47Outcome outcome) => Label(outcome).Replace(":", ",", StringComparison.Ordinal).ToLowerInvariant();
}
