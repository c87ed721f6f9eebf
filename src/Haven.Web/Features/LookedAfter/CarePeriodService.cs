namespace Haven.Web.Features.LookedAfter;

/// <summary>A move as entered: the day, where to, why the last placement ended and whether that was planned.</summary>
public sealed record PlacementMove(
    DateOnly? On,
    PlacementChoice Next,
    string? ReasonForChange,
    bool? Planned,
    string? Note,
    DateOnly? PlacementPlanAgreedOn,
    string? MatchingNote);

/// <summary>
/// Every change to a period of care goes through here, with its case event in the same SaveChanges: coming into care
/// (opening an episode when there is none), a change of legal status, a move, and leaving care. Each builds the period
/// as it would be after the change and runs <see cref="CareRules.CheckPeriod"/> on it once, so an overlap, a code
/// outside the DfE lists or a placement ending before it began is refused with nothing saved. Episodes are never
/// written: the return derives them (<see cref="CareEpisodes"/>).
/// </summary>
public sealed class CarePeriodService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private DateOnly Today => UkClock.Today(clock);

    /// <summary>
    /// The child comes into care, from the open episode <paramref name="referralId"/> or directly (police protection, an
    /// emergency): a direct entry joins the child's open episode, or opens one dated the day they came into care, from
    /// <paramref name="sourceCode"/>, because a looked-after child is a child in need and is counted in the CIN census.
    /// </summary>
    public async Task<CarePeriod> StartAsync(Guid personId, Guid? referralId, string? sourceCode, CareEntryDecision entry, PlacementChoice placement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(placement);
        var problems = CareEntryRules.Check(entry, placement, Today);
        var referral = referralId is { } id
            ? await db.Referrals.SingleOrDefaultAsync(r => r.Id == id && r.PersonId == personId, ct)
            : await db.Referrals.Where(r => r.PersonId == personId && r.ClosedOn == null).OrderByDescending(r => r.ReferralDate).FirstOrDefaultAsync(ct);
        if (referralId is not null && referral is not { IsOpen: true })
        {
            problems.Add("", "This episode is closed: record the entry to care directly instead");
        }
        problems.AddIf(referral is null && !FrontDoorCodes.IsReferralSource(sourceCode), CareEntryRules.SourceField,
            "Select who asked for the child to be looked after, for the new episode");
        if (referral is not null && entry.StartDate is { } begun && begun < referral.ReferralDate)
        {
            problems.Add(CareRules.StartField, $"The child cannot come into care before this episode began ({DateText.Date(referral.ReferralDate)})");
        }
        var carer = await CarerAsync(placement.CarerId, problems, ct);
        CaseRuleException.ThrowIfAny(problems);

        var start = entry.StartDate!.Value;
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
        if (referral is null)
        {
            var earlier = await db.Referrals.Where(r => r.PersonId == personId).Select(r => r.ReferralDate).ToListAsync(ct);
            referral = new Referral
            {
                Id = Guid.NewGuid(),
                PersonId = personId,
                ReferralDate = start,
                SourceCode = sourceCode!,
                PrimaryNeedCode = entry.CategoryOfNeed!,
                IsReReferral = FrontDoorRules.IsReReferral(start, earlier),
            };
            db.Referrals.Add(referral);
            recorder.Record(personId, CaseEventTypes.ReferralCreated, "Episode of social care opened as the child came into care",
                [new FieldChange("Referral date", null, DateText.Date(start)), new FieldChange("Source", null, FrontDoorCodes.ReferralSourceLabel(sourceCode))]);
        }

        var period = new CarePeriod
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referral.Id,
            StartDate = start,
            EntryRoute = entry.Route!.Value,
            DecisionBy = entry.DecisionBy!.Trim(),
            DecisionOn = entry.DecisionOn!.Value,
            DecisionRationale = entry.Rationale!.Trim(),
            CategoryOfNeed = entry.CategoryOfNeed!,
            HomePostcode = Postcodes.Normalise(entry.HomePostcode),
            Unaccompanied = entry.Unaccompanied,
            PreviousPermanence = entry.PreviousPermanence,
            PreviousPermanenceOn = entry.PreviousPermanenceOn,
            CarePlanDueOn = entry.CarePlanDueOn ?? CareEntryRules.DefaultCarePlanDue(start, WorkingDayCalendar.EnglandAndWales),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        period.LegalStatuses.Add(NewLegalStatus(period, start, entry.LegalStatus!, null));
        period.Placements.Add(NewPlacement(period, start, placement, carer, null, null));
        var others = await OtherPeriodsAsync(personId, period.Id, ct);
        CaseRuleException.ThrowIfAny(CareRules.CheckPeriod(period.ToPeriodOfCare(), others, person.DateOfBirth, Today));

        db.CarePeriods.Add(period);
        var first = period.Placements[0];
        recorder.Record(personId, CaseEventTypes.CameIntoCare,
            $"Came into care on {DateText.Date(start)}: {LookedAfterCodes.LegalStatuses.InPlainWords(entry.LegalStatus)}, placed with {first.CarerName}",
            [
                new FieldChange("Came into care", null, DateText.Date(start)),
                new FieldChange("How", null, CareText.Route(period.EntryRoute)),
                new FieldChange("Decided by", null, $"{period.DecisionBy} on {DateText.Date(period.DecisionOn)}"),
                new FieldChange("Why", null, period.DecisionRationale),
                new FieldChange("Legal status", null, LookedAfterCodes.LegalStatuses.Label(entry.LegalStatus)),
                new FieldChange("Category of need", null, LookedAfterCodes.CategoriesOfNeed.Label(period.CategoryOfNeed)),
                new FieldChange("Placement", null, $"{LookedAfterCodes.PlacementTypes.Label(first.PlacementType)} with {first.CarerName}"),
                new FieldChange("Unaccompanied asylum-seeking child", null, period.Unaccompanied ? "Yes" : "No"),
                new FieldChange("Home postcode", null, period.HomePostcode),
                new FieldChange("Permanence before care", null, CareText.PreviousPermanence(period)),
                new FieldChange("Care plan due", null, DateText.Date(period.CarePlanDueOn)),
            ]);
        await db.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>A new legal status from a date (an interim care order after police protection, say): a new episode begins that day.</summary>
    public async Task ChangeLegalStatusAsync(Guid personId, Guid periodId, DateOnly? from, string? code, string? note, CancellationToken ct)
    {
        var period = await OpenPeriodAsync(personId, periodId, ct);
        var current = period.LegalStatuses.OrderBy(s => s.From).Last();
        var problems = new RuleResult();
        problems.AddIf(from is null, CareEntryRules.DateField, "Enter the date the legal status changed");
        problems.AddIf(from is { } f && f <= current.From, CareEntryRules.DateField, $"The change must be after the current legal status began ({DateText.Date(current.From)})");
        problems.AddIf(from is { } g && g > Today, CareEntryRules.DateField, "The date must be today or in the past");
        problems.AddIf(string.IsNullOrWhiteSpace(code), CareRules.LegalStatusField, "Select the new legal status");
        problems.AddIf(code == current.Code, CareRules.LegalStatusField, "The child already has this legal status");
        CaseRuleException.ThrowIfAny(problems);

        var status = NewLegalStatus(period, from!.Value, code!, Typed.Clean(note));
        period.LegalStatuses.Add(status);
        await CheckAsync(period, ct);
        db.CareLegalStatuses.Add(status);
        recorder.Record(personId, CaseEventTypes.CareLegalStatusChanged,
            $"Legal status changed on {DateText.Date(status.From)}: {LookedAfterCodes.LegalStatuses.InPlainWords(code)}",
            [
                new FieldChange("Legal status", LookedAfterCodes.LegalStatuses.Label(current.Code), LookedAfterCodes.LegalStatuses.Label(code)),
                new FieldChange("From", null, DateText.Date(status.From)),
                new FieldChange("Note", null, status.Note),
            ]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A move: the current placement ends and the next begins the same day, with the reason and whether it was planned.</summary>
    public async Task MoveAsync(Guid personId, Guid periodId, PlacementMove move, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(move);
        var period = await OpenPeriodAsync(personId, periodId, ct);
        var current = period.Placements.Single(p => p.IsOpen);
        var problems = CareEntryRules.CheckPlacementChoice(move.Next);
        problems.AddIf(move.On is null, CareEntryRules.DateField, "Enter the date of the move");
        problems.AddIf(move.On is { } on && on > Today, CareEntryRules.DateField, "The date of the move must be today or in the past");
        // The DfE wants no reason when a temporary placement ends (the child goes back): every other move needs one.
        var temporary = LookedAfterCodes.Temporary.Contains(current.PlacementType);
        problems.AddIf(!temporary && string.IsNullOrWhiteSpace(move.ReasonForChange), CareRules.ReasonForChangeField, "Select why the placement ended");
        problems.AddIf(move.Planned is null, CareEntryRules.MovePlannedField, "Select whether the move was planned");
        var carer = await CarerAsync(move.Next.CarerId, problems, ct);
        CaseRuleException.ThrowIfAny(problems);

        var day = move.On!.Value;
        current.EndDate = day;
        current.ReasonForChange = temporary ? null : move.ReasonForChange;
        current.MovePlanned = move.Planned;
        current.EndNote = Typed.Clean(move.Note);
        var next = NewPlacement(period, day, move.Next, carer, move.PlacementPlanAgreedOn, Typed.Clean(move.MatchingNote));
        period.Placements.Add(next);
        await CheckAsync(period, ct);
        db.Placements.Add(next);
        recorder.Record(personId, CaseEventTypes.PlacementChanged,
            $"Moved on {DateText.Date(day)} from {current.CarerName} to {next.CarerName}{(move.Planned == true ? " (planned)" : " (unplanned)")}",
            [
                new FieldChange("Placement", $"{LookedAfterCodes.PlacementTypes.Label(current.PlacementType)} with {current.CarerName}",
                    $"{LookedAfterCodes.PlacementTypes.Label(next.PlacementType)} with {next.CarerName}"),
                new FieldChange("Moved on", null, DateText.Date(day)),
                new FieldChange("Why", null, current.ReasonForChange is null ? "End of a temporary placement" : LookedAfterCodes.ReasonsForPlacementChange.Label(current.ReasonForChange)),
                new FieldChange("Planned", null, move.Planned == true ? "Yes" : "No"),
                new FieldChange("Note", null, current.EndNote),
                new FieldChange("Placement plan agreed", null, next.PlacementPlanAgreedOn is { } agreed ? DateText.Date(agreed) : null),
                new FieldChange("Matching", null, next.MatchingNote),
            ]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The child leaves care: the period and its last placement end that day with the DfE reason. The episode stays open for after-care work.</summary>
    public async Task EndAsync(Guid personId, Guid periodId, DateOnly? endOn, string? reasonCeased, string? note, CancellationToken ct)
    {
        var period = await OpenPeriodAsync(personId, periodId, ct);
        var problems = new RuleResult();
        problems.AddIf(endOn is null, CareRules.EndField, "Enter the date the child left care");
        problems.AddIf(string.IsNullOrWhiteSpace(reasonCeased), CareRules.ReasonCeasedField, "Select why the child left care");
        CaseRuleException.ThrowIfAny(problems);

        var last = period.Placements.Single(p => p.IsOpen);
        period.EndDate = endOn;
        period.ReasonCeased = reasonCeased;
        period.EndNote = Typed.Clean(note);
        last.EndDate = endOn;
        await CheckAsync(period, ct);
        recorder.Record(personId, CaseEventTypes.LeftCare,
            $"Left care on {DateText.Date(endOn!.Value)}: {LookedAfterCodes.ReasonsCeased.InPlainWords(reasonCeased)}",
            [
                new FieldChange("Status", "Looked after", "Left care"),
                new FieldChange("Left care", null, DateText.Date(endOn.Value)),
                new FieldChange("Why", null, LookedAfterCodes.ReasonsCeased.Label(reasonCeased)),
                new FieldChange("Note", null, period.EndNote),
            ]);
        await db.SaveChangesAsync(ct);
    }

    private async Task CheckAsync(CarePeriod period, CancellationToken ct)
    {
        var bornOn = await db.People.Where(p => p.Id == period.PersonId).Select(p => p.DateOfBirth).SingleAsync(ct);
        CaseRuleException.ThrowIfAny(CareRules.CheckPeriod(period.ToPeriodOfCare(), await OtherPeriodsAsync(period.PersonId, period.Id, ct), bornOn, Today));
    }

    private async Task<List<PeriodOfCare>> OtherPeriodsAsync(Guid personId, Guid exceptId, CancellationToken ct) =>
        [.. (await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId && p.Id != exceptId)
            .Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery().ToListAsync(ct)).Select(p => p.ToPeriodOfCare())];

    private async Task<CarePeriod> OpenPeriodAsync(Guid personId, Guid periodId, CancellationToken ct)
    {
        var period = await db.CarePeriods.Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery()
            .SingleAsync(p => p.Id == periodId && p.PersonId == personId, ct);
        return period.IsOpen ? period : throw CaseRuleException.Of("", "This period of care has ended, so it cannot be changed");
    }

    /// <summary>A carer chosen from the register must still be able to take children.</summary>
    private async Task<Carer?> CarerAsync(Guid? carerId, RuleResult problems, CancellationToken ct)
    {
        if (carerId is not { } id)
        {
            return null;
        }
        var carer = await db.Carers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        problems.AddIf(carer is null, CareEntryRules.CarerField, "Choose a carer from the register");
        problems.AddIf(carer is { Approval: CarerApproval.Suspended or CarerApproval.Deregistered }, CareEntryRules.CarerField,
            $"{carer?.Name} cannot take children at the moment ({CareText.Approval(carer?.Approval ?? CarerApproval.Suspended).ToLowerInvariant()})");
        return carer;
    }

    private CareLegalStatus NewLegalStatus(CarePeriod period, DateOnly from, string code, string? note) => new()
    {
        Id = Guid.NewGuid(),
        CarePeriodId = period.Id,
        From = from,
        Code = code,
        Note = note,
        RecordedByUserId = user.UserId,
        RecordedByName = user.DisplayName,
        RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>The carer's name, postcode, URN and usual provider code are copied at the time, so a later change to the register does not rewrite history.</summary>
    private Placement NewPlacement(CarePeriod period, DateOnly start, PlacementChoice choice, Carer? carer, DateOnly? planAgreedOn, string? matchingNote) => new()
    {
        Id = Guid.NewGuid(),
        CarePeriodId = period.Id,
        PersonId = period.PersonId,
        StartDate = start,
        PlacementType = choice.PlacementType!,
        ProviderCode = LookedAfterCodes.ProviderNotRecorded.Contains(choice.PlacementType!) ? null : Typed.Clean(choice.ProviderCode) ?? carer?.ProviderCode,
        CarerId = carer?.Id,
        CarerName = carer?.Name ?? choice.CarerName!.Trim(),
        Postcode = Postcodes.Normalise(choice.Postcode) ?? carer?.Postcode,
        Urn = carer?.Urn,
        PlacementPlanAgreedOn = planAgreedOn,
        MatchingNote = matchingNote,
        RecordedByUserId = user.UserId,
        RecordedByName = user.DisplayName,
        RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
    };
}
