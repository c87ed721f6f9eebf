using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Haven.Web.Infrastructure.Authorisation;

/// <summary>
/// What each job may do, once. Every capability is an authorisation policy of the same name; pages get theirs
/// from <see cref="PageAccess"/> and the menu asks for the same ones, so no page or menu names a role.
/// Whether a particular child's record may be opened is a second question, answered by <see cref="RecordAccess"/>.
/// </summary>
public static class Capabilities
{
    /// <summary>Any signed-in person: the start page, their own account, the footer pages.</summary>
    public const string AnyoneSignedIn = nameof(AnyoneSignedIn);

    /// <summary>Search for people and read children's and families' records.</summary>
    public const string ViewRecords = nameof(ViewRecords);

    /// <summary>
    /// Do the social work itself: assessments, strategy discussions, section 47 enquiries, plans, core groups, early
    /// help, chronology entries, closures, and home visits (they count toward the child protection visit clock).
    /// </summary>
    public const string RecordCasework = nameof(RecordCasework);

    /// <summary>Register people and record contacts as they come in to the front door.</summary>
    public const string RecordContacts = nameof(RecordContacts);

    /// <summary>Book and rearrange child protection conferences (and later looked-after reviews).</summary>
    public const string BookConferences = nameof(BookConferences);

    /// <summary>Chair a conference and record what it decided.</summary>
    public const string RecordConferences = nameof(RecordConferences);

    /// <summary>
    /// File case notes (not home visits, which are casework), minutes, letters and documents on a record (an IRO's
    /// escalation has its own capability, <see cref="ChallengePlans"/>).
    /// </summary>
    public const string FileNotesAndDocuments = nameof(FileNotesAndDocuments);

    /// <summary>Work through referrals sent in on the public form.</summary>
    public const string TriagePartnerReferrals = nameof(TriagePartnerReferrals);

    /// <summary>See the front door as a whole: its dashboard and every open contact.</summary>
    public const string OverseeFrontDoor = nameof(OverseeFrontDoor);

    /// <summary>See each team member's work tray.</summary>
    public const string OverseeTeamWork = nameof(OverseeTeamWork);

    /// <summary>Allocate a child to a social worker and change their worker (with a reason and a handover note).</summary>
    public const string AllocateWork = nameof(AllocateWork);

    /// <summary>Authorise a completed assessment.</summary>
    public const string AuthoriseAssessments = nameof(AuthoriseAssessments);

    /// <summary>Agree a decision not to hold a conference after harm was substantiated (a senior manager's call).</summary>
    public const string AgreeNoConference = nameof(AgreeNoConference);

    /// <summary>Add and change carers and providers on the register children are placed from (fostering and placements teams, business support).</summary>
    public const string ManageCarers = nameof(ManageCarers);

    /// <summary>Run statutory returns, which hold every child's data.</summary>
    public const string RunReturns = nameof(RunReturns);

    /// <summary>
    /// Challenge a child's plan as its independent reviewer or conference chair: raise and pursue an escalation
    /// (dispute resolution) and write quality notes on the plan.
    /// </summary>
    public const string ChallengePlans = nameof(ChallengePlans);

    /// <summary>Search the whole audit (changes, openings of records, account changes, downloads, refusals) and download it.</summary>
    public const string SearchTheAudit = nameof(SearchTheAudit);

    /// <summary>Manage users and teams.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>Allocate (or change) a looked-after child's independent reviewing officer: a manager's decision.</summary>
    public const string AllocateReviewingOfficers = nameof(AllocateReviewingOfficers);

    /// <summary>Keep a list of the looked-after children one reviews: the independent reviewing officer's own list.</summary>
    public const string ReviewChildrenInCare = nameof(ReviewChildrenInCare);

    /// <summary>Decide what happens to a contact at the front door, and change that decision with a reason: a manager's decision.</summary>
    public const string DecideContacts = nameof(DecideContacts);

    /// <summary>Merge a duplicate person record into another: a manager's decision, as it moves a child's history.</summary>
    public const string MergeRecords = nameof(MergeRecords);

    /// <summary>Record an assessment of a type used before single assessments (initial, core), for history brought from an old system.</summary>
    public const string RecordLegacyAssessments = nameof(RecordLegacyAssessments);

    /// <summary>Record management oversight on a child's case: a manager's direction with its rationale.</summary>
    public const string RecordManagementOversight = nameof(RecordManagementOversight);

    /// <summary>See every team's work, not only the teams one manages.</summary>
    public const string OverseeEveryTeam = nameof(OverseeEveryTeam);

    /// <summary>Correct a date recorded on an episode (a plan's start, a closure), with a reason: the census is built from them.</summary>
    public const string CorrectRecordedDates = nameof(CorrectRecordedDates);

    /// <summary>
    /// Record a fostering or adopting household's journey (enquiry, assessment, panel, decision, reviews, visits,
    /// concerns): the fostering and adoption teams' social workers and their managers. Business support add carers to
    /// the register but do not assess or supervise them.
    /// </summary>
    public const string RecordFosteringHouseholds = nameof(RecordFosteringHouseholds);

