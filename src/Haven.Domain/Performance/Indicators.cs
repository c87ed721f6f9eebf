using Haven.Domain.CareLeavers;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;
using Haven.Domain.Safeguarding;

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

    public static Indicator DecisionsInTime { get; } = new(
        "K03", "Contacts decided within 1 working day",
        "Contacts decided in the period by the end of the working day after the day they came in (the front door's decision clock)",
        "Contacts decided in the period",
        IndicatorMeasure.Period, "1 working day from the day the contact came in", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, calendar) =>
        {
            var decided = r.ContactDecisions.Where(d => p.Contains(DateOnly.FromDateTime(d.DecidedAt))).ToList();
            return new(
                [.. decided.Where(d => DateOnly.FromDateTime(d.DecidedAt) is var on && Covered(calendar, d.ReceivedOn, on) && on <= FrontDoorRules.DecisionDueOn(d.ReceivedOn, calendar))
                    .Select(d => new CountedChild(d.PersonId, DateOnly.FromDateTime(d.DecidedAt), $"Decided within 1 working day (came in {DateText.Date(d.ReceivedOn)})"))],
                [.. decided.Select(d => new CountedChild(d.PersonId, DateOnly.FromDateTime(d.DecidedAt), $"Contact decided (came in {DateText.Date(d.ReceivedOn)})"))]);
        },
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

    public static Indicator ReferralsWithNoFurtherAction { get; } = new(
        "K06", "Referrals that resulted in no further action",
        "Referrals in the period recorded as resulting in no further action (the CIN census ReferralNFA, as the DfE counts it)",
        "Referrals in the period",
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) =>
        {
            var referrals = ReferralsIn(r, p).ToList();
            return new(
                [.. referrals.Where(f => f.NoFurtherAction).Select(f => new CountedChild(f.PersonId, f.ReferredOn, "Referral: no further action"))],
                [.. referrals.Select(Referred)]);
        },
    };

    public static Indicator FeedbackInTime { get; } = new(
        "K06b", "Referrers told the outcome within 48 hours of the decision",
        "Contacts decided in the period whose referrer was told the outcome by the feedback clock's due time (48 hours as two working days after the decision, to the hour)",
        "Contacts decided in the period whose referrer could be told",
        IndicatorMeasure.Period, "48 hours (two working days) from the decision", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, calendar) =>
        {
            // Feedback not yet sent and not yet due when the record was read is not late yet.
            var expected = r.ContactDecisions.Where(d => d.FeedbackExpected && p.Contains(DateOnly.FromDateTime(d.DecidedAt))
                && (d.FeedbackSentAt is not null || r.ReadOn is not { } read || !Covered(calendar, DateOnly.FromDateTime(d.DecidedAt), read)
                    || DateOnly.FromDateTime(FrontDoorRules.FeedbackDueAt(d.DecidedAt, calendar)) < read)).ToList();
            return new(
                [.. expected.Where(d => d.FeedbackSentAt is { } sent && Covered(calendar, DateOnly.FromDateTime(d.DecidedAt), DateOnly.FromDateTime(sent))
                        && sent <= FrontDoorRules.FeedbackDueAt(d.DecidedAt, calendar))
                    .Select(d => new CountedChild(d.PersonId, DateOnly.FromDateTime(d.DecidedAt), $"Referrer told {DateText.Date(DateOnly.FromDateTime(d.FeedbackSentAt!.Value))}"))],
                [.. expected.Select(d => new CountedChild(d.PersonId, DateOnly.FromDateTime(d.DecidedAt),
                    d.FeedbackSentAt is { } sent ? $"Contact decided; referrer told {DateText.Date(DateOnly.FromDateTime(sent))}" : "Contact decided; referrer not told"))]);
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

    public static Indicator EarlyHelpAssessments { get; } = new(
        "K10", "Early help assessments completed", "Early help assessments completed in the period", null,
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) => new(
            [.. r.EarlyHelpAssessments.Where(a => p.Contains(a.CompletedOn)).Select(a => new CountedChild(a.PersonId, a.CompletedOn, "Early help assessment completed"))],
            null),
    };

    public static Indicator ChildrenInNeed { get; } = new(
        "K11", "Children in need at the end of the period",
        "Children with an episode open on the last day: referred on or before it, not closed before or on it", null,
        IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) => new([.. InNeedAtEnd(r, p).Select(c => new CountedChild(c.PersonId, c.LatestReferral, "Episode open"))], null),
    };

    public static Indicator UnallocatedCases { get; } = new(
        "K12", "Children in need with no allocated worker at the end of the period",
        "Children with an episode open on the last day and no worker allocated to them on it", null,
        IndicatorMeasure.Snapshot, "Every open case allocated", Polarity.LowerIsBetter, null, IndicatorUnit.Count, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) => new(
            [.. InNeedAtEnd(r, p).Where(c => !r.AllocationsOf(c.PersonId).Any(a => a.IsCurrentOn(p.End)))
                .Select(c => new CountedChild(c.PersonId, c.LatestReferral, "Episode open, no allocated worker"))],
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

    public static Indicator EnquiriesLeadingToConference { get; } = new(
        "K14", "Section 47 enquiries leading to an initial child protection conference",
        "Section 47 enquiries completed in the period that concluded an initial conference was needed (the CIN census ICPCnotRequired is false)",
        "Section 47 enquiries completed in the period",
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) =>
        {
            var completed = r.Enquiries.Where(e => p.Contains(e.CompletedOn)).ToList();
            return new(
                [.. completed.Where(e => e.Outcome == Section47Outcome.ConferenceRequired)
                    .Select(e => new CountedChild(e.PersonId, e.CompletedOn!.Value, "Enquiry led to an initial conference"))],
                [.. completed.Select(e => new CountedChild(e.PersonId, e.CompletedOn!.Value,
                    e.Outcome is { } outcome ? $"Enquiry completed: {Section47Outcomes.InSentence(outcome)}" : "Enquiry completed"))]);
        },
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

    public static Indicator CoreGroupsInTime { get; } = new(
        "K16", "Core group meetings within timescale",
        "Core group meetings due in the period held by their due date: the first 10 working days after the initial conference, then the local interval after the last",
        "Core group meetings due in the period (a due date that passed with no meeting counts once, as late)",
        IndicatorMeasure.Period, "First within 10 working days of the initial conference, then the local interval", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, calendar) => DueInPeriod(r.ProtectionPlans.Where(f => OpenIn(p, f.StartedOn, f.EndedOn)), p, f => f.PersonId,
            f => DueDates(calendar, f.StartedOn, Within(r.CoreGroupsOf(f.Id), f.StartedOn, f.EndedOn),
                held => ChildProtectionRules.NextCoreGroupDueOn(f.StartedOn, held, r.Local.CoreGroupInterval, calendar), Until(r, f.EndedOn)), "Core group", "held"),
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

    /// <summary>The DfE's age groups for children on plans, by key, with the words the scorecard uses (declared before the list it builds).</summary>
    private static readonly (string Key, string Label)[] AgeGroups =
        [("UNB", "unborn"), ("0", "under 1"), ("1", "aged 1 to 4"), ("5", "aged 5 to 9"), ("10", "aged 10 to 15"), ("16", "aged 16 and over")];

    /// <summary>
    /// K18 by age: of the children on a plan at the period end, the share in each of the DfE's age groups on the last
    /// day (unborn, under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over), as the CIN census publication counts them.
    /// </summary>
    public static IReadOnlyList<Indicator> PlansByAge { get; } =
    [
        .. AgeGroups.Select(g => new Indicator(
            $"K18A{g.Key}", $"Children on a child protection plan at the end of the period: {g.Label}",
            $"Children on a plan at the period end who were {g.Label} on the last day",
            "Children on a plan at the period end",
            IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG003", null)
        {
            Count = (r, p, _) =>
            {
                var open = PlansOpenAtEnd(r, p).ToList();
                return new([.. open.Where(f => AgeGroupOn(f.BornOn, p.End) == g.Key).Select(f => new CountedChild(f.PersonId, f.StartedOn, $"On a plan, {g.Label}"))],
                    [.. open.Select(OnPlan)]);
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

    public static Indicator PlansReviewedInTime { get; } = new(
        "K21", "Child protection plans reviewed within timescale",
        "Children on a plan for at least 3 months (on the last day, or whose plan ended in the period) whose every review conference was held by its due date: 3 months after the initial conference, then 6 months after the last review",
        "Children on a plan for at least 3 months, on the last day or whose plan ended in the period",
        IndicatorMeasure.Snapshot, "First review 3 months after the initial conference, then every 6 months", Polarity.HigherIsBetter, "67", IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, calendar) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            foreach (var plan in r.ProtectionPlans.Where(f => OpenIn(p, f.StartedOn, f.EndedOn)))
            {
                // Up to the period end, or the plan's end when it ended in the period; a plan that has not reached its
                // first review's due date by then has not been on a plan for 3 months and is not counted.
                var cutoff = plan.EndedOn is { } end && end <= p.End ? end : p.End;
                if (ChildProtectionRules.FirstReviewConference.DueFrom(plan.StartedOn, calendar) > cutoff)
                {
                    continue;
                }
                var reviews = Within(r.ReviewsOf(plan.Id), plan.StartedOn, cutoff);
                var until = r.ReadOn is { } read && read < cutoff ? read : cutoff;
                var dues = DueDates(calendar, plan.StartedOn, reviews, held => ChildProtectionRules.NextReviewDueOn(plan.StartedOn, held, calendar), until).ToList();
                denominator.Add(new CountedChild(plan.PersonId, plan.StartedOn, "On a plan for 3 months or more"));
                if (dues.All(d => d.DoneOn is { } held && held <= d.Due))
                {
                    numerator.Add(new CountedChild(plan.PersonId, plan.StartedOn, $"Every review in time ({dues.Count} due)"));
                }
            }
            return new(numerator, denominator);
        },
    };

    public static Indicator ProtectionVisitsInTime { get; } = new(
        "K22", "Child protection visits within timescale",
        "Visits due in the period to children on a plan made by their due date: the plan's visiting interval in working days after the plan started or the last visit at which the child was seen",
        "Visits due in the period to children on a plan (a due date that passed with no visit counts once, as late)",
        IndicatorMeasure.Period, "The plan's visiting interval (10 working days unless set otherwise)", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, calendar) => DueInPeriod(r.ProtectionPlans.Where(f => OpenIn(p, f.StartedOn, f.EndedOn)), p, f => f.PersonId,
            f => DueDates(calendar, f.StartedOn, Within(r.ProtectionVisitsOf(f.PersonId), f.StartedOn, f.EndedOn),
                seen => ChildProtectionRules.NextVisitDueOn(f.StartedOn, seen, f.VisitFrequencyWorkingDays, calendar), Until(r, f.EndedOn)), "Visit", "child seen"),
    };

    public static Indicator ChildrenSeenOnVisits { get; } = new(
        "K23", "Visits at which the child was seen",
        "Home and office visits in the period that went ahead with the child seen", "Home and office visits recorded in the period, including those that did not go ahead",
        IndicatorMeasure.Period, "Each visit", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) => VisitsWhere(r, p, v => v.ChildSeen == true && !v.Failed, "Child seen"),
    };

    public static Indicator ChildrenSeenAloneOnVisits { get; } = new(
        "K23A", "Visits at which the child was seen alone",
        "Home and office visits in the period that went ahead with the child seen alone", "Home and office visits recorded in the period, including those that did not go ahead",
        IndicatorMeasure.Period, "Each visit", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) => VisitsWhere(r, p, v => v.ChildSeen == true && v.SeenAlone == true && !v.Failed, "Child seen alone"),
    };

    public static Indicator PlansEnded { get; } = new(
        "K24", "Child protection plans ended", "Plans with an end date in the period", null,
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) => new(
            [.. r.ProtectionPlans.Where(f => p.Contains(f.EndedOn)).Select(f => new CountedChild(f.PersonId, f.EndedOn!.Value, "Plan ended"))],
            null),
    };

    public static Indicator ChildInNeedPlansInPlace { get; } = new(
        "K25", "Children in need with a child in need plan at the end of the period",
        "Children in need on the last day, assessed, neither on a child protection plan nor looked after, who had a child in need plan open on it",
        "Children with an episode open on the last day that had an assessment authorised by then, neither on a child protection plan nor looked after",
        IndicatorMeasure.Snapshot, "None", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, _) =>
        {
            var protectedOrInCare = PlansOpenAtEnd(r, p).Select(f => f.PersonId).Concat(LookedAfterAtEnd(r, p).Select(c => c.Key)).ToHashSet();
            var assessed = r.Referrals.Where(f => f.ReferredOn <= p.End && (f.ClosedOn is not { } closed || closed > p.End)
                    && r.AssessmentAuthorisedBy(f.Id, p.End) && !protectedOrInCare.Contains(f.PersonId))
                .GroupBy(f => f.PersonId).Select(g => new CountedChild(g.Key, g.Max(f => f.ReferredOn), "Assessed child in need")).ToList();
            var withPlan = r.ChildInNeedPlans.Where(c => c.StartedOn <= p.End && (c.EndedOn is not { } ended || ended > p.End)).Select(c => c.PersonId).ToHashSet();
            return new([.. assessed.Where(c => withPlan.Contains(c.PersonId)).Select(c => c with { What = "Child in need plan open" })], assessed);
        },
    };

    public static Indicator ChildInNeedReviewsInTime { get; } = new(
        "K25R", "Child in need plan reviews within timescale",
        "Child in need plan reviews due in the period held by their due date: the plan's review interval after its start or the last review",
        "Child in need plan reviews due in the period (a due date that passed with no review counts once, as late)",
        IndicatorMeasure.Period, "The plan's review interval (12 weeks unless set otherwise)", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSSS001", null)
    {
        Count = (r, p, calendar) => DueInPeriod(r.ChildInNeedPlans.Where(f => OpenIn(p, f.StartedOn, f.EndedOn)), p, f => f.PersonId,
            f => DueDates(calendar, f.StartedOn, Within(f.ReviewsHeld, f.StartedOn, f.EndedOn),
                held => ChildInNeedRules.NextReviewDueOn(f.StartedOn, f.ReviewIntervalWeeks, held, calendar), Until(r, f.EndedOn)), "Review", "held"),
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

    public static Indicator PrivateFosteringNotifications { get; } = new(
        "K59", "Private fostering arrangements notified", "Private fostering arrangements the authority was told of in the period", null,
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Count, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) => new(
            [.. r.PrivateFostering.Where(a => p.Contains(a.NotifiedOn)).Select(a => new CountedChild(a.PersonId, a.NotifiedOn, "Private fostering notified"))],
            null),
    };

    public static Indicator PrivateFosteringVisitsInTime { get; } = new(
        "K59V", "Private fostering visits within timescale",
        "Visits to privately fostered children made in the period by their due date: the first within 7 working days of the notification, then within 6 weeks in the arrangement's first year and 12 weeks after",
        "Visits to privately fostered children made in the period",
        IndicatorMeasure.Period, "7 working days, then 6 or 12 weeks", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, calendar) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            foreach (var a in r.PrivateFostering.Where(a => a.NotifiedOn.Year >= calendar.FirstYear))
            {
                var visits = a.Visits.Where(v => v >= a.NotifiedOn).Distinct().Order().ToList();
                for (var i = 0; i < visits.Count; i++)
                {
                    if (!p.Contains(visits[i]) || visits[i].Year > calendar.LastYear)
                    {
                        continue;
                    }
                    var what = i == 0 ? "First visit" : "Visit";
                    denominator.Add(new CountedChild(a.PersonId, visits[i], what));
                    if (visits[i] <= PrivateFosteringSchedule.NextVisitDue(a.NotifiedOn, a.StartedOn, visits.Take(i), calendar))
                    {
                        numerator.Add(new CountedChild(a.PersonId, visits[i], $"{what} in time"));
                    }
                }
            }
            return new(numerator, denominator);
        },
    };

    public static Indicator PrivateFosteringAssessed { get; } = new(
        "K59A", "Private fostering arrangements assessed",
        "Private fostering arrangements notified in the period whose assessment of suitability has been completed",
        "Private fostering arrangements notified in the period",
        IndicatorMeasure.Period, "None", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, "SSFG001", null)
    {
        Count = (r, p, _) =>
        {
            var notified = r.PrivateFostering.Where(a => p.Contains(a.NotifiedOn)).ToList();
            return new(
                [.. notified.Where(a => a.AssessedOn is not null).Select(a => new CountedChild(a.PersonId, a.NotifiedOn, $"Assessed {DateText.Date(a.AssessedOn!.Value)}"))],
                [.. notified.Select(a => new CountedChild(a.PersonId, a.NotifiedOn, "Private fostering notified"))]);
        },
    };

    /// <summary>How many changes of social worker in the 12 months to the period end make a child counted by K68.</summary>
    public const int WorkerChangesCounted = 2;

    public static Indicator ChangesOfSocialWorker { get; } = new(
        "K68", "Children in need with two or more changes of social worker in the last 12 months",
        "Children in need on the last day who had two or more changes of allocated worker in the 12 months to it (a new worker while another had been allocated in those 12 months)",
        "Children with an episode open on the last day",
        IndicatorMeasure.Snapshot, "12 months to the period end", Polarity.LowerIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, null, null)
    {
        Count = (r, p, _) =>
        {
            var yearStart = p.End.AddYears(-1).AddDays(1);
            var cohort = InNeedAtEnd(r, p).ToList();
            int Changes(Guid child)
            {
                var allocations = r.AllocationsOf(child).Where(a => a.StartedOn <= p.End && (a.EndedOn is not { } ended || ended >= yearStart)).ToList();
                return allocations.Count(a => a.StartedOn >= yearStart && allocations.Any(b => b.StartedOn < a.StartedOn));
            }
            return new(
                [.. cohort.Select(c => (c, n: Changes(c.PersonId))).Where(x => x.n >= WorkerChangesCounted)
                    .Select(x => new CountedChild(x.c.PersonId, x.c.LatestReferral, $"{x.n} changes of worker"))],
                [.. cohort.Select(c => new CountedChild(c.PersonId, c.LatestReferral, "Episode open"))]);
        },
    };

    public static Indicator ManagementOversightInTime { get; } = new(
        "K69", "Children in need with management oversight recorded within the local interval",
        "Children in need on the last day whose oversight was not overdue on it: a manager's oversight or case supervision recorded within the local interval (1 month unless set otherwise) of the last, or of the episode's start",
        "Children with an episode open on the last day",
        IndicatorMeasure.Snapshot, "The local oversight interval (1 month unless set otherwise)", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, SafeguardingGroup, null, null)
    {
        Count = (r, p, calendar) =>
        {
            var cohort = InNeedAtEnd(r, p).ToList();
            var oversight = r.Oversight.Where(o => o.RecordedOn <= p.End).ToLookup(o => o.PersonId, o => o.RecordedOn);
            return new(
                [.. cohort.Where(c => r.Local.ManagementOversight.DueFrom(oversight[c.PersonId].Where(d => d >= c.EpisodeStart).DefaultIfEmpty(c.EpisodeStart).Max(), calendar) >= p.End)
                    .Select(c => new CountedChild(c.PersonId, c.LatestReferral, "Oversight not overdue"))],
                [.. cohort.Select(c => new CountedChild(c.PersonId, c.LatestReferral, "Episode open"))]);
        },
    };

    // Looked after, permanence and care leavers (K31-K57, then K27, K28 and K43): from the looked-after record.

    public const string CareLeaversGroup = "DCHI 004 : Care leavers: in touch, in suitable accommodation and in education, employment or training";

    /// <summary>NI 66: children looked after for at least 4 weeks at the period end (28 days or more before its last day).</summary>
    public const int ReviewCohortDays = 28;

    public static Indicator ReviewsInTime { get; } = new(
        "K31", "Looked-after children whose reviews were all held within timescale (NI 66)",
        "Children looked after for 4 weeks or more at the period end whose every review in the period was held on time (none held late, none overdue)",
        "Children looked after on the last day who had been looked after for 4 weeks or more",
        IndicatorMeasure.Snapshot, "First review within 20 working days of coming into care, the second within 3 months of the first, then every 6 months (CareTimescales)",
        Polarity.HigherIsBetter, "66", IndicatorUnit.Percent, CaredForGroup, "SSSS003", 95m)
    {
        Count = (r, p, calendar) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            foreach (var (child, care) in LookedAfterAtEnd(r, p).Where(c => p.End.DayNumber - c.Value.Period.Start.DayNumber >= ReviewCohortDays))
            {
                var period = AsOf(care.Period, p.End);
                var held = r.CareReviewsOf(child).Select(v => v.HeldOn).Where(d => d >= period.Start && d <= p.End).Distinct().Order().ToList();
                var history = CareTimescales.ReviewHistory(period, held, p.End, calendar);
                // A review counts against the period when it was held in it, or when it fell due and is still not held.
                var late = history.Select((status, i) => (status, heldOn: i < held.Count ? held[i] : (DateOnly?)null))
                    .Any(x => x.heldOn is { } day ? p.Contains(day) && x.status.State == TimescaleState.CompletedLate : x.status.DueDate < p.End);
                denominator.Add(new CountedChild(child, care.Period.Start, "Looked after 4 weeks or more"));
                if (!late)
                {
                    numerator.Add(new CountedChild(child, care.Period.Start, "Every review on time"));
                }
            }
            return new(numerator, denominator);
        },
    };

    /// <summary>SSDA903 REVIEW_CODE: PN0 is a child under 4 (left out); PN1 to PN6 took part in some way; PN7 did not.</summary>
    private const string ChildUnder4AtReview = "PN0";
    private static readonly HashSet<string> ParticipatedInReview = ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6"];

    public static Indicator ReviewParticipation { get; } = new(
        "K32", "Looked-after children taking part in their reviews",
        "Reviews held in the period of children aged 4 or over at which the child took part (SSDA903 REVIEW_CODE PN1 to PN6)",
        "Reviews held in the period of children aged 4 or over (not PN0)",
        IndicatorMeasure.Period, "None", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 90m)
    {
        Count = (r, p, _) =>
        {
            var reviews = r.CareReviews.Where(v => p.Contains(v.HeldOn) && v.Participation != ChildUnder4AtReview
                && (BornOn(r, v.PersonId) is not { } born || born.AddYears(4) <= v.HeldOn)).ToList();
            return new(
                [.. reviews.Where(v => ParticipatedInReview.Contains(v.Participation))
                    .Select(v => new CountedChild(v.PersonId, v.HeldOn, $"Took part ({v.Participation})"))],
                [.. reviews.Select(v => new CountedChild(v.PersonId, v.HeldOn, $"Review held ({v.Participation})"))]);
        },
    };

    public static Indicator VisitsInTime { get; } = new(
        "K33", "Statutory visits to looked-after children within timescale",
        "Statutory visits due in the period that were made, with the child seen, on or before the day they were due",
        "Statutory visits due in the period (a visit due and not made by the period end counts as late)",
        IndicatorMeasure.Period, "Within a week of a placement starting, then every 6 weeks; every 3 months after the first year of a long-term placement (CareTimescales)",
        Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 95m)
    {
        Count = (r, p, calendar) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            foreach (var (child, periods) in r.CareByChild)
            {
                var visits = r.VisitsOf(child).Where(d => d <= p.End).ToList();
                foreach (var placement in periods.SelectMany(f => f.Period.Placements).Where(pl => pl.Start <= p.End && (pl.End is not { } end || end >= p.Start)))
                {
                    var asOf = placement.End > p.End ? placement with { End = null } : placement;
                    foreach (var visit in VisitSchedule.For(asOf, visits, p.End, calendar).Where(v => p.Contains(v.Status.DueDate)))
                    {
                        denominator.Add(new CountedChild(child, visit.Status.DueDate, "Visit due"));
                        if (visit.Status.State == TimescaleState.CompletedInTime)
                        {
                            numerator.Add(new CountedChild(child, visit.Status.DueDate, $"Visited on {DateText.Date(visit.VisitedOn!.Value)}"));
                        }
                    }
                }
            }
            return new(numerator, denominator);
        },
    };

    public static Indicator InitialHealthAssessmentsInTime { get; } = new(
        "K34", "Initial health assessments within 20 working days of coming into care",
        "Children whose initial health assessment fell due in the period and was done on or before the due day",
        "Children whose initial health assessment fell due in the period (20 working days after coming into care, still in care that day, not on short breaks)",
        IndicatorMeasure.Period, "20 working days from coming into care (CareTimescales)", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 95m)
    {
        Count = (r, p, calendar) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            foreach (var care in r.CarePeriods.Where(f => !f.Period.IsShortBreaks))
            {
                var due = CareTimescales.InitialHealthAssessment.DueFrom(care.Period.Start, calendar);
                if (!p.Contains(due) || !care.Period.IsOpenOn(due))
                {
                    continue;
                }
                denominator.Add(new CountedChild(care.PersonId, due, "Initial health assessment due"));
                if (r.HealthChecksOf(care.PersonId).Any(h => h.Kind == HealthCheckKind.InitialHealthAssessment && h.DoneOn >= care.Period.Start && h.DoneOn <= due))
                {
                    numerator.Add(new CountedChild(care.PersonId, due, "Done in time"));
                }
            }
            return new(numerator, denominator);
        },
    };

    public static Indicator HealthAssessments { get; } = new(
        "K35", "Looked-after children whose health assessment is up to date (SSDA903 OC2)",
        "Children looked after continuously for the 12 months to the period end with a health assessment (initial or review) in those 12 months (OC2 HEALTH_ASSESSMENT)",
        "Children looked after continuously for the 12 months to the period end, not on short breaks (the OC2 cohort at 31 March)",
        IndicatorMeasure.Snapshot, "In the 12 months to the period end", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 90m)
    {
        Count = (r, p, _) => Oc2(r, p, "Health assessment in the 12 months", (checks, yearStart) =>
            checks.Any(h => h.Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment && h.DoneOn >= yearStart && h.DoneOn <= p.End)),
    };

    public static Indicator DentalChecks { get; } = new(
        "K36", "Looked-after children with a dental check (SSDA903 OC2)",
        "Children looked after continuously for the 12 months to the period end with a dental check in those 12 months (OC2 TEETH_CHECK)",
        "Children looked after continuously for the 12 months to the period end, not on short breaks (the OC2 cohort at 31 March)",
        IndicatorMeasure.Snapshot, "In the 12 months to the period end", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 90m)
    {
        Count = (r, p, _) => Oc2(r, p, "Dental check in the 12 months", (checks, yearStart) =>
            checks.Any(h => h.Kind == HealthCheckKind.DentalCheck && h.DoneOn >= yearStart && h.DoneOn <= p.End)),
    };

    public static Indicator Immunisations { get; } = new(
        "K37", "Looked-after children with immunisations up to date (SSDA903 OC2)",
        "Children looked after continuously for the 12 months to the period end whose latest immunisations check, on or before the last day, found them up to date (OC2 IMMUNISATIONS)",
        "Children looked after continuously for the 12 months to the period end, not on short breaks (the OC2 cohort at 31 March)",
        IndicatorMeasure.Snapshot, "Latest check by the period end", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 90m)
    {
        Count = (r, p, _) => Oc2(r, p, "Immunisations up to date", (checks, _) =>
            checks.Where(h => h.Kind == HealthCheckKind.Immunisations && h.DoneOn <= p.End).MaxBy(h => h.DoneOn)?.UpToDate == true),
    };

    /// <summary>PEPs are reviewed each term; terms are not kept as data yet, so "up to date" is a PEP in the last 6 months.</summary>
    public const int EducationPlanUpToDateMonths = 6;

    public static Indicator EducationPlans { get; } = new(
        "K39", "Looked-after children of school age with an up-to-date personal education plan",
        "Children of compulsory school age looked after on the last day, whose first PEP was due by then, with a PEP in this period of care in the 6 months to the period end",
        "Children of compulsory school age looked after on the last day whose first PEP was due by then (10 working days after coming into care)",
        IndicatorMeasure.Snapshot, "First PEP within 10 school days (counted as working days); then reviewed each term, at least every 6 months",
        Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 95m)
    {
        Count = (r, p, calendar) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            foreach (var (child, care) in LookedAfterAtEnd(r, p))
            {
                if (care.BornOn is not { } born || !CinCensus.Rules.SchoolAgeChildWithoutUpn.IsOfSchoolAge(born, p.End) || born.AddYears(16) <= p.End
                    || CareTimescales.FirstEducationPlan.DueFrom(care.Period.Start, calendar) > p.End)
                {
                    continue;
                }
                denominator.Add(new CountedChild(child, care.Period.Start, "School age, looked after"));
                var since = p.End.AddMonths(-EducationPlanUpToDateMonths);
                if (r.EducationPlansOf(child).Where(d => d >= care.Period.Start && d >= since && d <= p.End).Order().LastOrDefault() is var last && last != default)
                {
                    numerator.Add(new CountedChild(child, last, "PEP up to date"));
                }
            }
            return new(numerator, denominator);
        },
    };

    public static Indicator MissingEpisodes { get; } = new(
        "K41", "Missing episodes: children missing from home or care, or away from placement",
        "Missing and away-from-placement episodes that started in the period, from home or from care", null,
        IndicatorMeasure.Period, "None", Polarity.None, "71", IndicatorUnit.Count, CaredForGroup, "SSSS003", null)
    {
        Count = (r, p, _) => new([.. r.MissingEpisodes.Where(m => p.Contains(UkClock.DateOf(m.StartedAtUtc))).Select(Went)], null),
    };

    /// <summary>A repeat missing episode is the child's third or later in 12 months (365 days, as the re-referral window).</summary>
    public const int RepeatMissingEpisodes = 3;

    public static Indicator RepeatMissing { get; } = new(
        "K41R", "Repeat missing episodes: the child's third or later in 12 months",
        "Episodes started in the period of a child with 2 or more earlier episodes started in the 365 days before it",
        "Missing and away-from-placement episodes that started in the period",
        IndicatorMeasure.Period, "3 or more episodes in 12 months", Polarity.LowerIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", null)
    {
        Count = (r, p, _) =>
        {
            var started = r.MissingEpisodes.Where(m => p.Contains(UkClock.DateOf(m.StartedAtUtc))).ToList();
            return new(
                [.. started.Where(m => r.MissingOf(m.PersonId).Count(e => e.StartedAtUtc < m.StartedAtUtc
                        && UkClock.DateOf(m.StartedAtUtc).DayNumber - UkClock.DateOf(e.StartedAtUtc).DayNumber <= ReReferralWindowDays) >= RepeatMissingEpisodes - 1)
                    .Select(Went)],
                [.. started.Select(Went)]);
        },
    };

    public static Indicator ReturnInterviewsInTime { get; } = new(
        "K42", "Return home interviews held within 72 hours of the child coming back",
        "Episodes ended (the child came back) in the period whose return interview was held within 72 hours of the return",
        "Missing and away-from-placement episodes ended in the period",
        IndicatorMeasure.Period, "72 hours from the return (CareTimescales)", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 80m)
    {
        Count = (r, p, _) => ReturnInterviews(r, p, m => m.InterviewHeldAtUtc, "Interview held within 72 hours"),
    };

    public static Indicator ReturnInterviewsOffered { get; } = new(
        "K42O", "Return home interviews offered within 72 hours of the child coming back",
        "Episodes ended (the child came back) in the period whose return interview was offered within 72 hours of the return",
        "Missing and away-from-placement episodes ended in the period",
        IndicatorMeasure.Period, "72 hours from the return (CareTimescales)", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", 100m)
    {
        Count = (r, p, _) => ReturnInterviews(r, p, m => m.InterviewOfferedAtUtc, "Interview offered within 72 hours"),
    };

    public static Indicator AdoptionA1 { get; } = new(
        "K47", "Adoption scorecard A1: average days from entering care to moving in with the adoptive family",
        "Children adopted in the period (who moved in with their adopters): the average of the days from the start of the period of care that ended in adoption to moving in",
        null,
        IndicatorMeasure.Period, $"Threshold {AdoptionScorecard.A1ThresholdDays} days (14 months)", Polarity.LowerIsBetter, null, IndicatorUnit.Days, CaredForGroup, "SSSS003", AdoptionScorecard.A1ThresholdDays)
    {
        Count = (r, p, _) => new(
            [.. AdoptionScorecard.AdoptedBetween(r.Adoptions, p.Start, p.End)
                .Select(a => new CountedChild(a.PersonId, a.AdoptedOn!.Value, $"Adopted: {a.EntryToMovingInDays} days from entering care to moving in", a.EntryToMovingInDays))],
            null),
    };

    public static Indicator AdoptionA2 { get; } = new(
        "K48", "Adoption scorecard A2: average days from the placement order to the match decision",
        "Children adopted in the period with a placement order and a match: the average of the days from the placement order (E1) to the agency decision to match",
        null,
        IndicatorMeasure.Period, $"Threshold {AdoptionScorecard.A2ThresholdDays} days (4 months)", Polarity.LowerIsBetter, null, IndicatorUnit.Days, CaredForGroup, "SSSS003", AdoptionScorecard.A2ThresholdDays)
    {
        Count = (r, p, _) => new(
            [.. AdoptionScorecard.AdoptedBetween(r.Adoptions, p.Start, p.End).Where(a => a.PlacementOrderToMatchDays is not null)
                .Select(a => new CountedChild(a.PersonId, a.AdoptedOn!.Value, $"Adopted: {a.PlacementOrderToMatchDays} days from placement order to match", a.PlacementOrderToMatchDays))],
            null),
    };

    public static Indicator AdoptionA3 { get; } = new(
        "K49", "Adoption scorecard A3: children who moved in with their adoptive family within 18 months of entering care",
        "Children adopted in the period who moved in with their adopters less than 18 months after entering care",
        "Children adopted in the period (who moved in with their adopters)",
        IndicatorMeasure.Period, $"Less than {AdoptionScorecard.A3Months} months", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", null)
    {
        Count = (r, p, _) =>
        {
            var adopted = AdoptionScorecard.AdoptedBetween(r.Adoptions, p.Start, p.End).ToList();
            return new(
                [.. adopted.Where(AdoptionScorecard.MovedInWithinA3).Select(a => new CountedChild(a.PersonId, a.AdoptedOn!.Value, "Moved in within 18 months"))],
                [.. adopted.Select(a => new CountedChild(a.PersonId, a.AdoptedOn!.Value, "Adopted"))]);
        },
    };

    /// <summary>K50: of the periods of care that ended in the period, the share by how they ended (SSDA903 REC).</summary>
    public static IReadOnlyList<Indicator> PermanenceOutcomes { get; } =
    [
        Ceased("K50A", "adopted", "an adoption order (E11, E12)", LookedAfterCodes.Adopted),
        Ceased("K50S", "left care under a special guardianship order", "a special guardianship order (E45 to E48)", LookedAfterCodes.SpecialGuardianship),
        Ceased("K50C", "left care under a child arrangements order", "a child arrangements or residence order (E41)", new HashSet<string>([LookedAfterCodes.ChildArrangementsOrder])),
        Ceased("K50H", "returned home", "a return home to parents or others with parental responsibility (E4A, E4B)", LookedAfterCodes.ReturnedHome),
    ];

    public static Indicator ProceedingsDuration { get; } = new(
        "K52", "Care proceedings: average duration in weeks",
        "Care proceedings concluded in the period: the average of the weeks from the application being issued to the final order", null,
        IndicatorMeasure.Period, $"{CourtTimescales.Weeks} weeks from issue (Children and Families Act 2014 s14)", Polarity.LowerIsBetter, null, IndicatorUnit.Weeks, CaredForGroup, "SSSS003", CourtTimescales.Weeks)
    {
        Count = (r, p, _) => new(
            [.. r.Proceedings.Where(c => p.Contains(c.ConcludedOn) && c.ConcludedOn >= c.IssuedOn)
                .Select(c => new CountedChild(c.PersonId, c.ConcludedOn, $"Concluded in week {CourtTimescales.WeekOfProceedings(c.IssuedOn, c.ConcludedOn)}", c.ConcludedOn.DayNumber - c.IssuedOn.DayNumber))],
            null),
    };

    public static Indicator CareLeaversInTouch { get; } = new(
        "K53", "Care leavers aged 19 to 21 the authority is in touch with (SSDA903 OC3)",
        "Former relevant young people whose 19th, 20th or 21st birthday fell in the period and who were in touch around it (OC3 IN_TOUCH YES)",
        "Former relevant young people whose 19th, 20th or 21st birthday fell in the period (the OC3 cohort: the DfE's care leavers aged 19 to 21)",
        IndicatorMeasure.Period, "From 3 months before to 1 month after the birthday", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CareLeaversGroup, "SSSS003", 90m)
    {
        Count = (r, p, _) => Oc3(r, p, "In touch", b => b.InTouchCode == "YES"),
    };

    public static Indicator CareLeaversSuitablyHoused { get; } = new(
        "K54", "Care leavers aged 19 to 21 in suitable accommodation (SSDA903 OC3)",
        "Former relevant young people whose 19th to 21st birthday fell in the period, in touch around it and in accommodation judged suitable (OC3 ACCOM ending 1)",
        "Former relevant young people whose 19th, 20th or 21st birthday fell in the period (the OC3 cohort)",
        IndicatorMeasure.Period, "Around the birthday", Polarity.HigherIsBetter, "147", IndicatorUnit.Percent, CareLeaversGroup, "SSSS003", 90m)
    {
        Count = (r, p, _) => Oc3(r, p, "Suitable accommodation", b => b.InTouchCode == "YES" && b.Contact?.AccommodationSuitable == true),
    };

    public static Indicator CareLeaversInEducationOrWork { get; } = new(
        "K55", "Care leavers aged 19 to 21 in education, employment or training (SSDA903 OC3)",
        "Former relevant young people whose 19th to 21st birthday fell in the period, in touch around it and in education, employment or training (OC3 ACTIV F or P)",
        "Former relevant young people whose 19th, 20th or 21st birthday fell in the period (the OC3 cohort)",
        IndicatorMeasure.Period, "Around the birthday", Polarity.HigherIsBetter, "148", IndicatorUnit.Percent, CareLeaversGroup, "SSSS003", 60m)
    {
        Count = (r, p, _) => Oc3(r, p, "In education, employment or training",
            b => b.InTouchCode == "YES" && LookedAfterCodes.IsInEducationEmploymentOrTraining(b.Contact?.Activity)),
    };

    public static Indicator PathwayPlansUpToDate { get; } = new(
        "K56", "Eligible, relevant and former relevant young people with an up-to-date pathway plan",
        "Young people owed a pathway plan on the last day whose first plan was due by then and whose plan, or its last review, is not overdue",
        "Young people owed a pathway plan on the last day whose first plan was due by then (3 months after 16, or after becoming eligible)",
        IndicatorMeasure.Snapshot, "First plan by 3 months after 16; reviewed every 6 months (CareLeaverTimescales)", Polarity.HigherIsBetter, null, IndicatorUnit.Percent, CareLeaversGroup, "SSSS003", 95m)
    {
        Count = (r, p, _) =>
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            // Only 16 to 25 can be owed a plan: the age test first spares the day-by-day care count for everyone else.
            foreach (var young in r.CareLeavers.Where(y => y.BornOn.AddYears(16) <= p.End && y.BornOn.AddYears(25) > p.End))
            {
                var status = StatusOn(young, p.End);
                if (!status.HasPathwayPlan || CareLeaverTimescales.FirstPlanDueOn(young.BornOn, status) > p.End)
                {
                    continue;
                }
                var label = CareLeaverEligibility.Label(status.Category);
                denominator.Add(new CountedChild(young.PersonId, young.BornOn.AddYears(16), label));
                var plans = r.PathwayPlansOf(young.PersonId).Where(pl => pl.CompletedOn <= p.End).ToList();
                if (CareLeaverTimescales.NextPlanDueOn(young.BornOn, status, plans) >= p.End)
                {
                    numerator.Add(new CountedChild(young.PersonId, plans.Max(pl => (DateOnly?)pl.CompletedOn) ?? young.BornOn.AddYears(16), $"{label}: plan up to date"));
                }
            }
            return new(numerator, denominator);
        },
    };

    public static Indicator StayingPut { get; } = new(
        "K57", "Former relevant young people aged 18 to 20 staying put with their former foster carers",
        "Former relevant young people aged 18 to 20 on the last day whose latest contact by then found them staying put (a local measure)",
        "Former relevant young people aged 18 to 20 on the last day",
        IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Percent, CareLeaversGroup, "SSSS003", null)
    {
        Count = (r, p, _) =>
        {
            var cohort = r.CareLeavers.Where(y => y.BornOn.AddYears(18) <= p.End && y.BornOn.AddYears(21) > p.End
                && StatusOn(y, p.End).Category == CareLeaverCategory.FormerRelevant).ToList();
            return new(
                [.. cohort.Where(y => r.ContactsOf(y.PersonId).Where(c => c.ContactOn <= p.End).MaxBy(c => c.ContactOn)?.StayingPut == true)
                    .Select(y => new CountedChild(y.PersonId, y.BornOn.AddYears(18), "Staying put"))],
                [.. cohort.Select(y => new CountedChild(y.PersonId, y.BornOn.AddYears(18), "Former relevant, 18 to 20"))]);
        },
    };

    /// <summary>K27: of the children looked after at the period end, the share by legal status on the last day (SSDA903 LS).</summary>
    public static IReadOnlyList<Indicator> ByLegalStatus { get; } =
    [
        .. LookedAfterCodes.LegalStatuses.Select(c => new Indicator(
            $"K27{c.Value}", $"Children looked after at the end of the period: {LookedAfterCodes.LegalStatuses.Label(c.Value)}",
            $"Children looked after on the last day whose legal status then was {c.Value}",
            "Children looked after on the last day",
            IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", null)
        {
            Count = (r, p, _) =>
            {
                var all = LookedAfterAtEnd(r, p).ToList();
                return new(
                    [.. all.Where(f => f.Value.Period.LegalStatusOn(p.End) == c.Value).Select(f => new CountedChild(f.Key, f.Value.Period.Start, c.Value))],
                    [.. all.Select(f => new CountedChild(f.Key, f.Value.Period.Start, f.Value.Period.LegalStatusOn(p.End) ?? "Not recorded"))]);
            },
        }),
    ];

    /// <summary>K28: the kinds of placement the DfE's tables group children looked after by, from the SSDA903 PLACE code.</summary>
    private static readonly (string Suffix, string Words, Func<string, bool> Is)[] PlacementGroups =
    [
        ("F", "in foster placements", code => code.StartsWith('U')),
        ("A", "placed for adoption", code => code.StartsWith('A')),
        ("P", "placed with parents or others with parental responsibility", code => code == "P1"),
        ("H", "in secure units, children's homes or residential care", code => code is "K1" or "K2" or "R1"),
        ("K", "in supported accommodation", code => code == "K3"),
        ("S", "in residential schools", code => code == "S1"),
        ("O", "in other placements", code => !code.StartsWith('U') && !code.StartsWith('A') && code is not ("P1" or "K1" or "K2" or "R1" or "K3" or "S1")),
    ];

    public static IReadOnlyList<Indicator> ByPlacement { get; } =
    [
        .. PlacementGroups.Select(g => new Indicator(
            $"K28{g.Suffix}", $"Children looked after at the end of the period {g.Words}",
            $"Children looked after on the last day {g.Words} (SSDA903 PLACE)",
            "Children looked after on the last day",
            IndicatorMeasure.Snapshot, "None", Polarity.None, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", null)
        {
            Count = (r, p, _) =>
            {
                var all = LookedAfterAtEnd(r, p).Select(f => (f.Key, Placement: f.Value.Period.PlacementOn(p.End))).ToList();
                return new(
                    [.. all.Where(f => f.Placement is { } pl && g.Is(pl.PlacementType)).Select(f => new CountedChild(f.Key, f.Placement!.Start, f.Placement.PlacementType))],
                    [.. all.Select(f => new CountedChild(f.Key, f.Placement?.Start ?? p.End, f.Placement?.PlacementType ?? "No placement recorded"))]);
            },
        }),
        new Indicator(
            "K28D", "Children looked after at the end of the period placed more than 20 miles from home",
            "Children looked after on the last day whose placement is more than 20 miles in a straight line from their home postcode",
            "Children looked after on the last day whose home and placement postcodes are both known",
            IndicatorMeasure.Snapshot, "More than 20 miles", Polarity.LowerIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", null)
        {
            Count = (r, p, _) =>
            {
                var known = new List<(Guid Child, DateOnly Start, double Miles)>();
                foreach (var (child, care) in LookedAfterAtEnd(r, p))
                {
                    if (care.Period.PlacementOn(p.End) is { } placement
                        && r.PlacementDistances.FirstOrDefault(d => d.PersonId == child && d.PlacementStart == placement.Start) is { } distance)
                    {
                        known.Add((child, placement.Start, distance.Miles));
                    }
                }
                return new(
                    [.. known.Where(k => k.Miles > FarFromHomeMiles).Select(k => new CountedChild(k.Child, k.Start, MilesText(k.Miles)))],
                    [.. known.Select(k => new CountedChild(k.Child, k.Start, MilesText(k.Miles)))]);
            },
        },
    ];

    /// <summary>The DfE's "placed more than 20 miles from home" measure.</summary>
    public const double FarFromHomeMiles = 20;

    public static Indicator SocialWorkerChanges { get; } = new(
        "K43", "Looked-after children with 3 or more social workers in 12 months",
        "Children looked after on the last day who had 3 or more different social workers allocated in the 12 months to it",
        "Children looked after on the last day",
        IndicatorMeasure.Snapshot, "12 months to the period end", Polarity.LowerIsBetter, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", null)
    {
        Count = (r, p, _) =>
        {
            var yearStart = p.End.AddYears(-1).AddDays(1);
            var all = LookedAfterAtEnd(r, p)
                .Select(c => (c.Key, c.Value.Period.Start, Workers: r.AllocationsOf(c.Key)
                    .Where(a => a.StartedOn <= p.End && (a.EndedOn is not { } end || end >= yearStart)).Select(a => a.WorkerUserId).Distinct().Count()))
                .ToList();
            return new(
                [.. all.Where(c => c.Workers >= 3).Select(c => new CountedChild(c.Key, c.Start, $"{c.Workers} social workers"))],
                [.. all.Select(c => new CountedChild(c.Key, c.Start, $"{c.Workers} social worker{(c.Workers == 1 ? "" : "s")}"))]);
        },
    };

    private static DateOnly? BornOn(ScorecardRecord r, Guid child) =>
        r.CareByChild.TryGetValue(child, out var care) ? care.Select(c => c.BornOn).FirstOrDefault(b => b is not null) : null;

    /// <summary>A period of care as it stood on a day: one that ended later was still open then.</summary>
    private static PeriodOfCare AsOf(PeriodOfCare period, DateOnly day) => period.End > day ? period with { End = null, ReasonCeased = null } : period;

    /// <summary>
    /// The SSDA903 OC2 cohort: looked after on the first day of the 12 months to the period end and still on its last
    /// day, in the same period of care, with no short-break legal status (V3/V4) by then, as the DfE's validator decides
    /// it at 31 March.
    /// </summary>
    private static IndicatorCount Oc2(ScorecardRecord r, ReportingPeriod p, string what, Func<IReadOnlyList<HealthCheckFact>, DateOnly, bool> counted)
    {
        var yearStart = p.End.AddYears(-1).AddDays(1);
        var numerator = new List<CountedChild>();
        var denominator = new List<CountedChild>();
        foreach (var (child, periods) in r.CareByChild)
        {
            if (periods.FirstOrDefault(f => f.Period.Start <= yearStart && f.Period.IsOpenOn(p.End)
                    && !f.Period.LegalStatuses.Any(s => LookedAfterCodes.ShortBreaks.Contains(s.LegalStatus) && s.From <= p.End)) is not { } care)
            {
                continue;
            }
            denominator.Add(new CountedChild(child, care.Period.Start, "Looked after 12 months"));
            if (counted([.. r.HealthChecksOf(child)], yearStart))
            {
                numerator.Add(new CountedChild(child, care.Period.Start, what));
            }
        }
        return new(numerator, denominator);
    }

    private static CountedChild Went(MissingFact m) =>
        new(m.PersonId, UkClock.DateOf(m.StartedAtUtc), m.FromHome ? "Missing from home" : m.MissingOrAway == "A" ? "Away from placement" : "Missing from care");

    private static IndicatorCount ReturnInterviews(ScorecardRecord r, ReportingPeriod p, Func<MissingFact, DateTime?> when, string what)
    {
        var back = r.MissingEpisodes.Where(m => m.ReturnedAtUtc is { } at && p.Contains(UkClock.DateOf(at))).ToList();
        return new(
            [.. back.Where(m => when(m) is { } at && at <= CareTimescales.ReturnInterviewDueBy(m.ReturnedAtUtc!.Value))
                .Select(m => new CountedChild(m.PersonId, UkClock.DateOf(m.ReturnedAtUtc!.Value), what))],
            [.. back.Select(m => new CountedChild(m.PersonId, UkClock.DateOf(m.ReturnedAtUtc!.Value), "Came back"))]);
    }

    private static Indicator Ceased(string id, string words, string reason, IReadOnlySet<string> codes) => new(
        id, $"Children who stopped being looked after: {words}",
        $"Periods of care that ended in the period with {reason}",
        "Periods of care that ended in the period (not short breaks)",
        IndicatorMeasure.Period, "None", Polarity.None, null, IndicatorUnit.Percent, CaredForGroup, "SSSS003", null)
    {
        Count = (r, p, _) =>
        {
            var ended = r.CarePeriods.Where(f => p.Contains(f.Period.End) && !f.Period.IsShortBreaks).ToList();
            return new(
                [.. ended.Where(f => codes.Contains(f.Period.ReasonCeased ?? "")).Select(f => new CountedChild(f.PersonId, f.Period.End!.Value, f.Period.ReasonCeased!))],
                [.. ended.Select(f => new CountedChild(f.PersonId, f.Period.End!.Value, f.Period.ReasonCeased ?? "Reason not recorded"))]);
        },
    };

    private static CareLeaverStatus StatusOn(CareLeaverFact young, DateOnly day) =>
        CareLeaverEligibility.On(young.BornOn, young.Periods, day, young.DetainedOrInHospitalAt16, young.SupportTo25);

    /// <summary>The DfE's care leavers aged 19 to 21: the OC3 rows for the 19th, 20th and 21st birthdays.</summary>
    private static readonly int[] Oc3Ages = [19, 20, 21];

    /// <summary>
    /// The SSDA903 OC3 cohort for the period: former relevant young people (the day before the birthday) whose 19th, 20th
    /// or 21st birthday fell in it, each with their birthday contact from <see cref="CareLeaverTimescales"/> (the one place
    /// the window is worked out). The figure is read once the last window has closed (a month after the period), so a
    /// birthday with no contact in its window counts as not in touch, as the return reports it.
    /// </summary>
    private static IndicatorCount Oc3(ScorecardRecord r, ReportingPeriod p, string what, Func<BirthdayContact, bool> counted)
    {
        var numerator = new List<CountedChild>();
        var denominator = new List<CountedChild>();
        foreach (var young in r.CareLeavers)
        {
            foreach (var age in Oc3Ages)
            {
                var birthday = young.BornOn.AddYears(age);
                if (!p.Contains(birthday) || StatusOn(young, birthday.AddDays(-1)).Category != CareLeaverCategory.FormerRelevant)
                {
                    continue;
                }
                var contact = CareLeaverTimescales.For(age, birthday, r.ContactsOf(young.PersonId), p.End.AddMonths(1));
                denominator.Add(new CountedChild(young.PersonId, birthday, $"{age}th birthday: {contact.InTouchCode ?? "not known"}"));
                if (counted(contact))
                {
                    numerator.Add(new CountedChild(young.PersonId, birthday, what));
                }
            }
        }
        return new(numerator, denominator);
    }

    private static string MilesText(double miles) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{miles:0.0} miles from home");

    /// <summary>Every indicator, in the order the scorecard shows them.</summary>
    public static IReadOnlyList<Indicator> All { get; } =
    [
        ContactsReceived, Referrals, DecisionsInTime, ReReferrals, ReferralsAssessed, ReferralsWithNoFurtherAction, FeedbackInTime,
        AssessmentsInTime, AssessmentsInTimeFromReferral, EarlyHelpAssessments, ChildrenInNeed, UnallocatedCases,
        Section47Enquiries, EnquiriesLeadingToConference, InitialConferencesInTime, CoreGroupsInTime, ChildrenOnPlans, .. PlansByCategory, .. PlansByAge,
        PlansLastingTwoYears, RepeatPlans, PlansReviewedInTime, ProtectionVisitsInTime, ChildrenSeenOnVisits, ChildrenSeenAloneOnVisits, PlansEnded,
        ChildInNeedPlansInPlace, ChildInNeedReviewsInTime,
        ChildrenLookedAfter, ShortTermStability, LongTermStability,
        ReviewsInTime, ReviewParticipation, VisitsInTime, InitialHealthAssessmentsInTime, HealthAssessments, DentalChecks, Immunisations,
        EducationPlans, MissingEpisodes, RepeatMissing, ReturnInterviewsInTime, ReturnInterviewsOffered, AdoptionA1, AdoptionA2, AdoptionA3,
        .. PermanenceOutcomes, ProceedingsDuration, CareLeaversInTouch, CareLeaversSuitablyHoused, CareLeaversInEducationOrWork,
        PathwayPlansUpToDate, StayingPut, .. ByLegalStatus, .. ByPlacement, SocialWorkerChanges,
        PrivateFosteringNotifications, PrivateFosteringVisitsInTime, PrivateFosteringAssessed, ChangesOfSocialWorker, ManagementOversightInTime,
    ];

    public static Indicator? Find(string? id) => All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>A child in need on a day: the start of their earliest open episode and the referral date of their latest.</summary>
    private sealed record ChildInNeedOn(Guid PersonId, DateOnly EpisodeStart, DateOnly LatestReferral);

    /// <summary>Children with an episode open on the period's last day: referred on or before it, not closed before or on it.</summary>
    private static IEnumerable<ChildInNeedOn> InNeedAtEnd(ScorecardRecord r, ReportingPeriod p) =>
        r.Referrals.Where(f => f.ReferredOn <= p.End && (f.ClosedOn is not { } closed || closed > p.End))
            .GroupBy(f => f.PersonId)
            .Select(g => new ChildInNeedOn(g.Key, g.Min(f => f.ReferredOn), g.Max(f => f.ReferredOn)));

    private static string AgeGroupOn(DateOnly? bornOn, DateOnly day) => bornOn switch
    {
        null => "UNB",
        { } born when born > day => "UNB",
        { } born when born.AddYears(1) > day => "0",
        { } born when born.AddYears(5) > day => "1",
        { } born when born.AddYears(10) > day => "5",
        { } born when born.AddYears(16) > day => "10",
        _ => "16",
    };

    private static IndicatorCount VisitsWhere(ScorecardRecord r, ReportingPeriod p, Func<VisitFact, bool> counted, string what)
    {
        var visits = r.Visits.Where(v => v.Type is CaseRecording.CaseNoteType.HomeVisit or CaseRecording.CaseNoteType.OfficeVisit && p.Contains(v.VisitedOn)).ToList();
        return new(
            [.. visits.Where(counted).Select(v => new CountedChild(v.PersonId, v.VisitedOn, what))],
            [.. visits.Select(v => new CountedChild(v.PersonId, v.VisitedOn, v.Failed ? "Visit did not go ahead" : v.ChildSeen == true ? "Visit, child seen" : "Visit, child not seen"))]);
    }

    /// <summary>The days something was done for a plan, from its start to its end (or <paramref name="end"/>), earliest first, each day once.</summary>
    private static List<DateOnly> Within(IEnumerable<DateOnly> days, DateOnly start, DateOnly? end) =>
        [.. days.Where(d => d >= start && (end is not { } e || d <= e)).Distinct().Order()];

    /// <summary>Whether something running from <paramref name="start"/> to <paramref name="end"/> (open while null) ran on some day of the period.</summary>
    private static bool OpenIn(ReportingPeriod p, DateOnly start, DateOnly? end) => start <= p.End && (end is not { } e || e >= p.Start);

    /// <summary>A due date before this day and still unmet was missed: the plan's end, or the day the record was read.</summary>
    private static DateOnly Until(ScorecardRecord r, DateOnly? endedOn)
    {
        var until = endedOn ?? DateOnly.MaxValue;
        return r.ReadOn is { } read && read < until ? read : until;
    }

    /// <summary>
    /// The due dates a clock set, in order: the first from the start, each later one from the thing done before it
    /// (<paramref name="nextDue"/> is the clock's own rule, given what was done so far). Each is met by the next thing
    /// done, in time when done on or before it; the one after the last thing done is listed, unmet, only once it passed
    /// before <paramref name="until"/>. Dates outside the bank-holiday calendar's years cannot be timed and end the walk.
    /// </summary>
    private static IEnumerable<(DateOnly Due, DateOnly? DoneOn)> DueDates(WorkingDayCalendar calendar, DateOnly start, List<DateOnly> done,
        Func<IEnumerable<DateOnly>, DateOnly> nextDue, DateOnly until)
    {
        for (var i = 0; i <= done.Count; i++)
        {
            var from = i == 0 ? start : done[i - 1];
            if (from.Year < calendar.FirstYear || from > new DateOnly(calendar.LastYear, 11, 30))
            {
                yield break;
            }
            var due = nextDue(done.Take(i));
            if (i < done.Count)
            {
                yield return (due, done[i]);
            }
            else if (due < until)
            {
                yield return (due, null);
            }
        }
    }

    /// <summary>Every due date falling in the period, each subject's in turn: met in time in the numerator, all in the denominator, dated by when due.</summary>
    private static IndicatorCount DueInPeriod<T>(IEnumerable<T> subjects, ReportingPeriod p, Func<T, Guid> person,
        Func<T, IEnumerable<(DateOnly Due, DateOnly? DoneOn)>> dues, string what, string done)
    {
        var numerator = new List<CountedChild>();
        var denominator = new List<CountedChild>();
        foreach (var subject in subjects)
        {
            foreach (var (due, doneOn) in dues(subject).Where(d => p.Contains(d.Due)))
            {
                var child = person(subject);
                denominator.Add(new CountedChild(child, due, doneOn is { } on ? $"{what} due, {done} {DateText.Date(on)}" : $"{what} due, missed"));
                if (doneOn is { } on2 && on2 <= due)
                {
                    numerator.Add(new CountedChild(child, due, $"{what} in time, {done} {DateText.Date(on2)}"));
                }
            }
        }
        return new(numerator, denominator);
    }

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
