using Haven.Domain.Performance;

namespace Haven.Web.Features.Performance;

/// <summary>
/// Reads what the indicators need from the record: one set-based query per source table, projected to the plain
/// facts the domain counts (<see cref="ScorecardRecord"/>), never a query per child. The figures are the
/// authority's, as the statutory returns are (analysts see aggregates only); the children behind a figure are listed
/// through <see cref="VisiblePeople"/> on the drill-down page.
/// </summary>
public sealed class ScorecardRecords(HavenDbContext db)
{
    /// <summary>
    /// Everything needed for periods starting on or after <paramref name="from"/>. Older rows are left out where no
    /// indicator can reach them: a re-referral looks back 365 days, a conference back to its enquiry, short-term
    /// stability a year back; an episode still open at <paramref name="from"/> is kept whenever it started, and every
    /// plan is kept because a repeat plan looks back over the child's whole history.
    /// </summary>
    public async Task<ScorecardRecord> LoadAsync(DateOnly from, CancellationToken ct)
    {
        var lookBack = from.AddDays(-(Indicators.ReReferralWindowDays + 1));
        var fromUtc = UkClock.ToUtc(from.ToDateTime(TimeOnly.MinValue));

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.ReceivedAtUtc >= fromUtc)
            .Select(c => new { c.PersonId, c.ReceivedAtUtc }).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.ReferralDate >= lookBack || r.ClosedOn == null || r.ClosedOn >= from)
            .Select(r => new ReferralFact(r.Id, r.PersonId, r.ReferralDate, r.ClosedOn)).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.AuthorisedOn >= from || a.StartDate >= from)
            .Select(a => new AssessmentFact(a.Id, a.PersonId, a.ReferralId, a.StartDate, a.AuthorisedOn)).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(e => e.StartDate >= lookBack)
            .Select(e => new EnquiryFact(e.Id, e.PersonId, e.StartDate)).ToListAsync(ct);
        var conferences = await db.ChildProtectionConferences.AsNoTracking()
            .Where(c => c.Type == ConferenceType.Initial && c.HeldOn >= from)
            .Select(c => new InitialConferenceFact(c.Id, c.PersonId, c.HeldOn!.Value, c.Section47Id)).ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking()
            .Select(p => new ProtectionPlanFact(p.Id, p.PersonId, p.StartDate, p.EndDate, p.InitialCategory, p.NumberOfPreviousPlans)).ToListAsync(ct);
        var care = await db.CarePeriods.AsNoTracking().Where(c => c.EndDate == null || c.EndDate >= lookBack)
            .Include(c => c.LegalStatuses).Include(c => c.Placements).AsSplitQuery().ToListAsync(ct);
        var born = await db.People.AsNoTracking().Where(p => db.CarePeriods.Any(c => c.PersonId == p.Id && (c.EndDate == null || c.EndDate >= lookBack)))
            .Select(p => new { p.Id, p.DateOfBirth }).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth, ct);

        return new ScorecardRecord
        {
            Contacts = [.. contacts.Select(c => new ContactFact(c.PersonId, UkClock.DateOf(c.ReceivedAtUtc)))],
            Referrals = referrals,
            Assessments = assessments,
            Enquiries = enquiries,
            InitialConferences = conferences,
            ProtectionPlans = plans,
            CarePeriods = [.. care.Select(c => new CareFact(c.PersonId, born.GetValueOrDefault(c.PersonId), c.ToPeriodOfCare()))],
        };
    }
}
