using Haven.Data;
using Haven.Domain.Calendar;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.Casework;

/// <summary>
/// Base for the pages of one episode of social care (a referral and all that hangs off it): assessments, child in
/// need plans, closure. It derives from the record's base so the access filter and view log cover it, and refuses
/// a referral that belongs to another child even when both ids are valid.
/// </summary>
public abstract class SocialCareEpisodePageModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [FromRoute] public Guid ReferralId { get; set; }

    public Referral Referral { get; private set; } = null!;

    /// <summary>The UK date, which is what due dates are compared with.</summary>
    public DateOnly LocalToday => UkTime.Today(Clock);

    public string EpisodeUrl => Url.Page("/Casework/Episode", new { personId = PersonId, referralId = ReferralId })!;

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

    /// <summary>
    /// Loads an episode a form may change: null when it can go ahead, otherwise the result to return (404 for an
    /// episode of another child, or back to a closed episode with the reason).
    /// </summary>
    protected async Task<IActionResult?> LoadOpenEpisodeAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        return Referral.IsOpen ? null : Refuse("This episode is closed, so it cannot be changed.");
    }

    /// <summary>Where a refused change sends the user: the episode, unless a feature has a better page.</summary>
    protected virtual string RefusalUrl => EpisodeUrl;

    /// <summary>Sends the user back with the reason the change cannot be made.</summary>
    protected IActionResult Refuse(string reason)
    {
        TempData["Problem"] = reason;
        return Redirect(RefusalUrl);
    }

    /// <summary>Adds the rule's messages, skipping fields that already carry an error (a date that would not parse, say).</summary>
    protected void AddErrors(IReadOnlyDictionary<string, string> errors, string prefix = "")
    {
        foreach (var (field, message) in errors)
        {
            var key = field.Length == 0 ? "" : prefix + field;
            if (ModelState.GetFieldValidationState(key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError(key, message);
            }
        }
    }
}
