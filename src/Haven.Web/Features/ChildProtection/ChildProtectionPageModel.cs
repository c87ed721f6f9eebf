using Haven.Data;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildProtection;

/// <summary>
/// Base for the child protection pages of one episode (a referral). The referral must be this child's, so a
/// guessed id of another child's episode is a 404 even though the access filter passed for this child.
/// </summary>
public abstract class ChildProtectionPageModel(HavenDbContext db, TimeProvider clock) : Casework.SocialCareEpisodePageModel(db, clock)
{
    public string SummaryUrl => Url.Page("/ChildProtection/Index", new { personId = PersonId, referralId = ReferralId })!;

    public string EpisodeName => $"social care from {ChildProtectionText.Date(Referral.ReferralDate)}";

    /// <summary>Child protection refusals return to the child protection summary, where the reason makes sense.</summary>
    protected override string RefusalUrl => SummaryUrl;
}
