using Haven.Domain.LookedAfter;

namespace Haven.Domain.Permanence;

/// <summary>
/// The rules for the court record, the adoption steps and the orders that end care with permanence. Each returns the
/// problems by the domain's field names below, in the order the form asks; the services run them once per save.
/// </summary>
public static class PermanenceRules
{
    public const string DateField = "Date";
    public const string SecondDateField = "SecondDate";
    public const string CourtField = "Court";
    public const string CaseNumberField = "CaseNumber";
    public const string KindField = "Kind";
    public const string OrderField = "Order";
    public const string WeeksField = "Weeks";
    public const string ReasonField = "Reason";
    public const string RationaleField = "Rationale";
    public const string WhoField = "Who";
    public const string NumberField = "Number";
    public const string SexField = "Sex";
    public const string LegalStatusField = "LegalStatus";
    public const string FosterCarersField = "FosterCarers";

    /// <summary>A date that must be given, today or before, and on or after an earlier step (named for the message).</summary>
    public static RuleResult CheckDate(RuleResult result, string field, DateOnly? date, string what, DateOnly today, DateOnly? notBefore = null, string? notBeforeWhat = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (date is not { } d)
        {
            return result.Add(field, $"Enter {what}");
        }
        result.AddIf(d > today, field, $"{Capitalise(what)} must be today or in the past");
        if (notBefore is { } earliest && d < earliest)
        {
            result.Add(field, $"{Capitalise(what)} must be on or after {notBeforeWhat} ({DateText.Date(earliest)})");
        }
        return result;
    }

    public static RuleResult CheckIssue(DateOnly? issuedOn, string? court, string? caseNumber, DateOnly? letterOn, DateOnly today)
    {
        var result = CheckDate(new RuleResult(), DateField, issuedOn, "the date proceedings were issued", today, letterOn, "the letter before proceedings");
        result.AddIf(string.IsNullOrWhiteSpace(court), CourtField, "Enter the court");
        result.AddIf(string.IsNullOrWhiteSpace(caseNumber), CaseNumberField, "Enter the court's case number");
        return result;
    }

    public static RuleResult CheckHearing(DateOnly? heldOn, HearingKind? kind, CourtOrderKind? order, CareProceedings proceedings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        var result = new RuleResult();
        if (proceedings.IssuedOn is not { } issued)
        {
            return result.Add("", "Record the day proceedings were issued before their hearings");
        }
        result.AddIf(!proceedings.IsOpen, "", "These proceedings have concluded");
        CheckDate(result, DateField, heldOn, "the date of the hearing", today, issued, "the day proceedings were issued");
        result.AddIf(kind is null || !Enum.IsDefined(kind.Value), KindField, "Select the kind of hearing");
        result.AddIf(order is { } o && !Enum.IsDefined(o), OrderField, "Select the order made");
        // A final hearing ends the proceedings, so it must say how.
        result.AddIf(kind == HearingKind.Final && order is null, OrderField, "Select the order the court made at the final hearing");
        if (kind is { } k && k != HearingKind.Final && order is { } made && CourtText.IsFinal(made) && made != CourtOrderKind.Withdrawn)
        {
            result.Add(OrderField, $"A {CourtText.Label(made).ToLowerInvariant()} is made at the final hearing: choose final hearing, or an interim order");
        }
        return result;
    }

    public static RuleResult CheckExtension(DateOnly? grantedOn, int? weeks, string? reason, CareProceedings proceedings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        var result = new RuleResult();
        if (proceedings.IssuedOn is not { } issued)
        {
            return result.Add("", "An extension can only be granted once proceedings are issued");
        }
        result.AddIf(!proceedings.IsOpen, "", "These proceedings have concluded");
        CheckDate(result, DateField, grantedOn, "the date the extension was granted", today, issued, "the day proceedings were issued");
        if (weeks is not { } w)
        {
            result.Add(WeeksField, "Enter how many weeks the court extended the timetable by");
        }
        else
        {
            result.AddIf(w is < 1 or > CourtTimescales.MaxExtensionWeeks, WeeksField, $"An extension is between 1 and {CourtTimescales.MaxExtensionWeeks} weeks");
        }
        result.AddIf(string.IsNullOrWhiteSpace(reason), ReasonField, "Enter why the court extended the timetable");
        return result;
    }

    public static RuleResult CheckLegalPlanning(DateOnly? heldOn, LegalPlanningDecision? decision, string? rationale, DateOnly today)
    {
        var result = CheckDate(new RuleResult(), DateField, heldOn, "the date of the meeting", today);
        result.AddIf(decision is null || !Enum.IsDefined(decision.Value), KindField, "Select the meeting's decision");
        result.AddIf(string.IsNullOrWhiteSpace(rationale), RationaleField, "Enter the reasons for the decision");
        return result;
    }

    public static RuleResult CheckFamilyGroupConference(DateOnly? offeredOn, DateOnly? heldOn, bool declined, DateOnly today)
    {
        var result = CheckDate(new RuleResult(), DateField, offeredOn, "the date the conference was offered", today);
        if (heldOn is not null)
        {
            CheckDate(result, SecondDateField, heldOn, "the date the conference was held", today, offeredOn, "the day it was offered");
            result.AddIf(declined, SecondDateField, "A conference the family declined cannot also have been held");
        }
        return result;
    }

