namespace Haven.Web.Features.CinCensus;

/// <summary>
/// Which field of each form holds a DfE census element, so a rule that fails at entry is shown beside the field
/// the worker typed; elements a form does not hold go to the error summary.
/// </summary>
public static class CensusFields
{
    public static readonly IReadOnlyDictionary<string, string> Conference = new Dictionary<string, string>
    {
        ["DateOfInitialCPC"] = "HeldOn",
        ["CPPstartDate"] = "HeldOn",
        ["CPPreviewDate"] = "HeldOn",
        ["CPPendDate"] = "HeldOn",
        ["InitialCategoryOfAbuse"] = "Category",
        ["LatestCategoryOfAbuse"] = "Category",
        ["NumberOfPreviousCPP"] = "PreviousPlans",
    };

    public static readonly IReadOnlyDictionary<string, string> Section47 = new Dictionary<string, string>
    {
        ["S47ActualStartDate"] = "StartDate",
    };

    public static readonly IReadOnlyDictionary<string, string> Closure = new Dictionary<string, string>
    {
        ["CINclosureDate"] = "ClosedOn",
        ["ReasonForClosure"] = "Reason",
    };

    public static readonly IReadOnlyDictionary<string, string> Assessment = new Dictionary<string, string>
    {
        ["AssessmentAuthorisationDate"] = "",
        ["AssessmentFactors"] = "",
    };
}
