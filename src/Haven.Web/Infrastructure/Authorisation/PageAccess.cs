using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Haven.Web.Infrastructure.Authorisation;

/// <summary>A folder's or page's rule: the capability it needs, or none when anyone, signed in or not, may open it.</summary>
public sealed record AccessRule(string Path, string? Capability)
{
    public bool IsOpenToAnyone => Capability is null;
}

/// <summary>
/// Who may open which page, in one table. Every page takes its folder's rule, unless the page is listed
/// below as an exception, so a new page inherits its folder's rule. Where a folder mixes reading and
/// recording, the folder takes the stricter rule and the reading pages are the exceptions. Pages carry no
/// [Authorize] or [AllowAnonymous] of their own; EndpointPolicyTests fails a page without a rule from here.
/// </summary>
public static class PageAccess
{
    private const string? OpenToAnyone = null;

    public static IReadOnlyList<AccessRule> Folders { get; } =
    [
        new("/Account", Capabilities.AnyoneSignedIn),
        new("/Admin", Capabilities.Administer),
        new("/Allocations", Capabilities.AllocateWork),
        new("/Assessments", Capabilities.RecordCasework),
        new("/CaseNotes", Capabilities.ViewRecords),
        new("/Casework", Capabilities.ViewRecords),
        new("/ChildInNeed", Capabilities.RecordCasework),
        new("/ChildProtection", Capabilities.RecordCasework),
        new("/Chronology", Capabilities.ViewRecords),
        new("/CinCensus", Capabilities.RunReturns),
        new("/Documents", Capabilities.ViewRecords),
        new("/EarlyHelp", Capabilities.RecordCasework),
        new("/Escalations", Capabilities.ChallengePlans),
        new("/FrontDoor", Capabilities.ViewRecords),
        new("/Home", Capabilities.AnyoneSignedIn),
        new("/LookedAfter", Capabilities.RecordCasework),
        new("/LookedAfter/Carers", Capabilities.ViewRecords), // the register; adding and changing carers are exceptions below
        new("/LookedAfter/Advocacy", Capabilities.RecordCasework),
        new("/LookedAfter/Education", Capabilities.RecordCasework),
        new("/LookedAfter/Health", Capabilities.RecordCasework),
        new("/Safeguarding/Missing", Capabilities.RecordCasework), // missing from home or care: one set of pages
        new("/Safeguarding/PrivateFostering", Capabilities.RecordCasework),
        new("/Oversight", Capabilities.ViewRecords),
        new("/Permanence", Capabilities.RecordCasework), // court work, adoption and permanence orders
        new("/PartnerReferral", OpenToAnyone), // the public referral form, for partners without a Haven account
        new("/People", Capabilities.ViewRecords),
        new("/Sharing", Capabilities.ViewRecords),
        new("/WorkTray", Capabilities.ViewRecords),
        // Looked-after reviews are recorded by the IRO who chaired them (or a social worker or manager for them).
        new("/LookedAfter/Reviews", Capabilities.RecordConferences),
        new("/LookedAfter/Visits", Capabilities.ViewRecords),
        // Leaving care: recorded by the social worker or personal adviser; the leaving care page is read like the record.
        new("/CareLeavers", Capabilities.RecordCasework),
        // The scorecard, its targets and commentary: the same people who run the returns (analysts, service managers).
        new("/Performance", Capabilities.RunReturns),
        new("/Ssda903", Capabilities.RunReturns),
        new("/AnnexA", Capabilities.RunReturns),
        // Fostering and adopting households: recorded by the fostering and adoption teams; the list and a household are read like the register.
        new("/FosteringHouseholds", Capabilities.RecordFosteringHouseholds),
        // Allegations against adults who work with children: only accounts with the designated officer (LADO) duty.
        new("/Lado", Capabilities.ManageAllegations),
        new("/Safeguarding/Marac", Capabilities.RecordCasework),
    ];

