namespace Haven.Web.Features.Safeguarding.Missing;

/// <summary>A missing or away episode as first reported.</summary>
public sealed record MissingReport(string? MissingOrAway, DateTime? StartedAtUtc, bool PoliceInformed, string? PoliceReference);

/// <summary>The child's return as entered: when, where they were found, and the exploitation screening.</summary>
public sealed record ReturnDetails(DateTime? ReturnedAtUtc, string? WhereFound, ExploitationScreening? Screening, string? ScreeningOutcome);

/// <summary>The return home interview as entered: offered (when, by whom) and, once it has happened, held.</summary>
public sealed record InterviewDetails(DateTime? OfferedAtUtc, string? OfferedBy, DateTime? HeldAtUtc, string? HeldBy, string? Outcome);

/// <summary>
/// Records a child going missing from home, or from care or away from placement, their return and the return home
/// interview (one model for both, <see cref="MissingEpisode"/>); each
/// step is one event in the same SaveChanges. The return and interview are edits of the episode, so a form saved over
/// someone else's newer save is refused and shown beside it (decision 0010).
/// </summary>
public sealed class MissingService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<MissingEpisode> ReportAsync(Guid personId, MissingReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        // In care now, the episode is missing from care; otherwise it is missing from home, with no period.
        var period = await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId && p.EndDate == null)
            .OrderByDescending(p => p.StartDate).FirstOrDefaultAsync(ct);
        CaseRuleException.ThrowIfAny(CareHealthRules.CheckMissing(report.MissingOrAway, report.StartedAtUtc, report.PoliceInformed, report.PoliceReference, period?.StartDate, Now));
        var episode = new MissingEpisode
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            CarePeriodId = period?.Id,
            MissingOrAway = report.MissingOrAway!,
            StartedAtUtc = report.StartedAtUtc!.Value,
            PoliceInformed = report.PoliceInformed,
            PoliceReference = Typed.Clean(report.PoliceReference),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = Now,
        };
        db.MissingEpisodes.Add(episode);
        recorder.Record(personId, CaseEventTypes.MissingEpisodeReported,
            episode.FromHome ? IndexModel.Title(episode) : $"{LookedAfterCodes.MissingOrAway.InPlainWords(episode.MissingOrAway)} from {DateText.DateAndTime(episode.StartedAtUtc)}",
            [
                new FieldChange("Missing or away", null, IndexModel.Where(episode)),
                new FieldChange("From", null, DateText.DateAndTime(episode.StartedAtUtc)),
                new FieldChange("Police told", null, CareHealthWording.YesNo(episode.PoliceInformed)),
                new FieldChange("Police reference", null, episode.PoliceReference),
            ]);
        await db.SaveChangesAsync(ct);
        return episode;
    }

    public async Task RecordReturnAsync(Guid personId, Guid episodeId, ReturnDetails details, int? loadedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var episode = await EpisodeAsync(personId, episodeId, ct);
        CaseRuleException.ThrowIfAny(CareHealthRules.CheckReturn(episode, details.ReturnedAtUtc, details.WhereFound, details.Screening, Now));
        var changes = ReturnChanges(episode, details);
        if (changes.IsEmpty)
        {
            return;
        }
        var first = episode.ReturnedAtUtc is null;
        episode.ReturnedAtUtc = details.ReturnedAtUtc;
        episode.WhereFound = Typed.Clean(details.WhereFound);
        episode.Screening = details.Screening;
        episode.ScreeningOutcome = Typed.Clean(details.ScreeningOutcome);
        var dueBy = CareTimescales.ReturnInterviewDueBy(episode.ReturnedAtUtc!.Value);
        recorder.Record(personId, CaseEventTypes.MissingEpisodeReturned,
            first ? $"Came back on {DateText.DateAndTime(episode.ReturnedAtUtc.Value)}; return home interview due by {DateText.DateAndTime(dueBy)}"
                  : "Return from a missing episode corrected",
            changes.Changes);
        await db.SaveEditAsync(episode, loadedVersion, personId, saved => ReturnChanges(saved, details).Changes, ct);
    }

    public async Task RecordInterviewAsync(Guid personId, Guid episodeId, InterviewDetails details, int? loadedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var episode = await EpisodeAsync(personId, episodeId, ct);
        CaseRuleException.ThrowIfAny(CareHealthRules.CheckInterview(episode, details.OfferedAtUtc, details.OfferedBy, details.HeldAtUtc, details.HeldBy, details.Outcome, Now));
        var changes = InterviewChanges(episode, details);
        if (changes.IsEmpty)
        {
            return;
        }
        episode.InterviewOfferedAtUtc = details.OfferedAtUtc;
        episode.InterviewOfferedBy = Typed.Clean(details.OfferedBy);
        episode.InterviewHeldAtUtc = details.HeldAtUtc;
        episode.InterviewHeldBy = Typed.Clean(details.HeldBy);
        episode.InterviewOutcome = Typed.Clean(details.Outcome);
        var status = CareHealthTimescales.ReturnInterview(episode, UkClock.Today(clock), WorkingDayCalendar.EnglandAndWales);
        var summary = episode.InterviewHeldAtUtc is { } held
            ? $"Return home interview held on {DateText.DateAndTime(held)}{(status?.State == TimescaleState.CompletedLate ? ", after the 72 hours" : "")}"
            : $"Return home interview offered on {DateText.DateAndTime(episode.InterviewOfferedAtUtc!.Value)}";
        recorder.Record(personId, CaseEventTypes.ReturnInterviewRecorded, summary, changes.Changes);
        await db.SaveEditAsync(episode, loadedVersion, personId, saved => InterviewChanges(saved, details).Changes, ct);
    }

    private async Task<MissingEpisode> EpisodeAsync(Guid personId, Guid episodeId, CancellationToken ct) =>
        await db.MissingEpisodes.SingleOrDefaultAsync(m => m.Id == episodeId && m.PersonId == personId, ct)
        ?? throw CaseRuleException.Of("", "There is no such missing episode on this child's record");

    private static string? When(DateTime? utc) => utc is { } u ? DateText.DateAndTime(u) : null;

    private static ChangeSet ReturnChanges(MissingEpisode saved, ReturnDetails yours) => new ChangeSet()
        .Compare("Came back", When(saved.ReturnedAtUtc), When(yours.ReturnedAtUtc))
        .Compare("Where found", saved.WhereFound, yours.WhereFound)
        .Compare("Exploitation screening", saved.Screening is { } s ? CareHealthWording.Label(s) : null, yours.Screening is { } y ? CareHealthWording.Label(y) : null)
        .Compare("Screening outcome", saved.ScreeningOutcome, yours.ScreeningOutcome);

    private static ChangeSet InterviewChanges(MissingEpisode saved, InterviewDetails yours) => new ChangeSet()
        .Compare("Interview offered", When(saved.InterviewOfferedAtUtc), When(yours.OfferedAtUtc))
        .Compare("Offered by", saved.InterviewOfferedBy, yours.OfferedBy)
        .Compare("Interview held", When(saved.InterviewHeldAtUtc), When(yours.HeldAtUtc))
        .Compare("Held by", saved.InterviewHeldBy, yours.HeldBy)
        .Compare("Outcome", saved.InterviewOutcome, yours.Outcome);
}
