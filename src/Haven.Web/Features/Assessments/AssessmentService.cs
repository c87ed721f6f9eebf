using Haven.Web.Infrastructure.Authorisation;

namespace Haven.Web.Features.Assessments;

/// <summary>
/// Every change to an assessment goes through here with its Assessment* event and before/after values in the same
/// SaveChanges: start, part-way saves of each section, submission, and a manager's authorisation or return.
/// </summary>
public sealed class AssessmentService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, LocalTimescales local, Haven.Web.Features.CinCensus.CinCensusEntryCheck census)
{
    private DateOnly Today => UkClock.Today(clock);

    /// <summary>Legacy initial and core types exist for history entered after the fact, so only managers record them.</summary>
    public bool MayRecordLegacy => user.May(Capabilities.RecordLegacyAssessments);

    public static int TimescaleFor(AssessmentType type, int? chosen, LocalTimescales local) => type switch
    {
        AssessmentType.Initial => local.InitialAssessmentWorkingDays,
        AssessmentType.Core => AssessmentRules.CoreAssessmentWorkingDays,
        _ => chosen ?? AssessmentRules.MaxSingleAssessmentWorkingDays,
    };

    /// <summary>
    /// Starts an assessment from what was entered: a single assessment's timescale is the worker's to set (none is a
    /// problem), legacy types take theirs from the rules, and only a manager may record a legacy type.
    /// </summary>
    public async Task<Assessment> StartAsync(Guid personId, Guid referralId, AssessmentType type, DateOnly? startDate, int? timescaleWorkingDays, CancellationToken ct)
    {
        var referral = await db.OpenReferralAsync(personId, referralId, ct);
        var problems = new RuleResult();
        problems.AddIf(type != AssessmentType.Single && !MayRecordLegacy, nameof(Assessment.Type), "Only a manager can record a legacy initial or core assessment");
        int? chosen = type == AssessmentType.Single ? timescaleWorkingDays : TimescaleFor(type, null, local);
        CaseRuleException.ThrowIfAny(problems.Include(AssessmentRules.ValidateStart(startDate, chosen, referral.ReferralDate, Today)));
        var days = chosen!.Value;
        var start = startDate!.Value;
        if (await db.Assessments.AnyAsync(a => a.ReferralId == referralId && a.AuthorisedOn == null, ct))
        {
            throw CaseRuleException.Of("", "An assessment is already in progress on this episode");
        }
        var assessment = new Assessment
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referralId,
            Type = type,
            StartDate = start,
            TimescaleWorkingDays = days,
            AllocatedWorkerUserId = referral.AllocatedWorkerUserId ?? user.UserId,
        };
        db.Assessments.Add(assessment);
        var due = AssessmentRules.DueOn(assessment, referral.ReferralDate, WorkingDayCalendar.EnglandAndWales, local);
        recorder.Record(personId, CaseEventTypes.AssessmentStarted, $"{CaseworkText.AssessmentType(type)} started, due {CaseworkText.Date(due)}",
            [
                new FieldChange("Type", null, CaseworkText.AssessmentType(type)),
                new FieldChange("Started", null, CaseworkText.Date(start)),
                new FieldChange("Timescale", null, CaseworkText.WorkingDays(days)),
                new FieldChange("Due", null, CaseworkText.Date(due)),
            ]);
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    /// <summary>
    /// Saves one section part-way. Only an assessment still with the social worker can change; a factor list, once
    /// given, must follow the DfE rule (21 alone).
    /// </summary>
    public Task UpdateAsync(Guid assessmentId, string section, Action<Assessment> apply, CancellationToken ct) =>
        UpdateAsync(assessmentId, section, apply, null, ct);

