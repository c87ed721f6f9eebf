using Haven.Data;
using Haven.Domain.Casework;
using Haven.GovUk;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.Casework;

/// <summary>
/// Closes an episode with a DfE reason for closure. Refused, with nothing saved, while a plan, an enquiry or an
/// unauthorised assessment is still open, or for a date before the referral or its last activity.
/// </summary>
public sealed class CloseModel(HavenDbContext db, TimeProvider clock, CaseworkService casework) : SocialCareEpisodePageModel(db, clock)
{
    [BindProperty] public DateInput ClosedOn { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public EpisodeWork Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }
        ClosedOn = DateInput.From(LocalToday);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }
        var date = DateInputValidation.Validate(ClosedOn, "the date the case closed", required: true, today: LocalToday);
        date.AddTo(ModelState, nameof(ClosedOn));
        AddErrors(EpisodeRules.ValidateClosure(date.Date, Reason, Note, Referral.ReferralDate, Work.Open, LocalToday));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        try
        {
            await casework.CloseAsync(PersonId, ReferralId, date.Date!.Value, Reason!, Note!, ct);
        }
        catch (CaseRuleException e)
        {
            AddErrors(e.Errors);
            return this.InvalidPage();
        }
        TempData["Success"] = "Case closed";
        return Redirect(EpisodeUrl);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        Work = (await casework.EpisodeAsync(PersonId, ReferralId, ct))!;
        return null;
    }
}
