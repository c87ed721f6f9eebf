using Haven.Data;
using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.ChildInNeed;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.Casework;

/// <summary>One episode of social care with its clocks: assessments, child in need plans, child protection, closure.</summary>
public sealed class EpisodeModel(HavenDbContext db, TimeProvider clock, CaseworkService casework, LocalTimescales local) : SocialCareEpisodePageModel(db, clock)
{
    public EpisodeWork Work { get; private set; } = null!;
    public bool HasOpenEarlyHelp { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        Work = (await casework.EpisodeAsync(PersonId, ReferralId, ct))!;
        HasOpenEarlyHelp = await Db.EarlyHelpEpisodes.AnyAsync(e => e.PersonId == PersonId && e.EndDate == null, ct);
        return Page();
    }

    public TimescaleStatus AssessmentClock(Assessment a) => AssessmentRules.Status(a, Referral.ReferralDate, LocalToday, Calendar, local);

    /// <summary>The next review of an open plan against today; an ended plan has no clock.</summary>
    public TimescaleStatus ReviewClock(ChildInNeedPlan plan) =>
        TimescaleRule.CalendarDays(0).Evaluate(ChildInNeedRules.NextReviewDueOn(plan, Calendar), null, LocalToday, Calendar);
}
