namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>
/// Every change the review pages make goes through here with its case event in the same SaveChanges: a review held
/// (with its recommendations), a recommendation done, the minutes shared, the care plan and permanence plan agreed,
/// and the IRO allocated or changed. Each rule runs once, here, and a refusal saves nothing.
/// </summary>
public sealed class CareReviewService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private DateOnly Today => UkClock.Today(clock);

    public async Task<CareReview> RecordReviewAsync(Guid personId, Guid carePeriodId, CareReviewDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var period = await PeriodAsync(personId, carePeriodId, ct);
        var held = await db.CareReviews.Where(r => r.CarePeriodId == period.Id).Select(r => r.HeldOn).ToListAsync(ct);
        var rules = period.ToPeriodOfCare();
        CaseRuleException.ThrowIfAny(CareReviewRules.CheckReview(details, rules, held, Today));
        var heldOn = details.HeldOn!.Value;
        // The clock this review answers: the one due when it was held, given the reviews before it.
        var due = CareTimescales.NextReviewDue(rules, held.Where(d => d < heldOn), Calendar);
        var review = new CareReview
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            CarePeriodId = period.Id,
            HeldOn = heldOn,
            // The IRO records the review they chaired; a manager recording it for them names the allocated IRO.
            ChairUserId = user.IsInRole(Role.IndependentReviewingOfficer) || period.IroUserId is null ? user.UserId : period.IroUserId,
            ChairName = user.IsInRole(Role.IndependentReviewingOfficer) || period.IroName is null ? user.DisplayName : period.IroName,
            Participation = details.Participation!,
            ChildsViews = details.ChildsViews!.Trim(),
            Decisions = details.Decisions!.Trim(),
            MinutesToChildOn = details.MinutesToChildOn,
            MinutesToCarersOn = details.MinutesToCarersOn,
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
            Recommendations = [.. details.Recommendations.Where(r => !r.IsBlank).Select(r => new CareReviewRecommendation
            {
                Id = Guid.NewGuid(),
                Recommendation = r.Recommendation!.Trim(),
                Owner = r.Owner!.Trim(),
                DueOn = r.DueOn!.Value,
            })],
        };
        db.CareReviews.Add(review);
        var next = period.IsOpen ? DateText.Date(CareTimescales.NextReviewDue(rules, [.. held, heldOn], Calendar)) : null;
        recorder.Record(personId, CaseEventTypes.CareReviewRecorded,
            $"Looked-after review held on {DateText.Date(heldOn)}{(heldOn > due ? $", {heldOn.DayNumber - due.DayNumber} days late" : "")}",
            [
                new FieldChange("Held", null, DateText.Date(heldOn)),
                new FieldChange("Was due", null, DateText.Date(due)),
                new FieldChange("Chaired by", null, review.ChairName),
                new FieldChange("How the child took part", null, LookedAfterCodes.ReviewParticipation.Label(review.Participation)),
                new FieldChange("Child's views", null, review.ChildsViews),
                new FieldChange("Decisions", null, review.Decisions),
                .. review.Recommendations.Select((r, i) => new FieldChange($"Recommendation {i + 1}", null, $"{r.Recommendation} ({r.Owner}, by {DateText.Date(r.DueOn)})")),
                new FieldChange("Minutes to the child", null, DateText.Date(review.MinutesToChildOn)),
                new FieldChange("Minutes to the carers", null, DateText.Date(review.MinutesToCarersOn)),
                new FieldChange("Next review due", null, next),
            ]);
        await db.SaveChangesAsync(ct);
        return review;
    }

    public async Task CompleteRecommendationAsync(Guid personId, Guid reviewId, Guid recommendationId, DateOnly? completedOn, CancellationToken ct)
    {
        var review = await ReviewAsync(personId, reviewId, ct);
        var recommendation = review.Recommendations.SingleOrDefault(r => r.Id == recommendationId)
            ?? throw new InvalidOperationException("There is no such recommendation in this review.");
        CaseRuleException.ThrowIfAny(CareReviewRules.CheckRecommendationDone(completedOn, review.HeldOn, recommendation.CompletedOn is not null, Today));
        recommendation.CompletedOn = completedOn!.Value;
        recorder.Record(personId, CaseEventTypes.CareReviewRecommendationDone, $"Review recommendation done: {recommendation.Recommendation}",
            [new FieldChange("Status", "Not done", "Done"), new FieldChange("Done on", null, DateText.Date(recommendation.CompletedOn)),
             new FieldChange("Was due", null, DateText.Date(recommendation.DueOn))]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records when the minutes went to the child and to the carers; a date already recorded is kept unless a new one is given.</summary>
    public async Task ShareMinutesAsync(Guid personId, Guid reviewId, DateOnly? toChild, DateOnly? toCarers, CancellationToken ct)
    {
        var review = await ReviewAsync(personId, reviewId, ct);
        CaseRuleException.ThrowIfAny(CareReviewRules.CheckMinutesShared(toChild, toCarers, review.HeldOn, Today));
        var before = (review.MinutesToChildOn, review.MinutesToCarersOn);
        review.MinutesToChildOn = toChild ?? review.MinutesToChildOn;
        review.MinutesToCarersOn = toCarers ?? review.MinutesToCarersOn;
        recorder.Record(personId, CaseEventTypes.CareReviewMinutesShared, $"Minutes of the review of {DateText.Date(review.HeldOn)} shared",
            [
                new FieldChange("Minutes to the child", DateText.Date(before.MinutesToChildOn), DateText.Date(review.MinutesToChildOn)),
                new FieldChange("Minutes to the carers", DateText.Date(before.MinutesToCarersOn), DateText.Date(review.MinutesToCarersOn)),
            ]);
        await db.SaveChangesAsync(ct);
    }

    public async Task<CarePlan> AgreeCarePlanAsync(Guid personId, Guid carePeriodId, DateOnly? agreedOn, string? summary, CancellationToken ct)
    {
        var period = await PeriodAsync(personId, carePeriodId, ct);
        CaseRuleException.ThrowIfAny(CareReviewRules.CheckCarePlan(agreedOn, summary, period.ToPeriodOfCare(), Today));
        var previous = await db.CarePlans.Where(p => p.CarePeriodId == period.Id).OrderByDescending(p => p.AgreedOn).FirstOrDefaultAsync(ct);
        var plan = new CarePlan
        {
            Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, AgreedOn = agreedOn!.Value, Summary = summary!.Trim(),
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CarePlans.Add(plan);
        recorder.Record(personId, CaseEventTypes.CarePlanAgreed, $"Care plan agreed on {DateText.Date(plan.AgreedOn)}",
            [
                new FieldChange("Agreed", DateText.Date(previous?.AgreedOn), DateText.Date(plan.AgreedOn)),
                new FieldChange("Summary", previous?.Summary, plan.Summary),
                new FieldChange("Was due", null, previous is null ? DateText.Date(period.CarePlanDueOn) : null),
            ]);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<PermanencePlan> AgreePermanencePlanAsync(Guid personId, Guid carePeriodId, PermanencePlanType? planType, DateOnly? agreedOn, string? note, CancellationToken ct)
    {
        var period = await PeriodAsync(personId, carePeriodId, ct);
        CaseRuleException.ThrowIfAny(CareReviewRules.CheckPermanencePlan(planType, agreedOn, period.ToPeriodOfCare(), Today));
        var previous = await db.PermanencePlans.Where(p => p.CarePeriodId == period.Id).OrderByDescending(p => p.AgreedOn).FirstOrDefaultAsync(ct);
        var plan = new PermanencePlan
        {
            Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, PlanType = planType!.Value, AgreedOn = agreedOn!.Value, Note = Typed.Clean(note),
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PermanencePlans.Add(plan);
        recorder.Record(personId, CaseEventTypes.PermanencePlanAgreed,
            $"Permanence plan agreed on {DateText.Date(plan.AgreedOn)}: {PermanencePlanTypes.Label(plan.PlanType).ToLowerInvariant()}",
            [
                new FieldChange("Plan", previous is null ? null : PermanencePlanTypes.Label(previous.PlanType), PermanencePlanTypes.Label(plan.PlanType)),
                new FieldChange("Agreed", DateText.Date(previous?.AgreedOn), DateText.Date(plan.AgreedOn)),
                new FieldChange("Note", previous?.Note, plan.Note),
            ]);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>The IROs a manager can choose from: active accounts with the role.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ReviewingOfficersAsync(CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == Roles.IndependentReviewingOfficer).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var officers = await db.Users.AsNoTracking()
            .Where(u => u.DeactivatedAtUtc == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return [.. officers.Select(o => (o.Id, o.DisplayName))];
    }

    public async Task AllocateReviewingOfficerAsync(Guid personId, Guid carePeriodId, string? iroUserId, string? reason, int? version, CancellationToken ct)
    {
        var period = await PeriodAsync(personId, carePeriodId, ct);
        var officers = await ReviewingOfficersAsync(ct);
        var chosen = officers.FirstOrDefault(o => o.Id == iroUserId);
        CaseRuleException.ThrowIfAny(CareReviewRules.CheckIroAllocation(iroUserId, period.IroUserId, reason, chosen.Id is not null));
        var before = period.IroName;
        period.IroUserId = chosen.Id;
        period.IroName = chosen.Name;
        recorder.Record(personId, CaseEventTypes.ReviewingOfficerAllocated,
            before is null ? $"Independent reviewing officer allocated: {chosen.Name}" : $"Independent reviewing officer changed from {before} to {chosen.Name}",
            [new FieldChange("Independent reviewing officer", before, chosen.Name)], reason);
        // Two managers allocating at once: the second sees the first's choice rather than silently replacing it.
        await db.SaveEditAsync(period, version, personId, saved => [new FieldChange("Independent reviewing officer", saved.IroName, chosen.Name)], ct);
    }

    private async Task<CarePeriod> PeriodAsync(Guid personId, Guid carePeriodId, CancellationToken ct) =>
        await db.CarePeriods.Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == carePeriodId && p.PersonId == personId, ct)
        ?? throw new InvalidOperationException("There is no such period of care on this child's record.");

    private async Task<CareReview> ReviewAsync(Guid personId, Guid reviewId, CancellationToken ct) =>
        await db.CareReviews.Include(r => r.Recommendations).SingleOrDefaultAsync(r => r.Id == reviewId && r.PersonId == personId, ct)
        ?? throw new InvalidOperationException("There is no such review on this child's record.");
}
