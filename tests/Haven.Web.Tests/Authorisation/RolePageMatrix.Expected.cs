namespace Haven.Web.Tests.Authorisation;

internal static partial class RolePageMatrix
{
    /// <summary>
    /// S = sent to sign in, Y = opens, N = refused. Columns: signed out, social worker, team manager, service
    /// manager, independent reviewing officer, business support, performance analyst, auditor, system administrator.
    /// </summary>
    public const string Expected = """
        # out SW TM SM IRO BS PA Aud Adm  page
          S   Y  Y  Y  Y   Y  Y  Y   Y    /
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /access-denied
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /accessibility
          S   Y  Y  Y  Y   Y  Y  Y   Y    /account
          S   Y  Y  Y  Y   Y  Y  Y   Y    /account/kept-form/{id:guid}
          S   Y  Y  Y  Y   Y  Y  Y   Y    /account/password
          S   Y  Y  Y  Y   Y  Y  Y   Y    /account/two-factor
          S   Y  Y  Y  Y   Y  Y  Y   Y    /account/two-factor/recovery-codes
          S   N  N  N  N   N  N  N   Y    /admin/teams
          S   N  N  N  N   N  N  N   Y    /admin/teams/{id:guid}
          S   N  N  N  N   N  N  N   Y    /admin/users
          S   N  N  N  N   N  N  N   Y    /admin/users.csv
          S   N  N  N  N   N  N  N   Y    /admin/users/{id}
          S   Y  Y  Y  Y   Y  N  Y   N    /chronology/flags
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /error/{code:int?}
          S   N  Y  Y  N   N  N  Y   N    /front-door
          S   N  Y  Y  N   N  N  Y   N    /front-door/contacts
          S   Y  Y  Y  N   Y  N  N   N    /front-door/partner-referrals
          S   Y  Y  Y  N   Y  N  N   N    /front-door/partner-referrals/{id:guid}
          S   Y  Y  Y  Y   Y  N  Y   N    /people
          S   Y  Y  Y  N   Y  N  N   N    /people/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}
          S   N  Y  Y  N   N  N  Y   N    /people/{personId:guid}/access
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/addresses/new
          S   N  Y  Y  N   N  N  N   N    /people/{personId:guid}/allocation
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/break-glass
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/case-notes
          S   Y  Y  Y  Y   Y  N  N   N    /people/{personId:guid}/case-notes/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/case-notes/{noteId:guid}
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/chronology/events/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/chronology/export/{format}
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/chronology/print
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/chronology/{handler:regex(^mark$)?}
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/contact-details/new
          S   Y  Y  Y  N   Y  N  N   N    /people/{personId:guid}/contacts/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/contacts/{contactId:guid}
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/details
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/documents
          S   Y  Y  Y  Y   Y  N  N   N    /people/{personId:guid}/documents/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/documents/{documentId:guid}/download
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/early-help
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/start
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/early-help/{episodeId:guid}
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/{episodeId:guid}/actions/new
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/{episodeId:guid}/actions/{actionId:guid}/done
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/{episodeId:guid}/assessment
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/{episodeId:guid}/close
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/{episodeId:guid}/lead
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/{episodeId:guid}/reviews/new
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/early-help/{episodeId:guid}/team/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/family
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/history
          S   N  Y  Y  N   N  N  N   N    /people/{personId:guid}/merge
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/names/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/no-access
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/oversight
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/professionals/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/relationships/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/sharing
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/sharing/{kind}/{itemId:guid}
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/social-care
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/social-care/{referralId:guid}
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/assessments/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/social-care/{referralId:guid}/assessments/{assessmentId:guid}
          S   N  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/assessments/{assessmentId:guid}/authorise
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/assessments/{assessmentId:guid}/sections/{section}
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-in-need/new
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-in-need/{planId:guid}/actions/new
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-in-need/{planId:guid}/actions/{actionId:guid}/done
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-in-need/{planId:guid}/end
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-in-need/{planId:guid}/reviews/new
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/social-care/{referralId:guid}/child-protection
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/social-care/{referralId:guid}/child-protection-plans/{planId:guid}
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-protection-plans/{planId:guid}/actions/new
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-protection-plans/{planId:guid}/contingency
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-protection-plans/{planId:guid}/core-group/meetings/new
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-protection-plans/{planId:guid}/core-group/members/new
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/child-protection-plans/{planId:guid}/end
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/close
          S   Y  Y  Y  Y   Y  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/conferences/new
          S   Y  Y  Y  Y   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/conferences/{conferenceId:guid}/held
          S   Y  Y  Y  Y   Y  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/conferences/{conferenceId:guid}/rearrange
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/section-47/new
          S   N  N  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/section-47/{enquiryId:guid}/agree
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/section-47/{enquiryId:guid}/child-seen
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/section-47/{enquiryId:guid}/complete
          S   Y  Y  Y  N   N  N  N   N    /people/{personId:guid}/social-care/{referralId:guid}/strategy-discussions/new
          S   N  Y  Y  N   N  N  Y   N    /people/{personId:guid}/viewers
          S   Y  Y  Y  Y   Y  N  Y   N    /people/{personId:guid}/warnings/new
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /privacy
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/about-you
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/check-answers
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/child-address
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/child-age
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/child-name
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/childs-views
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/concern
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/consent
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/contact-details
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/organisation-type
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/other-children
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/parents
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/parents-aware
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/sent
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /refer-a-child/urgent
          S   N  N  Y  N   N  Y  N   N    /returns/cin-census/explain
          S   N  N  Y  N   N  Y  N   N    /returns/cin-census/upload/{handler?}
          S   N  N  Y  N   N  Y  N   N    /returns/cin-census/{handler?}
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /sign-in
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /sign-in/external
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /sign-in/recovery-code
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /sign-in/two-factor
          Y   Y  Y  Y  Y   Y  Y  Y   Y    /sign-out
          S   Y  Y  Y  Y   Y  N  Y   N    /work-tray
          S   N  Y  Y  N   N  N  N   N    /work-tray/team
        """;
}
