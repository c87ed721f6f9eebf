using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
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

    /// <summary>Every indicator, in the order the scorecard shows them.</summary>
    public static IReadOnlyList<Indicator> All { get; } =
    [
        ContactsReceived, Referrals, DecisionsInTime, ReReferrals, ReferralsAssessed, ReferralsWithNoFurtherAction, FeedbackInTime,
        AssessmentsInTime, AssessmentsInTimeFromReferral, EarlyHelpAssessments, ChildrenInNeed, UnallocatedCases,
        Section47Enquiries, EnquiriesLeadingToConference, InitialConferencesInTime, CoreGroupsInTime, ChildrenOnPlans, .. PlansByCategory, .. PlansByAge,
        PlansLastingTwoYears, RepeatPlans, PlansReviewedInTime, ProtectionVisitsInTime, ChildrenSeenOnVisits, ChildrenSeenAloneOnVisits, PlansEnded,
        ChildInNeedPlansInPlace, ChildInNeedReviewsInTime,
        ChildrenLookedAfter, ShortTermStability, LongTermStability,
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
