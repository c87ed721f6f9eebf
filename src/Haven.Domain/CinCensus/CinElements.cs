namespace Haven.Domain.CinCensus;

/// <summary>
/// The DfE's element names, spelt exactly as in the census XML. The reader, the writer and the rules' Field all
/// use these, so an issue's field is always the element a person would look for in the file.
/// </summary>
public static class CinElements
{
    public const string Message = "Message";
    public const string Header = "Header";
    public const string CollectionDetails = "CollectionDetails";
    public const string Collection = "Collection";
    public const string Year = "Year";
    public const string ReferenceDate = "ReferenceDate";
    public const string Source = "Source";
    public const string SourceLevel = "SourceLevel";
    public const string LEA = "LEA";
    public const string SoftwareCode = "SoftwareCode";
    public const string Release = "Release";
    public const string SerialNo = "SerialNo";
    public const string DateTime = "DateTime";

    public const string Children = "Children";
    public const string Child = "Child";
    public const string ChildIdentifiers = "ChildIdentifiers";
    public const string LAchildID = "LAchildID";
    public const string UPN = "UPN";
    public const string FormerUPN = "FormerUPN";
    public const string UPNunknown = "UPNunknown";
    public const string PersonBirthDate = "PersonBirthDate";
    public const string ExpectedPersonBirthDate = "ExpectedPersonBirthDate";
    public const string GenderCurrent = "GenderCurrent";
    public const string Sex = "Sex";
    public const string PersonDeathDate = "PersonDeathDate";
    public const string ChildCharacteristics = "ChildCharacteristics";
    public const string Ethnicity = "Ethnicity";
    public const string Disabilities = "Disabilities";
    public const string Disability = "Disability";

    public const string CINdetails = "CINdetails";
    public const string CINreferralDate = "CINreferralDate";
    public const string ReferralSource = "ReferralSource";
    public const string PrimaryNeedCode = "PrimaryNeedCode";
    public const string CINclosureDate = "CINclosureDate";
    public const string ReasonForClosure = "ReasonForClosure";
    public const string DateOfInitialCPC = "DateOfInitialCPC";
    public const string ReferralNFA = "ReferralNFA";

    public const string Assessments = "Assessments";
    public const string AssessmentActualStartDate = "AssessmentActualStartDate";
    public const string AssessmentInternalReviewDate = "AssessmentInternalReviewDate";
    public const string AssessmentAuthorisationDate = "AssessmentAuthorisationDate";
    public const string FactorsIdentifiedAtAssessment = "FactorsIdentifiedAtAssessment";
    public const string AssessmentFactors = "AssessmentFactors";

    public const string CINPlanDates = "CINPlanDates";
    public const string CINPlanStartDate = "CINPlanStartDate";
    public const string CINPlanEndDate = "CINPlanEndDate";

    public const string Section47 = "Section47";
    public const string S47ActualStartDate = "S47ActualStartDate";
    public const string InitialCPCtarget = "InitialCPCtarget";
    public const string ICPCnotRequired = "ICPCnotRequired";

    public const string ChildProtectionPlans = "ChildProtectionPlans";
    public const string CPPstartDate = "CPPstartDate";
    public const string CPPendDate = "CPPendDate";
    public const string InitialCategoryOfAbuse = "InitialCategoryOfAbuse";
    public const string LatestCategoryOfAbuse = "LatestCategoryOfAbuse";
    public const string NumberOfPreviousCPP = "NumberOfPreviousCPP";
    public const string Reviews = "Reviews";
    public const string CPPreviewDate = "CPPreviewDate";
}
