using Haven.Domain.LookedAfter;

namespace Haven.Domain.CareLeavers;

/// <summary>
/// What may be recorded on a leaving care record. Each rule runs once, in the service, and names problems by the
/// domain's field names (the constants below), which pages map to theirs.
/// </summary>
public static class CareLeaverRules
{
    public const string PersonalAdviser = nameof(PersonalAdviser);
    public const string From = nameof(From);
    public const string LocalOfferGivenOn = nameof(LocalOfferGivenOn);
    public const string Step = nameof(Step);
    public const string CompletedOn = nameof(CompletedOn);
    public const string ContactOn = nameof(ContactOn);
    public const string InTouch = nameof(InTouch);
    public const string Accommodation = nameof(Accommodation);
    public const string Suitable = nameof(Suitable);
    public const string Activity = nameof(Activity);
    public const string StayingPut = nameof(StayingPut);

    /// <summary>Leaving care work is for young people with a category; everyone else is refused as a whole.</summary>
    public static RuleResult CheckIsCareLeaver(CareLeaverStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new RuleResult().AddIf(status.Category == CareLeaverCategory.None, "", $"Leaving care work cannot be recorded for this young person. {status.Why}");
    }

    public static RuleResult CheckAdviser(string? adviserUserId, bool adviserIsInWorkforce, DateOnly? from, DateOnly? localOfferGivenOn, DateOnly dateOfBirth, DateOnly today)
    {
        var result = new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(adviserUserId), PersonalAdviser, "Select the personal adviser")
            .AddIf(!string.IsNullOrWhiteSpace(adviserUserId) && !adviserIsInWorkforce, PersonalAdviser, "Select a personal adviser from the list");
        result.Include(Dated(From, from, "the date the adviser started", dateOfBirth.AddYears(16).AddMonths(-3), "3 months before the young person's 16th birthday", today));
        if (localOfferGivenOn is not null)
        {
            result.Include(Dated(LocalOfferGivenOn, localOfferGivenOn, "the date the local offer was given", dateOfBirth.AddYears(14), "the young person's 14th birthday", today));
        }
        return result;
    }

    /// <summary>
    /// A needs assessment, plan or review. Planning starts from 15 years 9 months (the leaving care team's practice),
    /// so an earlier date is a typing mistake; a review needs a plan on or before it to review.
    /// </summary>
    public static RuleResult CheckPlan(PathwayStep? step, DateOnly? completedOn, DateOnly dateOfBirth, bool hasPlanBefore, DateOnly today) =>
        new RuleResult()
            .AddIf(step is null, Step, "Select what was completed")
            .Include(Dated(CompletedOn, completedOn, "the date it was completed", dateOfBirth.AddYears(16).AddMonths(-3), "3 months before the young person's 16th birthday", today))
            .AddIf(step == PathwayStep.Review && completedOn is not null && !hasPlanBefore, Step, "Record the pathway plan before its first review");

    /// <summary>
    /// A contact, in the SSDA903 OC3 codes: in touch needs where they live, whether it is suitable, and what they do;
    /// died or back home for 6 months carries neither (validator rule 344); no fixed abode and custody are never
    /// suitable (rule 133); former foster carers cannot be their home at 17 (rule 3001); staying put is with them.
    /// </summary>
    public static RuleResult CheckContact(DateOnly? contactOn, string? inTouch, string? accommodation, bool? suitable, string? activity, bool stayingPut,
        DateOnly dateOfBirth, DateOnly today)
    {
        var result = new RuleResult()
            .Include(Dated(ContactOn, contactOn, "the date of the contact", dateOfBirth.AddYears(16), "the young person's 16th birthday", today))
            .AddIf(!LookedAfterCodes.CareLeaverInTouch.Contains(inTouch), InTouch, "Select whether we are in touch with the young person");
        if (inTouch is not null && LookedAfterCodes.InTouchEndsSupport.Contains(inTouch))
        {
            return result
                .AddIf(accommodation is not null, Accommodation, "Leave accommodation blank when the young person has died or has lived back at home for 6 months or more")
                .AddIf(activity is not null, Activity, "Leave activity blank when the young person has died or has lived back at home for 6 months or more");
        }
        var inTouchNow = inTouch == "YES";
        result
            .AddIf(inTouchNow && accommodation is null, Accommodation, "Select where the young person lives")
            .AddIf(accommodation is not null && !LookedAfterCodes.CareLeaverAccommodation.Contains(accommodation), Accommodation, "Select where the young person lives from the list")
            .AddIf(accommodation is not null && suitable is null, Suitable, "Select whether the accommodation is suitable")
            .AddIf(accommodation is not null && suitable == true && LookedAfterCodes.AlwaysUnsuitable.Contains(accommodation), Suitable,
                "No fixed abode and custody are never suitable accommodation: select no")
            .AddIf(accommodation == LookedAfterCodes.WithFormerFosterCarers && contactOn is { } on && on < dateOfBirth.AddYears(18), Accommodation,
                "A young person under 18 cannot be living with former foster carers: they are still their foster carers")
            .AddIf(inTouchNow && activity is null, Activity, "Select what the young person is doing")
            .AddIf(activity is not null && !LookedAfterCodes.CareLeaverActivity.Contains(activity), Activity, "Select what the young person is doing from the list")
            .AddIf(stayingPut && accommodation != LookedAfterCodes.WithFormerFosterCarers, StayingPut,
                "Staying put means living with former foster carers: select that as where the young person lives, or answer no");
        return result;
    }

    private static RuleResult Dated(string field, DateOnly? date, string what, DateOnly earliest, string earliestWords, DateOnly today)
    {
        var result = new RuleResult();
        if (date is not { } d)
        {
            return result.Add(field, $"Enter {what}");
        }
        var capitalised = char.ToUpperInvariant(what[0]) + what[1..];
        return result
            .AddIf(d > today, field, $"{capitalised} must be today or in the past")
            .AddIf(d < earliest, field, $"{capitalised} cannot be before {earliestWords}, {DateText.Date(earliest)}");
    }
}