    public static RuleResult CheckDecision(DateOnly? decisionOn, string? decisionBy, string? rationale, PeriodOfCare period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = CheckDate(new RuleResult(), DateField, decisionOn, "the date of the decision", today, period.Start, "the day the child came into care");
        result.AddIf(string.IsNullOrWhiteSpace(decisionBy), WhoField, "Enter the agency decision maker's name");
        result.AddIf(string.IsNullOrWhiteSpace(rationale), RationaleField, "Enter the reasons for the decision");
        return result;
    }

    public static RuleResult CheckMatch(DateOnly? panelOn, DateOnly? matchedOn, string? adopters, bool? fosterCarers, int? number, string? sex, string? legalStatus,
        AdoptionJourney journey, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var result = Open(journey);
        CheckDate(result, DateField, panelOn, "the date of the adoption panel", today, journey.DecisionOn, "the decision that the child should be placed for adoption");
        CheckDate(result, SecondDateField, matchedOn, "the date of the agency decision maker's match decision", today, panelOn, "the panel");
        result.AddIf(string.IsNullOrWhiteSpace(adopters), WhoField, "Enter the adopters' names");
        result.AddIf(fosterCarers is null, FosterCarersField, "Select whether the adopters are the child's foster carers");
        result.AddIf(number is not (1 or 2), NumberField, "Select whether there is one adopter or two");
        result.AddIf(!LookedAfterCodes.AdoptersSex.Contains(sex), SexField, "Select who the adopters are");
        result.AddIf(!LookedAfterCodes.AdoptersLegalStatus.Contains(legalStatus), LegalStatusField, "Select the adopters' legal status");
        // The return checks the codes agree with the number of adopters (DfE validator rules 175-177).
        var single = number == 1;
        result.AddIf(number is 1 or 2 && sex is "M1" or "F1" && !single, SexField, "A single man or woman is one adopter");
        result.AddIf(number is 1 or 2 && sex is "MM" or "FF" or "MF" && single, SexField, "A couple is two adopters");
        result.AddIf(number is 1 or 2 && legalStatus == "L0" && !single, LegalStatusField, "A single adopter is one adopter");
        result.AddIf(number is 1 or 2 && legalStatus is not null and not "L0" && single, LegalStatusField, "A couple is two adopters");
        return result;
    }

    /// <summary>
    /// Placed after the match, unless the foster carers are adopting: then the day is when the child first went to
    /// live with them (scorecard A10), which is usually before the match.
    /// </summary>
    public static RuleResult CheckPlaced(DateOnly? placedOn, AdoptionJourney journey, DateOnly periodStart, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var result = Open(journey);
        result.AddIf(journey.MatchedOn is null, "", "Record the match before the child is placed for adoption");
        return journey.AdoptedByFosterCarers == true
            ? CheckDate(result, DateField, placedOn, "the date the child moved in with the foster carers who are adopting", today, periodStart, "the day the child came into care")
            : CheckDate(result, DateField, placedOn, "the date the child was placed for adoption", today, journey.MatchedOn, "the match decision");
    }

    public static RuleResult CheckReversal(DateOnly? reversedOn, string? reason, AdoptionJourney journey, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var result = Open(journey);
        CheckDate(result, DateField, reversedOn, "the date of the decision", today, journey.DecisionOn, "the decision that the child should be placed for adoption");
        result.AddIf(!LookedAfterCodes.ReasonsNoLongerPlacedForAdoption.Contains(reason), ReasonField, "Select why the child is no longer to be placed for adoption");
        return result;
    }

    /// <summary>The adoption order ends the period of care: the child must have been placed, and the reason is one of the adoption REC codes.</summary>
    public static RuleResult CheckAdoptionOrder(DateOnly? madeOn, string? reasonCeased, AdoptionJourney journey, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var result = Open(journey);
        result.AddIf(journey.PlacedOn is null, "", "Record the child placed for adoption before the adoption order");
        CheckDate(result, DateField, madeOn, "the date of the adoption order", today, journey.PlacedOn, "the day the child was placed");
        result.AddIf(reasonCeased is null || !LookedAfterCodes.Adopted.Contains(reasonCeased), ReasonField, "Select whether the application was unopposed or consent was dispensed with");
        return result;
    }

    public static RuleResult CheckPermanenceOrder(PermanenceOrderKind? kind, DateOnly? madeOn, string? carers, string? reasonCeased,
        DateOnly? supportPlanAgreedOn, DateOnly? supportPlanReviewOn, PeriodOfCare period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = new RuleResult();
        result.AddIf(kind is null || !Enum.IsDefined(kind.Value), KindField, "Select the order");
        CheckDate(result, DateField, madeOn, "the date the order was made", today, period.Start, "the day the child came into care");
        result.AddIf(string.IsNullOrWhiteSpace(carers), WhoField, "Enter who the child will live with");
        result.AddIf(kind is { } k && Enum.IsDefined(k) && !PermanenceText.ReasonsCeased(k).Any(c => c.Value == reasonCeased), ReasonField,
            "Select who the order was made to");
        if (supportPlanAgreedOn is { } agreed && supportPlanReviewOn is { } review)
        {
            result.AddIf(review <= agreed, SecondDateField, "The support plan review must be after the plan was agreed");
        }
        return result;
    }

    private static RuleResult Open(AdoptionJourney journey) =>
        new RuleResult().AddIf(journey.IsReversed, "", $"The decision was reversed on {DateText.Date(journey.ReversedOn ?? default)}");

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
