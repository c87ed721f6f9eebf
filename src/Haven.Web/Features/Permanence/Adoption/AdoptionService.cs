using Haven.Domain.Permanence;
using Haven.Web.Features.LookedAfter;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>The match as entered: panel and ADM dates, the adopters and the SSDA903 AD1 facts about them.</summary>
public sealed record MatchDetails(DateOnly? PanelOn, DateOnly? MatchedOn, string? Adopters, bool? FosterCarers, int? Number, string? Sex, string? LegalStatus);

/// <summary>An SGO or child arrangements order as entered.</summary>
public sealed record PermanenceOrderDetails(PermanenceOrderKind? Kind, DateOnly? MadeOn, string? Carers, string? ReasonCeased,
    DateOnly? SupportPlanAgreedOn, DateOnly? SupportPlanReviewOn, string? Note);

/// <summary>
/// The adoption steps and the orders that end care with permanence, each with its case event in one SaveChanges. The
/// placement order is the period's E1 legal status (recorded at the hearing); the adoption order, an SGO and a child
/// arrangements order end the period of care with their REC code through <see cref="CarePeriodService.EndAsync"/>, whose
/// save writes this service's changes and events with the end of care, or nothing.
/// </summary>
public sealed class AdoptionService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, CarePeriodService care)
{
    private DateOnly Today => UkClock.Today(clock);

    /// <summary>The child's adoption journeys, newest first.</summary>
    public static Task<List<AdoptionJourney>> JourneysAsync(HavenDbContext db, Guid personId, CancellationToken ct) =>
        db.AdoptionJourneys.AsNoTracking().Where(j => j.PersonId == personId).OrderByDescending(j => j.DecisionOn).ToListAsync(ct);

    /// <summary>The ADM's decision that the child should be placed for adoption: starts the journey in the open period of care.</summary>
    public async Task DecideAsync(Guid personId, DateOnly? decisionOn, string? decisionBy, string? rationale, CancellationToken ct)
    {
        var period = await db.OpenCarePeriodAsync(personId, ct);
        var problems = PermanenceRules.CheckDecision(decisionOn, decisionBy, rationale, period.ToPeriodOfCare(), Today);
        problems.AddIf(await db.AdoptionJourneys.AnyAsync(j => j.CarePeriodId == period.Id && j.ReversedOn == null, ct), "",
            "The child already has a decision that they should be placed for adoption");
        CaseRuleException.ThrowIfAny(problems);
        var journey = new AdoptionJourney
        {
            Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, DecisionOn = decisionOn!.Value, DecisionBy = Typed.Clean(decisionBy)!,
            DecisionRationale = Typed.Clean(rationale)!, RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.AdoptionJourneys.Add(journey);
        recorder.Record(personId, CaseEventTypes.AdoptionDecisionMade,
            $"Agency decision maker decided on {DateText.Date(journey.DecisionOn)} that the child should be placed for adoption",
            [
                new FieldChange("Decision", null, "Should be placed for adoption"),
                new FieldChange("On", null, DateText.Date(journey.DecisionOn)),
                new FieldChange("Agency decision maker", null, journey.DecisionBy),
                new FieldChange("Reasons", null, journey.DecisionRationale),
            ]);
        await db.SaveChangesAsync(ct);
    }

    public async Task MatchAsync(Guid personId, Guid journeyId, MatchDetails match, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(match);
        var journey = await TrackedAsync(personId, journeyId, ct);
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckMatch(match.PanelOn, match.MatchedOn, match.Adopters, match.FosterCarers, match.Number, match.Sex,
            match.LegalStatus, journey, Today).AddIf(journey.MatchedOn is not null, "", "The match is already recorded"));
        journey.MatchingPanelOn = match.PanelOn;
        journey.MatchedOn = match.MatchedOn;
        journey.Adopters = Typed.Clean(match.Adopters);
        journey.AdoptedByFosterCarers = match.FosterCarers;
        journey.NumberOfAdopters = match.Number;
        journey.AdoptersSex = match.Sex;
        journey.AdoptersLegalStatus = match.LegalStatus;
        recorder.Record(personId, CaseEventTypes.AdoptionMatchAgreed,
            $"Matched with {journey.Adopters} on {DateText.Date(journey.MatchedOn!.Value)} (adoption panel {DateText.Date(journey.MatchingPanelOn!.Value)})",
            [
                new FieldChange("Adoption panel", null, DateText.Date(journey.MatchingPanelOn.Value)),
                new FieldChange("Match decision", null, DateText.Date(journey.MatchedOn.Value)),
                new FieldChange("Adopters", null, journey.Adopters),
                new FieldChange("The child's foster carers", null, journey.AdoptedByFosterCarers == true ? "Yes" : "No"),
                new FieldChange("Who", null, LookedAfterCodes.AdoptersSex.Label(journey.AdoptersSex)),
                new FieldChange("Legal status", null, LookedAfterCodes.AdoptersLegalStatus.Label(journey.AdoptersLegalStatus)),
            ]);
        await db.SaveChangesAsync(ct);
    }

