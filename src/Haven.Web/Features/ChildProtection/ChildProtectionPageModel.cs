using Haven.Data;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildProtection;

/// <summary>
/// Base for the child protection pages of one episode (a referral). The referral must be this child's, so a
/// guessed id of another child's episode is a 404 even though the access filter passed for this child.
/// </summary>
public abstract class ChildProtectionPageModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }

    public Referral Referral { get; private set; } = null!;

    /// <summary>The UK date, which is what due dates are compared with.</summary>
    public DateOnly LocalToday => UkTime.Today(Clock);

    /// <summary>The episode hub once it exists; until then this feature's own summary of the episode.</summary>
    public string EpisodeUrl =>
        Url.Page("/Casework/Episode", new { personId = PersonId, referralId = ReferralId })
        ?? SummaryUrl;

    public string SummaryUrl => Url.Page("/ChildProtection/Index", new { personId = PersonId, referralId = ReferralId })!;

    public string EpisodeName => $"social care from {ChildProtectionText.Date(Referral.ReferralDate)}";

    protected async Task<bool> LoadEpisodeAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return false;
        }
        var referral = await Db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ReferralId && r.PersonId == PersonId, ct);
        if (referral is null)
        {
            return false;
        }
        Referral = referral;
        return true;
    }

    /// <summary>Loads an episode a form may change: null to go ahead, else 404 or back to a closed episode with the reason.</summary>
    protected async Task<IActionResult?> LoadOpenEpisodeAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        return Referral.IsOpen ? null : Refuse("This episode is closed, so it cannot be changed.");
    }

    /// <summary>Sends the user back to the episode with the reason the change cannot be made.</summary>
    protected IActionResult Refuse(string reason)
    {
        TempData["Problem"] = reason;
        return Redirect(SummaryUrl);
    }

    /// <summary>Adds rule errors, except on fields whose date parts already have a message.</summary>
    protected void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            if (ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid)
            {
                ModelState.AddModelError(field, message);
            }
        }
    }
}
