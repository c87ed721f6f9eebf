namespace Haven.Domain.LookedAfter;

/// <summary>
/// What makes a period of care, a placement or a review impossible to record. Each problem names the domain field it
/// is about, so a page puts the message by the right input; the service runs these once per save and saves nothing
/// when there is a problem.
/// </summary>
public static class CareRules
{
    public const string StartField = "Start";
    public const string EndField = "End";
    public const string LegalStatusField = "LegalStatus";
    public const string CategoryOfNeedField = "CategoryOfNeed";
    public const string PlacementTypeField = "PlacementType";
    public const string ProviderField = "Provider";
    public const string ReasonCeasedField = "ReasonCeased";
    public const string ReasonForChangeField = "ReasonForChange";
    public const string PlacementsField = "Placements";
    public const string ReviewDateField = "HeldOn";
    public const string ParticipationField = "Participation";

    /// <summary>A whole period of care, checked against itself and the child's other periods.</summary>
    public static RuleResult CheckPeriod(PeriodOfCare period, IEnumerable<PeriodOfCare> otherPeriods, DateOnly? bornOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(otherPeriods);
        var result = new RuleResult();
        result.AddIf(period.Start > today, StartField, "The date the child came into care must be today or in the past");
        result.AddIf(bornOn is { } born && period.Start < born, StartField, "The date the child came into care cannot be before their date of birth");
        if (period.End is { } end)
        {
            result.AddIf(end < period.Start, EndField, $"The date the child left care must be on or after they came into care ({DateText.Date(period.Start)})");
            result.AddIf(end > today, EndField, "The date the child left care must be today or in the past");
            result.AddIf(period.ReasonCeased is null, ReasonCeasedField, "Select why the child left care");
            result.AddIf(period.ReasonCeased is { } r && (!LookedAfterCodes.ReasonsCeased.Contains(r) || r == LookedAfterCodes.NewEpisodeSameDay),
                ReasonCeasedField, "Select a reason for leaving care from the list");
        }
        result.AddIf(!LookedAfterCodes.CategoriesOfNeed.Contains(period.CategoryOfNeed), CategoryOfNeedField, "Select a category of need from the list");

        foreach (var other in otherPeriods)
        {
            if (Overlaps(period.Start, period.End, other.Start, other.End))
            {
                result.Add(StartField, $"This period of care overlaps another, from {DateText.Date(other.Start)}"
                    + (other.End is { } e ? $" to {DateText.Date(e)}" : " (still open)"));
            }
        }

        foreach (var status in period.LegalStatuses)
        {
            result.AddIf(!LookedAfterCodes.LegalStatuses.Contains(status.LegalStatus), LegalStatusField, "Select a legal status from the list");
        }
        var first = period.LegalStatuses.OrderBy(s => s.From).FirstOrDefault();
        result.AddIf(first is null || first.From > period.Start, LegalStatusField,
            "Record the child's legal status from the day they came into care");

        foreach (var placement in period.Placements)
        {
            result.Include(CheckPlacement(placement));
        }
        result.Include(CheckPlacementsCover(period));
        return result;
    }

    /// <summary>One placement on its own: its codes, and an end on or after its start.</summary>
    public static RuleResult CheckPlacement(CarePlacement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var result = new RuleResult();
        result.AddIf(placement.End is { } end && end < placement.Start, EndField,
            $"The placement cannot end before it started ({DateText.Date(placement.Start)})");
        result.AddIf(!LookedAfterCodes.PlacementTypes.Contains(placement.PlacementType), PlacementTypeField, "Select a placement type from the list");
        if (!LookedAfterCodes.ProviderNotRecorded.Contains(placement.PlacementType))
        {
            result.AddIf(!LookedAfterCodes.PlacementProviders.Contains(placement.Provider), ProviderField, "Select who provides the placement");
        }
        result.AddIf(placement.ReasonForChange is { } reason && !LookedAfterCodes.ReasonsForPlacementChange.Contains(reason),
            ReasonForChangeField, "Select a reason for the placement change from the list");
        return result;
    }

    /// <summary>
    /// A looked-after child is always placed somewhere: placements must not overlap, and together they must run from the
    /// day the child came into care to the day they left, with no gap.
    /// </summary>
    public static RuleResult CheckPlacementsCover(PeriodOfCare period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = new RuleResult();
        var placements = period.Placements.OrderBy(p => p.Start).ToList();
        if (placements.Count == 0)
        {
            return result.Add(PlacementsField, "Record where the child was placed when they came into care");
        }
        if (placements[0].Start != period.Start)
        {
            result.Add(PlacementsField, $"The first placement must start on the day the child came into care ({DateText.Date(period.Start)})");
        }
        for (var i = 1; i < placements.Count; i++)
        {
            var before = placements[i - 1];
            var after = placements[i];
            if (before.End is not { } ended || ended > after.Start)
            {
                result.Add(PlacementsField, $"Placements overlap: one starting {DateText.Date(after.Start)} begins before the one from {DateText.Date(before.Start)} has ended");
            }
            else if (ended < after.Start)
            {
                result.Add(PlacementsField, $"No placement is recorded from {DateText.Date(ended)} to {DateText.Date(after.Start)}");
            }
        }
        if (period.End is { } left && placements[^1].End is { } lastEnd && lastEnd != left)
        {
            result.Add(PlacementsField, $"The last placement must end on the day the child left care ({DateText.Date(left)})");
        }
        return result;
    }

    /// <summary>A looked-after review: held during the period of care, not in the future, with a DfE participation code.</summary>
    public static RuleResult CheckReview(DateOnly heldOn, string? participation, PeriodOfCare period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = new RuleResult();
        result.AddIf(heldOn < period.Start, ReviewDateField, $"The review cannot be before the child came into care ({DateText.Date(period.Start)})");
        if (period.End is { } end && heldOn > end)
        {
            result.Add(ReviewDateField, $"The review cannot be after the child left care ({DateText.Date(end)})");
        }
        result.AddIf(heldOn > today, ReviewDateField, "The review date must be today or in the past");
        result.AddIf(!LookedAfterCodes.ReviewParticipation.Contains(participation), ParticipationField, "Select how the child took part in the review");
        return result;
    }

    private static bool Overlaps(DateOnly start, DateOnly? end, DateOnly otherStart, DateOnly? otherEnd) =>
        start < (otherEnd ?? DateOnly.MaxValue) && otherStart < (end ?? DateOnly.MaxValue);
}