    public async Task PlaceAsync(Guid personId, Guid journeyId, DateOnly? placedOn, CancellationToken ct)
    {
        var journey = await TrackedAsync(personId, journeyId, ct);
        var start = await db.CarePeriods.Where(p => p.Id == journey.CarePeriodId).Select(p => p.StartDate).SingleAsync(ct);
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckPlaced(placedOn, journey, start, Today).AddIf(journey.PlacedOn is not null, "", "The child is already placed for adoption"));
        journey.PlacedOn = placedOn;
        recorder.Record(personId, CaseEventTypes.PlacedForAdoption, $"Placed for adoption with {journey.Adopters} on {DateText.Date(placedOn!.Value)}",
            [new FieldChange("Placed for adoption", null, DateText.Date(placedOn.Value)), new FieldChange("With", null, journey.Adopters)]);
        await db.SaveChangesAsync(ct);
    }

    public async Task ReverseAsync(Guid personId, Guid journeyId, DateOnly? reversedOn, string? reason, string? note, CancellationToken ct)
    {
        var journey = await TrackedAsync(personId, journeyId, ct);
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckReversal(reversedOn, reason, journey, Today));
        journey.ReversedOn = reversedOn;
        journey.ReversalReason = reason;
        journey.ReversalNote = Typed.Clean(note);
        recorder.Record(personId, CaseEventTypes.AdoptionDecisionReversed,
            $"Decision that the child should be placed for adoption reversed on {DateText.Date(reversedOn!.Value)}: {LookedAfterCodes.ReasonsNoLongerPlacedForAdoption.InPlainWords(reason)}",
            [
                new FieldChange("Should be placed for adoption", "Yes", "No"),
                new FieldChange("Reversed", null, DateText.Date(reversedOn.Value)),
                new FieldChange("Why", null, LookedAfterCodes.ReasonsNoLongerPlacedForAdoption.Label(reason)),
                new FieldChange("Note", null, journey.ReversalNote),
            ]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The adoption order: the period of care ends that day with E11 or E12 (the end of care is the one event and the one chronology entry).</summary>
    public async Task AdoptionOrderAsync(Guid personId, Guid journeyId, DateOnly? madeOn, string? reasonCeased, string? note, CancellationToken ct)
    {
        var journey = await db.AdoptionJourneys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == journeyId && j.PersonId == personId, ct) ?? throw NotOnRecord();
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckAdoptionOrder(madeOn, reasonCeased, journey, Today));
        await care.EndAsync(personId, journey.CarePeriodId, madeOn, reasonCeased, Typed.Clean(note) ?? $"Adoption order; adopted by {journey.Adopters}", ct);
    }

    /// <summary>A special guardianship or child arrangements order ends the open period of care, with the support plan agreed with the carers.</summary>
    public async Task PermanenceOrderAsync(Guid personId, PermanenceOrderDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var period = await db.OpenCarePeriodAsync(personId, ct);
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckPermanenceOrder(details.Kind, details.MadeOn, details.Carers, details.ReasonCeased,
            details.SupportPlanAgreedOn, details.SupportPlanReviewOn, period.ToPeriodOfCare(), Today));
        var order = new PermanenceOrder
        {
            Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, Kind = details.Kind!.Value, MadeOn = details.MadeOn!.Value,
            Carers = Typed.Clean(details.Carers)!, ReasonCeased = details.ReasonCeased!, SupportPlanAgreedOn = details.SupportPlanAgreedOn,
            SupportPlanReviewOn = details.SupportPlanReviewOn, Note = Typed.Clean(details.Note),
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PermanenceOrders.Add(order);
        recorder.Record(personId, CaseEventTypes.PermanenceOrderMade,
            $"{PermanenceText.Label(order.Kind)} made on {DateText.Date(order.MadeOn)} to {order.Carers}",
            [
                new FieldChange("Order", null, PermanenceText.Label(order.Kind)),
                new FieldChange("Made", null, DateText.Date(order.MadeOn)),
                new FieldChange("To", null, order.Carers),
                new FieldChange("Support plan agreed", null, order.SupportPlanAgreedOn is { } a ? DateText.Date(a) : null),
                new FieldChange("Support plan review", null, order.SupportPlanReviewOn is { } r ? DateText.Date(r) : null),
                new FieldChange("Note", null, order.Note),
            ]);
        await care.EndAsync(personId, period.Id, order.MadeOn, order.ReasonCeased, $"{PermanenceText.Label(order.Kind)} to {order.Carers}", ct);
    }

    private async Task<AdoptionJourney> TrackedAsync(Guid personId, Guid journeyId, CancellationToken ct) =>
        await db.AdoptionJourneys.SingleOrDefaultAsync(j => j.Id == journeyId && j.PersonId == personId, ct) ?? throw NotOnRecord();

    private static CaseRuleException NotOnRecord() => CaseRuleException.Of("", "This adoption plan is not on this child's record");
}
