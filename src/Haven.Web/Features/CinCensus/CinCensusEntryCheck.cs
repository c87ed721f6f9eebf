using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>
/// Runs the DfE's child-level rules when a worker saves a referral, assessment, enquiry, plan or closure, so a
/// mistake is shown on the form at entry rather than months later in the return. The change is saved inside a
/// transaction, the child's census entry is rebuilt from the record, and if any error-level rule fails for that
/// episode the transaction is rolled back: nothing is saved.
/// </summary>
public sealed class CinCensusEntryCheck(HavenDbContext db, CinCensusRecords records, IOptions<HavenOptions> options, TimeProvider clock)
{
    /// <summary>Saves the pending changes unless they break a DfE error rule for the episode; returns the issues that stopped it.</summary>
    public async Task<IReadOnlyList<CinIssue>> SaveAsync(Guid personId, Guid referralId, CancellationToken ct)
    {
        IReadOnlyList<CinIssue> issues = [];
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            issues = await CheckEpisodeAsync(personId, referralId, ct);
            if (issues.Count > 0)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                await transaction.CommitAsync(ct);
            }
        });
        return issues;
    }

    /// <summary>Saves the pending changes, or refuses them with the DfE rules' messages on the form's fields.</summary>
    /// <param name="fields">DfE element name → the form field that holds it.</param>
    /// <param name="otherwise">The field for elements the form does not hold ("" puts them at the top of the summary).</param>
    /// <remarks>
    /// The refusal links to the episode's recorded dates, where a manager corrects the date that breaks the rule: a
    /// refusal about a date recorded long ago must not leave the worker with nowhere to go.
    /// </remarks>
    public async Task SaveOrRefuseAsync(Guid personId, Guid referralId, IReadOnlyDictionary<string, string> fields, CancellationToken ct, string otherwise = "")
    {
        var issues = await SaveAsync(personId, referralId, ct);
        if (issues.Count > 0)
        {
            throw new CaseRuleException(issues
                .GroupBy(i => fields.GetValueOrDefault(i.Field, otherwise))
                .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(i => $"{i.Message} (DfE census rule {i.RuleId})").Distinct())))
                .WithFixLink("Check the dates recorded on this episode", RecordUrls.RecordedDates(personId, referralId));
        }
    }

    /// <summary>The error-level issues the DfE rules find in this episode as it is recorded now.</summary>
    public async Task<IReadOnlyList<CinIssue>> CheckEpisodeAsync(Guid personId, Guid referralId, CancellationToken ct)
    {
        var record = (await records.LoadAsync([personId], ct)).SingleOrDefault();
        var episode = record?.Episodes.FirstOrDefault(e => e.Referral.Id == referralId);
        if (record is null || episode is null)
        {
            return [];
        }
        // The census year the episode is in now: the one containing its closure, or today's.
        var latest = episode.Referral.ClosedOn ?? UkClock.Today(clock);
        var period = CensusPeriod.YearEnding(latest.Month >= 4 ? latest.Year + 1 : latest.Year);
        var child = CinCensusFromRecord.Child(record, period, WorkingDayCalendar.EnglandAndWales);
        if (child is null)
        {
            return [];
        }
        var referred = episode.Referral.ReferralDate;
        return new CinCensusValidator().ValidateChild(child, period.End, options.Value.LaCode)
            .Where(i => i.Level == CinRuleLevel.Error && i.Location.CINreferralDate == referred)
            .ToList();
    }
}
