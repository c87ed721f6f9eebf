using Haven.Web.Features.CinCensus;

namespace Haven.Web.Features.Casework.Dates;

/// <summary>
/// The dates recorded on a social care episode, and a manager's correction of one: the new date goes through the
/// domain rule (<see cref="DateCorrections.Validate"/>), is an audited case event with the date before and after and the
/// reason, and is saved only if the episode still passes the DfE census rules, like any other save.
/// </summary>
public sealed class DateCorrectionService(HavenDbContext db, CaseRecorder recorder, CinCensusEntryCheck census, TimeProvider clock)
{
    /// <summary>The episode's dates in the order the work happened, each with the dates the rest of the record fixes around it.</summary>
    public async Task<IReadOnlyList<RecordedDate>> RecordedDatesAsync(Guid personId, Guid referralId, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referralId && r.PersonId == personId, ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ReferralId == referralId).OrderBy(a => a.StartDate).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(e => e.ReferralId == referralId).OrderBy(e => e.StartDate).ToListAsync(ct);
        var needPlans = await db.ChildInNeedPlans.AsNoTracking().Where(p => p.ReferralId == referralId).OrderBy(p => p.StartDate).ToListAsync(ct);
        var protectionPlans = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.ReferralId == referralId).OrderBy(p => p.StartDate).ToListAsync(ct);

        var referred = new DateBound(referral.ReferralDate, "the referral");
        var closed = referral.ClosedOn is { } c ? new DateBound(c, "the case's closure") : null;
        var firstWork = assessments.Select(a => a.StartDate).Concat(enquiries.Select(e => e.StartDate))
            .Concat(needPlans.Select(p => p.StartDate)).Concat(protectionPlans.Select(p => p.StartDate)).Order().Cast<DateOnly?>().FirstOrDefault();
        var lastWork = assessments.Select(a => a.AuthorisedOn ?? a.StartDate).Concat(enquiries.Select(e => e.CompletedOn ?? e.StartDate))
            .Concat(needPlans.Select(p => p.EndDate ?? p.StartDate)).Concat(protectionPlans.Select(p => p.EndDate ?? p.StartDate)).Order().Cast<DateOnly?>().LastOrDefault();

        var dates = new List<RecordedDate>
        {
            new(CorrectableDate.ReferralDate, referral.Id, referral.ReferralDate,
                Latest: firstWork is { } first ? new DateBound(first, "the first assessment, enquiry or plan") : closed),
        };
        foreach (var a in assessments)
        {
            dates.Add(new(CorrectableDate.AssessmentStarted, a.Id, a.StartDate, referred, a.AuthorisedOn is { } on ? new DateBound(on, "its authorisation") : closed));
            if (a.AuthorisedOn is { } authorised)
            {
                dates.Add(new(CorrectableDate.AssessmentAuthorised, a.Id, authorised, new DateBound(a.StartDate, "its start"), closed));
            }
        }
        foreach (var e in enquiries)
        {
            dates.Add(new(CorrectableDate.Section47Started, e.Id, e.StartDate, referred, e.CompletedOn is { } done ? new DateBound(done, "its completion") : closed));
        }
        foreach (var p in needPlans)
        {
            dates.Add(new(CorrectableDate.ChildInNeedPlanStarted, p.Id, p.StartDate, referred, p.EndDate is { } end ? new DateBound(end, "the plan's end") : closed));
            if (p.EndDate is { } ended)
            {
                dates.Add(new(CorrectableDate.ChildInNeedPlanEnded, p.Id, ended, new DateBound(p.StartDate, "the plan's start"), closed));
            }
        }
        foreach (var p in protectionPlans)
        {
            dates.Add(new(CorrectableDate.ProtectionPlanStarted, p.Id, p.StartDate, referred, p.EndDate is { } end ? new DateBound(end, "the plan's end") : closed));
            if (p.EndDate is { } ended)
            {
                dates.Add(new(CorrectableDate.ProtectionPlanEnded, p.Id, ended, new DateBound(p.StartDate, "the plan's start"), closed));
            }
        }
        if (referral.ClosedOn is { } closedOn)
        {
            dates.Add(new(CorrectableDate.CaseClosed, referral.Id, closedOn,
                lastWork is { } last ? new DateBound(last, "the episode's last recorded work") : referred));
        }
        return dates.OrderBy(d => d.Date).ThenBy(d => d.What).ToList();
    }

    /// <summary>Corrects one recorded date, or refuses with the problems by the form's fields (nothing saved).</summary>
    public async Task CorrectAsync(Guid personId, Guid referralId, CorrectableDate what, Guid itemId, DateOnly? newDate, string? reason, CancellationToken ct)
    {
        var recorded = (await RecordedDatesAsync(personId, referralId, ct)).SingleOrDefault(d => d.What == what && d.ItemId == itemId)
            ?? throw CaseRuleException.Of("", "That date is not recorded on this episode");
        CaseRuleException.ThrowIfAny(DateCorrections.Validate(recorded, newDate, reason, UkClock.Today(clock)));
        var date = newDate!.Value;
        switch (what)
        {
            case CorrectableDate.ReferralDate:
                (await db.Referrals.SingleAsync(r => r.Id == itemId, ct)).ReferralDate = date;
                break;
            case CorrectableDate.CaseClosed:
                (await db.Referrals.SingleAsync(r => r.Id == itemId, ct)).ClosedOn = date;
                break;
            case CorrectableDate.AssessmentStarted:
                (await db.Assessments.SingleAsync(a => a.Id == itemId, ct)).StartDate = date;
                break;
            case CorrectableDate.AssessmentAuthorised:
                (await db.Assessments.SingleAsync(a => a.Id == itemId, ct)).AuthorisedOn = date;
                break;
            case CorrectableDate.Section47Started:
                (await db.Section47Enquiries.SingleAsync(e => e.Id == itemId, ct)).StartDate = date;
                break;
            case CorrectableDate.ChildInNeedPlanStarted:
                (await db.ChildInNeedPlans.SingleAsync(p => p.Id == itemId, ct)).StartDate = date;
                break;
            case CorrectableDate.ChildInNeedPlanEnded:
                (await db.ChildInNeedPlans.SingleAsync(p => p.Id == itemId, ct)).EndDate = date;
                break;
            case CorrectableDate.ProtectionPlanStarted:
                (await db.ChildProtectionPlans.SingleAsync(p => p.Id == itemId, ct)).StartDate = date;
                break;
            case CorrectableDate.ProtectionPlanEnded:
                (await db.ChildProtectionPlans.SingleAsync(p => p.Id == itemId, ct)).EndDate = date;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(what), what, null);
        }
        recorder.Record(personId, CaseEventTypes.DateCorrected,
            $"{recorded.Label} corrected from {DateText.Date(recorded.Date)} to {DateText.Date(date)}",
            [new FieldChange(recorded.Label, DateText.Date(recorded.Date), DateText.Date(date))], reason!.Trim());
        // A correction must leave the episode as the census accepts it; whatever a rule says goes by the new date.
        await census.SaveOrRefuseAsync(personId, referralId, new Dictionary<string, string>(), ct, otherwise: DateCorrections.Fields.NewDate);
    }
}