    /// <summary>
    /// As above, as an edit of <paramref name="loadedVersion"/> (the version the form showed): if someone else saved
    /// the assessment since, nothing is written and <see cref="EditConflictException"/> says what differs.
    /// </summary>
    public async Task UpdateAsync(Guid assessmentId, string section, Action<Assessment> apply, int? loadedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apply);
        var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId, ct);
        if (assessment.IsAuthorised || assessment.SubmittedOn is not null)
        {
            throw CaseRuleException.Of("", "This assessment is with a manager or authorised, so it cannot be changed");
        }
        var before = Describe(assessment);
        apply(assessment);
        if (assessment.Factors.Count > 0)
        {
            CaseRuleException.ThrowIfAny(AssessmentRules.ValidateFactors(assessment.Factors));
        }
        var changes = new ChangeSet();
        foreach (var (field, after) in Describe(assessment))
        {
            changes.Compare(field, before[field], after);
        }
        if (changes.IsEmpty)
        {
            return;
        }
        recorder.Record(assessment.PersonId, CaseEventTypes.AssessmentUpdated, $"Assessment updated: {section.ToLowerInvariant()}", changes.Changes);
        var yours = Describe(assessment);
        await db.SaveEditAsync(assessment, loadedVersion, assessment.PersonId, saved =>
        {
            var differences = new ChangeSet();
            foreach (var (field, savedValue) in Describe(saved))
            {
                differences.Compare(field, savedValue, yours[field]);
            }
            return differences.Changes;
        }, ct);
    }

    /// <summary>Sends the assessment to a manager; the parts only the worker can supply must be there first.</summary>
    public async Task SubmitAsync(Guid assessmentId, CancellationToken ct)
    {
        var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId, ct);
        if (assessment.IsAuthorised || assessment.SubmittedOn is not null)
        {
            throw CaseRuleException.Of("", "This assessment has already been submitted");
        }
        CaseRuleException.ThrowIfAny(AssessmentRules.ValidateSubmission(assessment));
        var stage = CaseworkText.Stage(assessment);
        assessment.SubmittedOn = Today;
        assessment.SubmittedByUserId = user.UserId;
        recorder.Record(assessment.PersonId, CaseEventTypes.AssessmentSubmitted, "Assessment submitted for authorisation",
            [new FieldChange("Status", stage, CaseworkText.Stage(assessment)), new FieldChange("Submitted on", null, CaseworkText.Date(Today))]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A manager authorises. A child not seen or not heard needs the manager's recorded reason; the authorisation
    /// date is the CIN census AssessmentAuthorisationDate.
    /// </summary>
    public async Task AuthoriseAsync(Guid assessmentId, string? notSeenReason, string? noVoiceReason, string? note, CancellationToken ct)
    {
        var assessment = await SubmittedAsync(assessmentId, ct);
        // Authorisation is a second pair of eyes: whoever submitted the assessment cannot also sign it off.
        if (assessment.SubmittedByUserId == user.UserId)
        {
            throw CaseRuleException.Of("", "You submitted this assessment, so another manager must authorise it");
        }
        var changes = new ChangeSet().Compare("Status", CaseworkText.Stage(assessment), "Authorised");
        if (assessment.ChildSeenOn is null)
        {
            changes.Compare("Why the child was not seen", assessment.NotSeenReason, notSeenReason);
            assessment.NotSeenReason = Typed.Clean(notSeenReason);
        }
        if (string.IsNullOrWhiteSpace(assessment.ChildsWishesAndFeelings))
        {
            changes.Compare("Why the child's wishes and feelings are not recorded", assessment.NoVoiceReason, noVoiceReason);
            assessment.NoVoiceReason = Typed.Clean(noVoiceReason);
        }
        var problems = AssessmentRules.ValidateAuthorisation(assessment, Today);
        if (!problems.IsValid)
        {
            // Nothing of this attempt may be saved by a later SaveChanges in the same request.
            await db.Entry(assessment).ReloadAsync(ct);
            throw new CaseRuleException(problems);
        }
        assessment.AuthorisedOn = Today;
        assessment.AuthorisedByUserId = user.UserId;
        assessment.AuthorisationNote = Typed.Clean(note);
        changes.Compare("Authorised on", null, CaseworkText.Date(Today)).Compare("Manager's note", null, assessment.AuthorisationNote);
        recorder.Record(assessment.PersonId, CaseEventTypes.AssessmentAuthorised, $"Assessment authorised by {user.DisplayName}", changes.Changes);
        await census.SaveOrRefuseAsync(assessment.PersonId, assessment.ReferralId, Haven.Web.Features.CinCensus.CensusFields.Assessment, ct);
    }

    /// <summary>A manager sends the assessment back to the social worker with what needs doing.</summary>
    public async Task ReturnAsync(Guid assessmentId, string note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw CaseRuleException.Of("Note", "Enter what the social worker needs to do before you can authorise");
        }
        var assessment = await SubmittedAsync(assessmentId, ct);
        var stage = CaseworkText.Stage(assessment);
        assessment.SubmittedOn = null;
        assessment.SubmittedByUserId = null;
        assessment.AuthorisationNote = note.Trim();
        assessment.ReturnedOn = Today;
        assessment.ReturnedByUserId = user.UserId;
        recorder.Record(assessment.PersonId, CaseEventTypes.AssessmentReturned, "Assessment returned to the social worker",
            [new FieldChange("Status", stage, CaseworkText.Stage(assessment)), new FieldChange("Manager's note", null, assessment.AuthorisationNote)], note);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Assessment> SubmittedAsync(Guid assessmentId, CancellationToken ct)
    {
        var assessment = await db.Assessments.SingleAsync(a => a.Id == assessmentId, ct);
        if (assessment.IsAuthorised || assessment.SubmittedOn is null)
        {
            throw CaseRuleException.Of("", "Only an assessment awaiting authorisation can be authorised or returned");
        }
        return assessment;
    }

    /// <summary>Each recorded field as people read it, for the before/after of the history.</summary>
    private static Dictionary<string, string?> Describe(Assessment a) => new()
    {
        ["Child seen on"] = CaseworkText.Date(a.ChildSeenOn),
        ["Seen alone"] = a.SeenAlone switch { true => "Yes", false => "No", null => null },
        ["Why not seen alone"] = a.NotSeenAloneReason,
        ["Child's wishes and feelings"] = a.ChildsWishesAndFeelings,
        ["How the child's views were gathered"] = a.ChildVoiceSource is null ? null : CaseworkText.Voice(a.ChildVoiceSource),
        ["Parents' views"] = a.ParentsViews,
        ["Others' views"] = a.OthersViews,
        ["History considered"] = a.HistoryConsidered,
        ["Factors identified"] = a.Factors.Count == 0 ? null : string.Join(", ", a.Factors),
        ["Analysis"] = a.Analysis,
        ["Outcome"] = a.Outcome is null ? null : AssessmentOutcomes.Label(a.Outcome),
        ["Equality and diversity"] = a.EqualityAndDiversity,
    };
}
