using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Lado;

/// <summary>
/// The designated officer's allegations against adults who work with children. An allegation is about the adult, not a
/// child's record, so each change is an audit event with before and after (never a case event, which a child's
/// chronology would show), saved with the change in one <c>SaveChanges</c>.
/// </summary>
public sealed class AllegationService(HavenDbContext db, AuditTrail audit, CurrentUser user, TimeProvider clock)
{
    public const string AllegationTarget = "Allegation";

    public DateOnly Today => UkClock.Today(clock);

    public Task<Allegation?> FindAsync(Guid id, CancellationToken ct) =>
        db.Allegations.AsNoTracking().Include(a => a.Children).SingleOrDefaultAsync(a => a.Id == id, ct);

    public async Task<Allegation> RecordAsync(AllegationReferral referral, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        CaseRuleException.ThrowIfAny(AllegationRules.CheckReferral(referral, Today));
        var allegation = new Allegation
        {
            Id = Guid.NewGuid(),
            AdultName = referral.AdultName!.Trim(),
            Employer = referral.Employer!.Trim(),
            AdultRole = referral.AdultRole!.Trim(),
            Details = referral.Details!.Trim(),
            ReportedBy = referral.ReportedBy!.Trim(),
            ReceivedOn = referral.ReceivedOn!.Value,
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Allegations.Add(allegation);
        audit.Add(AuditEventTypes.AllegationRecorded, AllegationTarget, allegation.Id.ToString(), allegation.AdultName,
            $"Allegation about {allegation.AdultName} ({allegation.AdultRole}, {allegation.Employer}) received on {DateText.Date(allegation.ReceivedOn)}",
            [
                new("Adult", null, allegation.AdultName), new("Employer", null, allegation.Employer), new("Role", null, allegation.AdultRole),
                new("Allegation", null, allegation.Details), new("Reported by", null, allegation.ReportedBy), new("Received", null, DateText.Date(allegation.ReceivedOn)),
            ]);
        await db.SaveChangesAsync(ct);
        return allegation;
    }

    /// <summary>
    /// Records what has happened since (any of the steps, in one form), refused as a whole by the rules; saved over the
    /// version the form showed, so a change made meanwhile by another designated officer is not overwritten.
    /// </summary>
    public async Task ProgressAsync(Guid id, AllegationProgress progress, int? loadedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var allegation = await db.Allegations.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new InvalidOperationException("No such allegation");
        CaseRuleException.ThrowIfAny(AllegationRules.CheckProgress(allegation, progress, Today));
        var changes = new List<FieldChange>();
        void Set<T>(string field, T before, T after, Func<T, string?> words, Action<T> apply)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add(new FieldChange(field, words(before), words(after)));
                apply(after);
            }
        }
        static string? Day(DateOnly? d) => d is { } on ? DateText.Date(on) : null;
        Set("Initial consideration", allegation.InitialConsiderationOn, progress.InitialConsiderationOn, Day, v => allegation.InitialConsiderationOn = v);
        Set("Initial consideration decision", allegation.InitialConsiderationDecision, Typed.Clean(progress.InitialConsiderationDecision), v => v, v => allegation.InitialConsiderationDecision = v);
        Set("Strategy meeting", allegation.StrategyMeetingOn, progress.StrategyMeetingOn, Day, v => allegation.StrategyMeetingOn = v);
        Set("Evaluation meeting", allegation.EvaluationMeetingOn, progress.EvaluationMeetingOn, Day, v => allegation.EvaluationMeetingOn = v);
        Set("Outcome", allegation.Outcome, progress.Outcome, o => o is { } outcome ? AllegationWording.Label(outcome) : null, v => allegation.Outcome = v);
        Set("Outcome date", allegation.OutcomeOn, progress.OutcomeOn, Day, v => allegation.OutcomeOn = v);
        Set("Employer's action", allegation.EmployerAction, Typed.Clean(progress.EmployerAction), v => v, v => allegation.EmployerAction = v);
        Set("Closed", allegation.ClosedOn, progress.ClosedOn, Day, v => allegation.ClosedOn = v);
        if (changes.Count == 0)
        {
            return;
        }
        audit.Add(AuditEventTypes.AllegationChanged, AllegationTarget, allegation.Id.ToString(), allegation.AdultName,
            $"Allegation about {allegation.AdultName}: {string.Join(", ", changes.Select(c => c.Field.ToLowerInvariant()))} recorded", changes);
        var version = db.Entry(allegation).Property(a => a.Version);
        if (loadedVersion is { } loaded)
        {
            version.OriginalValue = loaded;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Links a child by their Haven number. Nothing is written to the child's record: the link lives with the allegation.</summary>
    public async Task<string> LinkChildAsync(Guid id, string? havenNumber, VisiblePeople visible, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visible);
        var allegation = await db.Allegations.Include(a => a.Children).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new InvalidOperationException("No such allegation");
        var number = Typed.Clean(havenNumber)?.ToUpperInvariant();
        // Restricted records the officer may not open are not found, as a search would not find them.
        var child = number is null ? null : await db.People.AsNoTracking()
            .Where(p => p.LaPersonId == number && visible.SearchableIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.FirstName + " " + p.LastName }).SingleOrDefaultAsync(ct);
        CaseRuleException.ThrowIfAny(AllegationRules.CheckChild(allegation, child?.Id, child is not null));
        // Added to its set, not only the collection: a new row with its id already set, found through the collection,
        // would be taken for an existing one and updated (nothing), which the save reports as a conflict.
        db.AllegationChildren.Add(new AllegationChild { Id = Guid.NewGuid(), AllegationId = allegation.Id, PersonId = child!.Id });
        audit.Add(AuditEventTypes.AllegationChildLinked, AllegationTarget, allegation.Id.ToString(), allegation.AdultName,
            $"Allegation about {allegation.AdultName}: child {number} linked", [new("Child", null, number)]);
        db.Entry(allegation).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return child.Name;
    }

    /// <summary>Every allegation as the list shows it, with its clocks worked out for today.</summary>
    public async Task<IReadOnlyList<AllegationRow>> RowsAsync(CancellationToken ct)
    {
        var today = Today;
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var all = await db.Allegations.AsNoTracking().Include(a => a.Children).ToListAsync(ct);
        return [.. all.Select(a => new AllegationRow(a,
            AllegationTimescales.InitialConsiderationStatus(a, today, calendar),
            AllegationTimescales.OutcomeStatus(a, today, calendar)))];
    }
}

/// <summary>An allegation in the list, with where its two clocks stand today.</summary>
public sealed record AllegationRow(Allegation Allegation, TimescaleStatus InitialConsideration, TimescaleStatus Outcome)
{
    public bool IsOverdue => InitialConsideration.State == TimescaleState.Overdue || Outcome.State == TimescaleState.Overdue;

    public string Status => Allegation.ClosedOn is not null ? "Closed"
        : Allegation.Outcome is not null ? "Outcome reached"
        : Allegation.InitialConsiderationOn is not null ? "Being considered"
        : "Received";
}
