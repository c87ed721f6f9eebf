using Haven.Data;
using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Web.Features.Casework;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.Assessments;

/// <summary>Base for the pages of one assessment; an assessment of another child or episode is not found.</summary>
public abstract class AssessmentPageModel(HavenDbContext db, TimeProvider clock, LocalTimescales local) : SocialCareEpisodePageModel(db, clock)
{
    [FromRoute] public Guid AssessmentId { get; set; }

    public Assessment Assessment { get; private set; } = null!;

    public string AssessmentUrl => Url.Page("/Assessments/Details", new { personId = PersonId, referralId = ReferralId, assessmentId = AssessmentId })!;

    public TimescaleStatus Timescale => AssessmentRules.Status(Assessment, Referral.ReferralDate, LocalToday, Calendar, local);

    /// <summary>Still with the social worker: neither waiting for a manager nor authorised.</summary>
    public bool IsDraft => !Assessment.IsAuthorised && Assessment.SubmittedOn is null;

    protected async Task<bool> LoadAssessmentAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return false;
        }
        var assessment = await Db.Assessments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == AssessmentId && a.PersonId == PersonId && a.ReferralId == ReferralId, ct);
        if (assessment is null)
        {
            return false;
        }
        Assessment = assessment;
        return true;
    }
}
