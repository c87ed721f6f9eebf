using System.Runtime.CompilerServices;
using System.Text;
using Haven.Domain.CinCensus;

namespace Haven.Domain.Tests.CinCensus;

/// <summary>
/// Builds small census files for tests. The defaults make a child with no issues in the 2025/26 census
/// (reference date 2026-03-31), so each test changes only the part its rule is about.
/// </summary>
internal static class CinXml
{
    public const string ReferenceDate = "2026-03-31";

    public static readonly DateOnly Reference = new(2026, 3, 31);

    public static CinRuleContext Context { get; } = CinRuleContext.For(Reference, "201");

    public static string Message(string children, string year = "2026", string? referenceDate = ReferenceDate) =>
        $"<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>{year}</Year>{El("ReferenceDate", referenceDate)}</CollectionDetails>" +
        $"<Source><SourceLevel>L</SourceLevel><LEA>201</LEA><SoftwareCode>Haven</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo>" +
        $"<DateTime>2026-05-01T09:00:00</DateTime></Source></Header><Children>{children}</Children></Message>";

    /// <summary>A child; pass "" as the only episode for a child with no episodes.</summary>
    public static string Child(string? ids = null, string? characteristics = null, params string[] episodes) =>
        "<Child>" +
        $"<ChildIdentifiers>{ids ?? Ids()}</ChildIdentifiers>" +
        $"<ChildCharacteristics>{characteristics ?? Characteristics()}</ChildCharacteristics>" +
        (episodes.Length == 0 ? Episode() : string.Concat(episodes)) +
        "</Child>";

    public static string Ids(
        string? id = "C1", string? upn = "H801200001001", string? formerUpn = null, string? upnUnknown = null,
        string? born = "2015-06-01", string? expected = null, string? sex = "F", string? died = null) =>
        El("LAchildID", id) + El("UPN", upn) + El("FormerUPN", formerUpn) + El("UPNunknown", upnUnknown) +
        El("PersonBirthDate", born) + El("ExpectedPersonBirthDate", expected) + El("Sex", sex) + El("PersonDeathDate", died);

    public static string Characteristics(string ethnicity = "WBRI", params string[] disabilities) =>
        El("Ethnicity", ethnicity) +
        (disabilities.Length == 0 ? "<Disabilities><Disability>NONE</Disability></Disabilities>" : List("Disabilities", "Disability", disabilities));

    public static readonly string DefaultModules = Assessment() + CinPlan("2025-06-11");

    /// <summary>An episode in the DfE's element order; <paramref name="modules"/> are assessments, CIN plans and section 47s.</summary>
    public static string Episode(
        string? referral = "2025-05-01", string? closure = null, string? reason = null, string? icpc = null,
        string? modules = null, string? nfa = "false", string? need = "N1", string? source = "1A", string cpp = "") =>
        "<CINdetails>" + El("CINreferralDate", referral) + El("ReferralSource", source) + El("PrimaryNeedCode", need) +
        El("CINclosureDate", closure) + El("ReasonForClosure", reason) + El("DateOfInitialCPC", icpc) +
        (modules ?? DefaultModules) + El("ReferralNFA", nfa) + cpp + "</CINdetails>";

    /// <summary>A closed episode (reason RC7), for rules about closure.</summary>
    public static string ClosedEpisode(string closure = "2025-07-01", string reason = "RC7", string? modules = null, string cpp = "") =>
        Episode(closure: closure, reason: reason, modules: modules, cpp: cpp);

    public static string Assessment(string? start = "2025-05-02", string? end = "2025-06-10", string factors = "3B") =>
        "<Assessments>" + El("AssessmentActualStartDate", start) + El("AssessmentAuthorisationDate", end) +
        (factors.Length == 0 ? "" : List("FactorsIdentifiedAtAssessment", "AssessmentFactors", factors.Split(' '))) + "</Assessments>";

    public static string CinPlan(string? start, string? end = null) =>
        "<CINPlanDates>" + El("CINPlanStartDate", start) + El("CINPlanEndDate", end) + "</CINPlanDates>";

    public static string S47(string? start = "2025-05-10", string? target = null, string? icpc = null, string notRequired = "false") =>
        "<Section47>" + El("S47ActualStartDate", start) + El("InitialCPCtarget", target) + El("DateOfInitialCPC", icpc) +
        El("ICPCnotRequired", notRequired) + "</Section47>";

    public static string Cpp(
        string? start = "2025-06-01", string? end = null, string? initial = "NEG", string? latest = "NEG", string? previous = "0", params string[] reviews) =>
        "<ChildProtectionPlans>" + El("CPPstartDate", start) + El("CPPendDate", end) + El("InitialCategoryOfAbuse", initial) +
        El("LatestCategoryOfAbuse", latest) + El("NumberOfPreviousCPP", previous) +
        (reviews.Length == 0 ? "" : "<Reviews>" + string.Concat(reviews.Select(r => $"<CPPreviewDate>{r}</CPPreviewDate>")) + "</Reviews>") +
        "</ChildProtectionPlans>";

    public static CinValidationResult Validate(string message) => new CinCensusValidator().Validate(Stream(message));

    /// <summary>Reads one child fragment through the real reader, failing the test on any problem with the XML.</summary>
    public static CinCensusChild ReadChild(string child)
    {
        using var reader = CinCensusReader.Open(Stream(Message(child)));
        var children = reader.ReadChildren().ToList();
        Assert.Empty(reader.Problems);
        return Assert.Single(children);
    }

    public static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));

    /// <summary>The synthetic samples copied from the DfE-rule reference validator, read from beside this file.</summary>
    public static FileStream Sample(string name) => File.OpenRead(Path.Combine(SamplesFolder(), name));

    public static string SamplePath(string name) => Path.Combine(SamplesFolder(), name);

    private static string SamplesFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Samples");

    private static string El(string name, string? value) => value is null ? "" : $"<{name}>{value}</{name}>";

    private static string List(string container, string item, IEnumerable<string> values) =>
        $"<{container}>{string.Concat(values.Select(v => $"<{item}>{v}</{item}>"))}</{container}>";
}