    public static IReadOnlyList<AccessRule> Pages { get; } =
    [
        // Signing in, and the pages anyone may need before or without signing in.
        new("/Account/SignIn", OpenToAnyone),
        new("/Account/ExternalCallback", OpenToAnyone),
        new("/Account/TwoFactor", OpenToAnyone),
        new("/Account/RecoveryCodeSignIn", OpenToAnyone),
        new("/Account/SignOut", OpenToAnyone), // an expired session can still sign out
        new("/Home/Error", OpenToAnyone),
        new("/Home/AccessDenied", OpenToAnyone),
        new("/Home/Accessibility", OpenToAnyone),
        new("/Home/Privacy", OpenToAnyone),

        // Reading pages in folders that are otherwise about recording.
        new("/Assessments/Details", Capabilities.ViewRecords),
        new("/ChildProtection/Index", Capabilities.ViewRecords),
        new("/ChildProtection/ProtectionPlans/Plan", Capabilities.ViewRecords),
        new("/EarlyHelp/Index", Capabilities.ViewRecords),
        new("/EarlyHelp/Episode", Capabilities.ViewRecords),
        new("/LookedAfter/Index", Capabilities.ViewRecords),
        new("/LookedAfter/Advocacy/Index", Capabilities.ViewRecords),
        new("/LookedAfter/Education/Index", Capabilities.ViewRecords),
        new("/LookedAfter/Health/Index", Capabilities.ViewRecords),
        new("/Safeguarding/Missing/Index", Capabilities.ViewRecords),
        new("/Safeguarding/PrivateFostering/Index", Capabilities.ViewRecords),
        new("/Safeguarding/PrivateFostering/Figures", Capabilities.RunReturns), // the year's figures, as the returns are
        new("/Escalations/Escalation", Capabilities.ViewRecords),
        new("/Permanence/Court/Index", Capabilities.ViewRecords),
        new("/Permanence/Adoption/Index", Capabilities.ViewRecords),

        // Recording pages in folders that are otherwise about reading.
        new("/CaseNotes/Add", Capabilities.FileNotesAndDocuments), // a home visit is casework: the page asks RecordCasework too
        new("/Casework/Close", Capabilities.RecordCasework),
        new("/Casework/Dates/CorrectDate", Capabilities.CorrectRecordedDates),
        new("/Chronology/AddEntry", Capabilities.RecordCasework),
        new("/Documents/Upload", Capabilities.FileNotesAndDocuments),
        new("/FrontDoor/NewContact", Capabilities.RecordContacts),
        new("/People/New", Capabilities.RecordContacts),

        // Conferences: booked by business support, chaired and recorded by the independent reviewing officer.
        new("/ChildProtection/Conferences/ScheduleConference", Capabilities.BookConferences),
        new("/ChildProtection/Conferences/RearrangeConference", Capabilities.BookConferences),
        new("/ChildProtection/Conferences/HoldConference", Capabilities.RecordConferences),

        // Decisions and overviews that belong to particular jobs.
        new("/Assessments/Authorise", Capabilities.AuthoriseAssessments),
        new("/ChildProtection/Section47Enquiries/AgreeSection47", Capabilities.AgreeNoConference),
        new("/FrontDoor/Dashboard", Capabilities.OverseeFrontDoor),
        new("/Home/Audit", Capabilities.SearchTheAudit),
        new("/FrontDoor/Contacts", Capabilities.OverseeFrontDoor),
        new("/FrontDoor/PartnerQueue", Capabilities.TriagePartnerReferrals),
        new("/FrontDoor/PartnerSubmission", Capabilities.TriagePartnerReferrals),
        new("/WorkTray/Team", Capabilities.OverseeTeamWork),
        new("/LookedAfter/Carers/Add", Capabilities.ManageCarers),
        new("/LookedAfter/Carers/Edit", Capabilities.ManageCarers),

        // Looked-after reviews: the reviews and each review are read by anyone who reads records; the care and
        // permanence plans are the social worker's; a manager allocates the IRO; each IRO has their own list.
        new("/LookedAfter/Reviews/Index", Capabilities.ViewRecords),
        new("/LookedAfter/Reviews/Review", Capabilities.ViewRecords),
        new("/LookedAfter/Reviews/CarePlan", Capabilities.RecordCasework),
        new("/LookedAfter/Reviews/PermanencePlan", Capabilities.RecordCasework),
        new("/LookedAfter/Reviews/ReviewingOfficer", Capabilities.AllocateReviewingOfficers),
        new("/LookedAfter/Reviews/IroList", Capabilities.ReviewChildrenInCare),
        new("/CareLeavers/Index", Capabilities.ViewRecords),
        new("/EarlyHelp/List", Capabilities.ViewRecords), // every child's early help, through VisiblePeople
        new("/FosteringHouseholds/Index", Capabilities.ViewRecords),
        new("/FosteringHouseholds/Household", Capabilities.ViewRecords),
        new("/Safeguarding/Marac/Index", Capabilities.ViewRecords),
    ];

    /// <summary>The rule for a page (its path under Features, e.g. "/People/New"), or null when there is none.</summary>
    public static AccessRule? For(string pagePath)
    {
        ArgumentNullException.ThrowIfNull(pagePath);
        return Pages.FirstOrDefault(p => string.Equals(p.Path, pagePath, StringComparison.OrdinalIgnoreCase))
            ?? Folders.Where(f => pagePath.StartsWith(f.Path + "/", StringComparison.OrdinalIgnoreCase))
                .MaxBy(f => f.Path.Length);
    }

    /// <summary>Gives every page exactly one rule from the table, as endpoint metadata.</summary>
    public static void ApplyTo(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddFolderApplicationModelConvention("/", page =>
        {
            // A page with no rule is left to the fallback (signed in) and fails EndpointPolicyTests.
            if (For(page.ViewEnginePath) is { } rule)
            {
                page.EndpointMetadata.Add(rule.IsOpenToAnyone ? new AllowAnonymousAttribute() : new AuthorizeAttribute(rule.Capability!));
            }
        });
    }
}