    /// <summary>
    /// Manage allegations against adults who work with children (the LADO's work). Not given to any role: only to
    /// accounts an administrator has given the designated officer duty (<see cref="ByDuty"/>), because the records are
    /// kept from every other manager in the authority (Ofsted, seed F003).
    /// </summary>
    public const string ManageAllegations = nameof(ManageAllegations);

    /// <summary>The claim a duty given to an account is carried in (set at sign-in by <see cref="HavenClaimsFactory"/>).</summary>
    public const string DutyClaim = "haven:duty";

    /// <summary>The local authority designated officer (LADO) duty.</summary>
    public const string DesignatedOfficerDuty = "DesignatedOfficer";

    /// <summary>The roles that have each capability. <see cref="AnyoneSignedIn"/> needs no role.</summary>
    public static IReadOnlyDictionary<string, Role[]> WhoMay { get; } = new Dictionary<string, Role[]>
    {
        [ViewRecords] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager, Role.IndependentReviewingOfficer, Role.BusinessSupport, Role.Auditor],
        // Business support and independent reviewing officers support and scrutinise the casework; they do not do it.
        [RecordCasework] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager],
        [RecordContacts] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager, Role.BusinessSupport],
        [BookConferences] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager, Role.IndependentReviewingOfficer, Role.BusinessSupport],
        [RecordConferences] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager, Role.IndependentReviewingOfficer],
        [FileNotesAndDocuments] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager, Role.IndependentReviewingOfficer, Role.BusinessSupport],
        [TriagePartnerReferrals] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager, Role.BusinessSupport],
        [OverseeFrontDoor] = [Role.TeamManager, Role.ServiceManager, Role.Auditor],
        [OverseeTeamWork] = [Role.TeamManager, Role.ServiceManager],
        [AllocateWork] = [Role.TeamManager, Role.ServiceManager],
        [AuthoriseAssessments] = [Role.TeamManager, Role.ServiceManager],
        [AgreeNoConference] = [Role.ServiceManager],
        [ManageCarers] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager, Role.BusinessSupport],
        [RunReturns] = [Role.PerformanceAnalyst, Role.ServiceManager],
        [ChallengePlans] = [Role.IndependentReviewingOfficer],
        [SearchTheAudit] = [Role.Auditor],
        [Administer] = [Role.SystemAdministrator],
        [AllocateReviewingOfficers] = [Role.TeamManager, Role.ServiceManager],
        [ReviewChildrenInCare] = [Role.IndependentReviewingOfficer],
        [DecideContacts] = [Role.TeamManager, Role.ServiceManager],
        [MergeRecords] = [Role.TeamManager, Role.ServiceManager],
        [RecordLegacyAssessments] = [Role.TeamManager, Role.ServiceManager],
        [RecordManagementOversight] = [Role.TeamManager, Role.ServiceManager],
        [OverseeEveryTeam] = [Role.ServiceManager],
        [CorrectRecordedDates] = [Role.TeamManager, Role.ServiceManager],
        [RecordFosteringHouseholds] = [Role.SocialWorker, Role.TeamManager, Role.ServiceManager],
    };

    /// <summary>
    /// The capabilities that come with a duty an administrator gives an account, not with a role: held by whoever has
    /// the duty, whatever their role, and by nobody else (an administrator included).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ByDuty { get; } = new Dictionary<string, string>
    {
        [ManageAllegations] = DesignatedOfficerDuty,
    };

    /// <summary>Every policy name, for checks that a page's policy is one of ours.</summary>
    public static IReadOnlyList<string> All { get; } = [AnyoneSignedIn, .. WhoMay.Keys, .. ByDuty.Keys];

    /// <summary>
    /// Whether <paramref name="user"/> has <paramref name="capability"/>: by a duty on their account for the capabilities
    /// in <see cref="ByDuty"/>, otherwise by one of their roles. The one place both the policies and
    /// <see cref="CurrentUser.May"/> decide it.
    /// </summary>
    public static bool Grants(string capability, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (capability == AnyoneSignedIn)
        {
            return user.Identity?.IsAuthenticated == true;
        }
        return ByDuty.TryGetValue(capability, out var duty)
            ? user.HasClaim(DutyClaim, duty)
            : WhoMay[capability].Any(role => user.IsInRole(role.ToString()));
    }

    /// <summary>Registers every capability as a policy; anything not in the table still needs someone signed in.</summary>
    public static AuthorizationBuilder AddCapabilities(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        builder.SetFallbackPolicy(signedIn).AddPolicy(AnyoneSignedIn, signedIn);
        foreach (var (capability, roles) in WhoMay)
        {
            builder.AddPolicy(capability, p => p.RequireRole(roles.Select(r => r.ToString())));
        }
        foreach (var capability in ByDuty.Keys)
        {
            builder.AddPolicy(capability, p => p.RequireAuthenticatedUser().RequireAssertion(context => Grants(capability, context.User)));
        }
        return builder;
    }
}
