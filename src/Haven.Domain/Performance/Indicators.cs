using Haven.Domain.ChildProtection;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Performance;

/// <summary>
/// Every indicator Haven computes from the record, in scorecard order. The K-numbers are the catalogue's (kpis.md §2B);
/// those from the CIN census follow the DfE's published definitions so an authority's figures reconcile with the
/// DfE's tables. Working days are those of <see cref="WorkingDayCalendar"/> (the clocks' calendar): day 0 is the
/// start date, so "within 45 working days" is "no later than AddWorkingDays(start, 45)".
/// </summary>
public static class Indicators
{
    public const string SafeguardingGroup = "DCHI 004 : To ensure that children & young people are effectively safeguarded";
    public const string CaredForGroup = "DCHI 004 : Cared for children: stable homes and care that is reviewed";

    /// <summary>The DfE's 12 months before a referral, in days: a referral 365 days after the last is a re-referral, 366 is not.</summary>
    public const int ReReferralWindowDays = 365;

    public static Indicator ContactsReceived { get; } = new(
        "K01", "Contacts received at the front door", "Contacts received in the period", null,
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) => new(
            [.. r.Contacts.Where(c => p.Contains(c.ReceivedOn)).Select(c => new CountedChild(c.PersonId, c.ReceivedOn, "Contact received"))],
            null),
    };

    public static Indicator Referrals { get; } = new(
        "K02", "Referrals to children's social care", "Referrals with a referral date in the period", null,
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) => new([.. ReferralsIn(r, p).Select(Referred)], null),
    };

    public static Indicator ReReferrals { get; } = new(
        "K04", "Re-referrals within 12 months of a previous referral",
        "Referrals in the period where the same child had an earlier referral dated within 12 months (365 days) before it",
        "Referrals in the period",
        IndicatorMeasure.Period, "Previous referral no more than 365 days before", Polarity.LowerIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) =>
        {
            var referrals = ReferralsIn(r, p).ToList();
            return new(
                [.. referrals.Where(f => r.ReferralDatesOf(f.PersonId).Any(d => d < f.ReferredOn && f.ReferredOn.DayNumber - d.DayNumber <= ReReferralWindowDays))
                    .Select(f => new CountedChild(f.PersonId, f.ReferredOn, "Re-referral"))],
                [.. referrals.Select(Referred)]);
        },
    };

    public static Indicator ReferralsAssessed { get; } = new(
        "K05", "Referrals going on to assessment", "Referrals in the period with an assessment in their episode", "Referrals in the period",
        IndicatorMeasure.Period, "None", Polarity.HigherIsBetter, "68", IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", 90m)
    {
        Count = (r, p, _) =>
        {
            var referrals = ReferralsIn(r, p).ToList();
            return new(
                [.. referrals.Where(f => r.WasAssessed(f.Id)).Select(f => new CountedChild(f.PersonId, f.ReferredOn, "Referral assessed"))],
                [.. referrals.Select(Referred)]);
        },
    };

    public static Indicator AssessmentsInTime { get; } = new(
        "K09", "Assessments completed within 45 working days of their start",
        "Assessments authorised in the period at most 45 working days after the assessment's start date",
        "Assessments authorised in the period",
        IndicatorMeasure.Period, "45 working days from the assessment's start", Polarity.HigherIsBetter, "60", IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", 85m)
    {
        Count = (r, p, calendar) => AssessmentTimeliness(r, p, calendar, a => a.StartedOn, "from its start"),
    };

    public static Indicator AssessmentsInTimeFromReferral { get; } = new(
        "K09R", "Assessments completed within 45 working days of the referral (the Working Together reading)",
        "Assessments authorised in the period at most 45 working days after the referral date",
        "Assessments authorised in the period",
        IndicatorMeasure.Period, "45 working days from the referral", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", 85m)
    {
        Count = (r, p, calendar) => AssessmentTimeliness(r, p, calendar, a => r.Referral(a.ReferralId)?.ReferredOn, "from the referral"),
    };

    public static Indicator ChildrenInNeed { get; } = new(
        "K11", "Children in need at the end of the period",
        "Children with an episode open on the last day: referred on or before it, not closed before or on it", null,
        IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) => new(
            [.. r.Referrals.Where(f => f.ReferredOn <= p.End && (f.ClosedOn is not { } closed || closed > p.End))
                .GroupBy(f => f.PersonId)
                .Select(g => new CountedChild(g.Key, g.Max(f => f.ReferredOn), "Episode open"))],
            null),
    };

    public static Indicator Section47Enquiries { get; } = new(
        "K13", "Section 47 enquiries started", "Section 47 enquiries with a start date in the period", null,
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) => new(
            [.. r.Enquiries.Where(e => p.Contains(e.StartedOn)).Select(e => new CountedChild(e.PersonId, e.StartedOn, "Section 47 enquiry started"))],
            null),
    };

    public static Indicator InitialConferencesInTime { get; } = new(
        "K15", "Initial child protection conferences within 15 working days",
        "Initial conferences held in the period at most 15 working days after the start of their section 47 enquiry",
        "Initial conferences held in the period",
        IndicatorMeasure.Period, "15 working days from the section 47 enquiry's start", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", 85m)
    {
        Count = (r, p, calendar) =>
        {
            var held = r.InitialConferences.Where(c => p.Contains(c.HeldOn)).ToList();
            return new(
                [.. held.Where(c => c.Section47Id is { } id && r.Enquiry(id) is { } s47
                        && Covered(calendar, s47.StartedOn, c.HeldOn) && calendar.WorkingDaysBetween(s47.StartedOn, c.HeldOn) <= 15)
                    .Select(c => new CountedChild(c.PersonId, c.HeldOn, "Conference in time"))],
                [.. held.Select(c => new CountedChild(c.PersonId, c.HeldOn, "Initial conference held"))]);
        },
    };

    public static Indicator ChildrenOnPlans { get; } = new(
        "K17", "Children on a child protection plan at the end of the period", "Children with a plan open on the last day", null,
        IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSFG003", null)
    {
        Count = (r, p, _) => new([.. PlansOpenAtEnd(r, p).Select(OnPlan)], null),
    };

    /// <summary>K18: of the children on a plan at the period end, the share by the plan's initial category of abuse.</summary>
    public static IReadOnlyList<Indicator> PlansByCategory { get; } =
    [
        .. CategoryOfAbuse.Codes.Select(c => new Indicator(
            $"K18{c.Key}", $"Children on a child protection plan at the end of the period: {c.Value.ToLowerInvariant()} (initial category)",
            $"Children on a plan at the period end whose plan's initial category was {c.Value.ToLowerInvariant()}",
            "Children on a plan at the period end",
            IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG003", null)
        {
            Count = (r, p, _) =>
            {
                var open = PlansOpenAtEnd(r, p).ToList();
                return new([.. open.Where(f => f.InitialCategory == c.Key).Select(OnPlan)], [.. open.Select(OnPlan)]);
            },
        }),
    ];

    public static Indicator PlansLastingTwoYears { get; } = new(
        "K19", "Child protection plans ended that had lasted 2 years or more",
        "Plans ended in the period that had lasted 2 years or more (ended on or after the second anniversary of their start)",
        "Plans ended in the period",
        IndicatorMeasure.Period, "2 years or more", Polarity.LowerIsBetter, "64", IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", 5m)
    {
        Count = (r, p, _) =>
        {
            var ended = r.ProtectionPlans.Where(f => p.Contains(f.EndedOn)).ToList();
            return new(
                [.. ended.Where(f => f.EndedOn >= f.StartedOn.AddYears(2)).Select(f => new CountedChild(f.PersonId, f.EndedOn!.Value, "Plan ended after 2 years or more"))],
                [.. ended.Select(f => new CountedChild(f.PersonId, f.EndedOn!.Value, "Plan ended"))]);
        },
    };

    public static Indicator RepeatPlans { get; } = new(
        "K20", "Child protection plans for a second or subsequent time",
        "Plans started in the period for a child who had an earlier plan (in Haven, or recorded as a previous plan elsewhere)",
        "Plans started in the period",
        IndicatorMeasure.Period, "Any earlier plan", Polarity.LowerIsBetter, "65", IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", 15m)
    {
        Count = (r, p, _) =>
        {
            var started = r.ProtectionPlans.Where(f => p.Contains(f.StartedOn)).ToList();
            return new(
                [.. started.Where(f => f.PreviousPlansElsewhere > 0 || r.PlanStartsOf(f.PersonId).Any(d => d < f.StartedOn))
                    .Select(f => new CountedChild(f.PersonId, f.StartedOn, "Second or subsequent plan"))],
                [.. started.Select(f => new CountedChild(f.PersonId, f.StartedOn, "Plan started"))]);
        },
    };

    public static Indicator PlansEnded { get; } = new(
        "K24", "Child protection plans ended", "Plans with an end date in the period", null,
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) => new(
            [.. r.ProtectionPlans.Where(f => p.Contains(f.EndedOn)).Select(f => new CountedChild(f.PersonId, f.EndedOn!.Value, "Plan ended"))],
            null),
    };

    public static Indicator ChildrenLookedAfter { get; } = new(
        "K26", "Children looked after at the end of the period", "Children in a period of care on the last day", null,
        IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Count, CaredForGroup, "SSSS003", null)
    {
        Count = (r, p, _) => new([.. LookedAfterAtEnd(r, p).Select(c => new CountedChild(c.Key, c.Value.Period.Start, "Looked after"))], null),
    };

    public static Indicator ShortTermStability { get; } = new(
        "K29", "Children looked after with three or more placements in the 12 months to the period end",
        "Children looked after on the last day (not on short breaks) with three or more placements in the 12 months to it",
        "Children looked after on the last day (not on short breaks)",
        IndicatorMeasure.Snapshot, "12 months to the period end", Polarity.LowerIsBetter, "62", IndicatorUnit.Percent, CaredForGroup, "SSSS003", 10m)
    {
        Count = (r, p, _) =>
        {
            var yearStart = p.End.AddYears(-1).AddDays(1);
            var cohort = LookedAfterAtEnd(r, p).Where(c => !c.Value.Period.IsShortBreaks).ToList();
            return new(
                [.. cohort.Where(c => PlacementStability.HadThreeOrMorePlacements(r.CareByChild[c.Key].Select(f => f.Period), yearStart, p.End))
                    .Select(c => new CountedChild(c.Key, c.Value.Period.Start, "Three or more placements"))],
                [.. cohort.Select(c => new CountedChild(c.Key, c.Value.Period.Start, "Looked after"))]);
        },
    };

    public static Indicator LongTermStability { get; } = new(
        "K30", "Stability of placement of cared for children: longer term",
        "Children under 16 looked after for 2.5 years or more who have been in the same placement for at least 2 years",
        "Children under 16 at the period end looked after continuously for 2.5 years or more",
        IndicatorMeasure.Snapshot, "Same placement 2 years or more", Polarity.HigherIsBetter, "63", IndicatorUnit.Percent, CaredForGroup, "SSSS003", 85m)
    {
        Count = (r, p, _) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            foreach (var (child, care) in LookedAfterAtEnd(r, p))
            {
                if (care.BornOn is { } born && PlacementStability.SamePlacementForTwoYears(care.Period, born, p.End) is { } same)
                {
                    denominator.Add(new CountedChild(child, care.Period.Start, "Looked after 2.5 years or more"));
                    if (same)
                    {
                        numerator.Add(new CountedChild(child, care.Period.Start, "Same placement 2 years or more"));
                    }
                }
            }
            return new(numerator, denominator);
        },
    };

    /// <summary>Every indicator, in the order the scorecard shows them.</summary>
    public static IReadOnlyList<Indicator> All { get; } =
    [
        ContactsReceived, Referrals, ReReferrals, ReferralsAssessed, AssessmentsInTime, AssessmentsInTimeFromReferral, ChildrenInNeed,
        Section47Enquiries, InitialConferencesInTime, ChildrenOnPlans, .. PlansByCategory, PlansLastingTwoYears, RepeatPlans, PlansEnded,
        ChildrenLookedAfter, ShortTermStability, LongTermStability,
    ];

    public static Indicator? Find(string? id) => All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<ReferralFact> ReferralsIn(ScorecardRecord r, ReportingPeriod p) => r.Referrals.Where(f => p.Contains(f.ReferredOn));

    private static CountedChild Referred(ReferralFact f) => new(f.PersonId, f.ReferredOn, "Referral");

    private static IEnumerable<ProtectionPlanFact> PlansOpenAtEnd(ScorecardRecord r, ReportingPeriod p) =>
        r.ProtectionPlans.Where(f => f.StartedOn <= p.End && (f.EndedOn is not { } ended || ended > p.End))
            .GroupBy(f => f.PersonId).Select(g => g.MaxBy(f => f.StartedOn)!);

    private static CountedChild OnPlan(ProtectionPlanFact f) => new(f.PersonId, f.StartedOn, CategoryOfAbuse.Describe(f.InitialCategory));

    /// <summary>Each child looked after on the period's last day, with the period of care they were in.</summary>
    private static IEnumerable<KeyValuePair<Guid, CareFact>> LookedAfterAtEnd(ScorecardRecord r, ReportingPeriod p) =>
        r.CareByChild.Select(c => new KeyValuePair<Guid, CareFact?>(c.Key, c.Value.LastOrDefault(f => f.Period.IsOpenOn(p.End))))
            .Where(c => c.Value is not null)
            .Select(c => new KeyValuePair<Guid, CareFact>(c.Key, c.Value!));

    private static IndicatorCount AssessmentTimeliness(ScorecardRecord r, ReportingPeriod p, WorkingDayCalendar calendar, Func<AssessmentFact, DateOnly?> clockStart, string from)
    {
        var authorised = r.Assessments.Where(a => p.Contains(a.AuthorisedOn)).ToList();
        return new(
            [.. authorised.Where(a => clockStart(a) is { } start && Covered(calendar, start, a.AuthorisedOn!.Value)
                    && calendar.WorkingDaysBetween(start, a.AuthorisedOn!.Value) <= 45)
                .Select(a => new CountedChild(a.PersonId, a.AuthorisedOn!.Value, $"Within 45 working days {from}"))],
            [.. authorised.Select(a => new CountedChild(a.PersonId, a.AuthorisedOn!.Value, "Assessment authorised"))]);
    }

    /// <summary>
    /// The calendar holds bank holidays for a span of years; an imported date outside it cannot be timed, so it is
    /// counted in the denominator and not as in time (as the CIN census figures treat it).
    /// </summary>
    private static bool Covered(WorkingDayCalendar calendar, DateOnly from, DateOnly to) =>
        from.Year >= calendar.FirstYear && to.Year <= calendar.LastYear && from <= to;
}
