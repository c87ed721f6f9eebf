using System.Text.RegularExpressions;

namespace Haven.Web.Infrastructure;

/// <summary>
/// What a page of a child's record is, in words, for "who has viewed" and the audit of refusals: "Chronology of
/// Ava Smith", not "/Chronology/Index". The view log keeps the page's path (which never changes meaning); the words
/// are chosen when it is read. A page not listed here is named from its path ("AddAddress" reads "Add address").
/// </summary>
public static partial class RecordPageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Assessments/Authorise"] = "Authorising an assessment for {0}",
        ["/Assessments/Details"] = "Assessment of {0}",
        ["/Assessments/Section"] = "Assessment section for {0}",
        ["/Assessments/Start"] = "Starting an assessment for {0}",
        ["/CaseNotes/Add"] = "Adding a case note for {0}",
        ["/CaseNotes/Index"] = "Case notes of {0}",
        ["/CaseNotes/Note"] = "A case note of {0}",
        ["/Casework/Close"] = "Closing the case of {0}",
        ["/Casework/Episode"] = "Social care episode of {0}",
        ["/Casework/Index"] = "Social care of {0}",
        ["/ChildInNeed/AddAction"] = "Adding a child in need plan action for {0}",
        ["/ChildInNeed/CompleteAction"] = "Completing a child in need plan action for {0}",
        ["/ChildInNeed/End"] = "Ending the child in need plan of {0}",
        ["/ChildInNeed/Review"] = "Reviewing the child in need plan of {0}",
        ["/ChildInNeed/Start"] = "Starting a child in need plan for {0}",
        ["/ChildProtection/Conferences/HoldConference"] = "Recording a child protection conference for {0}",
        ["/ChildProtection/Conferences/RearrangeConference"] = "Rearranging a child protection conference for {0}",
        ["/ChildProtection/Conferences/ScheduleConference"] = "Booking a child protection conference for {0}",
        ["/ChildProtection/CoreGroups/AddCoreGroupMember"] = "Adding a core group member for {0}",
        ["/ChildProtection/CoreGroups/RecordCoreGroup"] = "Recording a core group meeting for {0}",
        ["/ChildProtection/Index"] = "Child protection of {0}",
        ["/ChildProtection/ProtectionPlans/AddPlanAction"] = "Adding a child protection plan action for {0}",
        ["/ChildProtection/ProtectionPlans/Contingency"] = "Child protection plan contingency of {0}",
        ["/ChildProtection/ProtectionPlans/EndPlan"] = "Ending the child protection plan of {0}",
        ["/ChildProtection/ProtectionPlans/Plan"] = "Child protection plan of {0}",
        ["/ChildProtection/Section47Enquiries/AgreeSection47"] = "Agreeing a section 47 outcome for {0}",
        ["/ChildProtection/Section47Enquiries/ChildSeen"] = "Recording that {0} was seen in a section 47 enquiry",
        ["/ChildProtection/Section47Enquiries/CompleteSection47"] = "Completing a section 47 enquiry for {0}",
        ["/ChildProtection/Section47Enquiries/StartSection47"] = "Starting a section 47 enquiry for {0}",
        ["/ChildProtection/StrategyDiscussions/NewStrategyDiscussion"] = "Recording a strategy discussion for {0}",
        ["/Chronology/AddEntry"] = "Adding a chronology entry for {0}",
        ["/Chronology/Export"] = "Downloading the chronology of {0}",
        ["/Chronology/Index"] = "Chronology of {0}",
        ["/Chronology/Print"] = "Printing the chronology of {0}",
        ["/Documents/Download"] = "Downloading a document of {0}",
        ["/Documents/Index"] = "Documents of {0}",
        ["/Documents/Upload"] = "Adding a document for {0}",
        ["/EarlyHelp/AddAction"] = "Adding an early help action for {0}",
        ["/EarlyHelp/AddTeamMember"] = "Adding to the team around the family of {0}",
        ["/EarlyHelp/Assessment"] = "Early help assessment of {0}",
        ["/EarlyHelp/ChangeLead"] = "Changing the early help lead for {0}",
        ["/EarlyHelp/Close"] = "Closing early help for {0}",
        ["/EarlyHelp/CompleteAction"] = "Completing an early help action for {0}",
        ["/EarlyHelp/Episode"] = "Early help episode of {0}",
        ["/EarlyHelp/Index"] = "Early help of {0}",
        ["/EarlyHelp/Review"] = "Reviewing early help for {0}",
        ["/EarlyHelp/Start"] = "Starting early help for {0}",
        ["/FrontDoor/ContactRecord"] = "A contact about {0}",
        ["/FrontDoor/NewContact"] = "Recording a contact about {0}",
        ["/Oversight/Index"] = "Management oversight of {0}",
        ["/People/Record/Access"] = "Who may see the record of {0}",
        ["/People/Record/AddAddress"] = "Adding an address for {0}",
        ["/People/Record/AddContact"] = "Adding contact details for {0}",
        ["/People/Record/AddFlag"] = "Adding a warning for {0}",
        ["/People/Record/AddName"] = "Adding a name for {0}",
        ["/People/Record/AddProfessional"] = "Adding a professional for {0}",
        ["/People/Record/AddRelationship"] = "Adding a relationship for {0}",
        ["/People/Record/BreakGlass"] = "Asking for break-glass access to {0}",
        ["/People/Record/Edit"] = "Changing the details of {0}",
        ["/People/Record/Family"] = "Family and network of {0}",
        ["/People/Record/History"] = "Record history of {0}",
        ["/People/Record/Index"] = "Overview of {0}",
        ["/People/Record/Merge"] = "Merging a duplicate into {0}",
        ["/People/Record/NoAccess"] = "The no-access page for {0}",
        ["/People/Record/Viewers"] = "Who has viewed the record of {0}",
        ["/Sharing/Index"] = "Sharing with the family of {0}",
        ["/Sharing/Item"] = "A document shared with the family of {0}",
    };

    /// <summary>The page in words, naming the person: "Chronology of Ava Smith".</summary>
    public static string Describe(string page, string personName)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Names.TryGetValue(page, out var name))
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, name, personName);
        }
        var last = page.TrimEnd('/').Split('/')[^1];
        var words = WordStart().Replace(last == "Index" ? page.Trim('/').Split('/')[0] : last, " $1").Trim().ToLowerInvariant();
        return $"{char.ToUpperInvariant(words[0])}{words[1..]} of {personName}";
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
