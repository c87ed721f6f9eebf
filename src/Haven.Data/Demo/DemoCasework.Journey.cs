using Haven.Domain.Formatting;

namespace Haven.Data.Demo;

/// <summary>One episode from referral to closure (or to today, when it is still open).</summary>
internal sealed partial class DemoCasework
{
    /// <summary>Where an episode goes. Drawn at national rates for the front door's referrals.</summary>
    private enum Path
    {
        ReferralNfa,
        Assessment,
        AssessmentCin,
        StrategyNoEnquiry,
        EnquiryNoConference,
        ConferenceNoPlan,
        ChildProtectionPlan,
    }

    /// <summary>
    /// Strategy decisions mostly start a section 47 (about 20% of referrals in all), about 44% of enquiries go
    /// to conference and most conferences make a plan; about a quarter of assessments lead to a CIN plan.
    /// </summary>
    private Path NaturalPath(ScreeningOutcome outcome) => outcome == ScreeningOutcome.StrategyDiscussion
        ? Weighted([(Path.StrategyNoEnquiry, 0.20), (Path.EnquiryNoConference, 0.45), (Path.ConferenceNoPlan, 0.04), (Path.ChildProtectionPlan, 0.31)])
        : Weighted([(Path.ReferralNfa, 0.08), (Path.Assessment, 0.62), (Path.AssessmentCin, 0.25), (Path.EnquiryNoConference, 0.03), (Path.ChildProtectionPlan, 0.02)]);

    /// <summary>The open episode a child allocated to this service today is in, and when it began; null for none.</summary>
    private (Path Path, DateOnly ReferralDate)? StockPath(string service)
    {
        Path path;
        switch (service)
        {
            case "Assessment":
                path = Weighted([(Path.Assessment, 0.65), (Path.AssessmentCin, 0.2), (Path.EnquiryNoConference, 0.08), (Path.ChildProtectionPlan, 0.07)]);
                break;
            case "Child protection":
                path = Weighted([(Path.ChildProtectionPlan, 0.3), (Path.AssessmentCin, 0.5), (Path.Assessment, 0.2)]);
                break;
            case "Disabled children":
                path = Weighted([(Path.AssessmentCin, 0.75), (Path.ChildProtectionPlan, 0.07), (Path.Assessment, 0.18)]);
                break;
            default:
                return null;
        }
        var referralDate = path switch
        {
            Path.Assessment => WorkingDays(today, -Between(2, 62)),
            Path.EnquiryNoConference => WorkingDays(today, -Between(1, 12)),
            // Some are waiting for their initial conference; most have a plan, a few for over a year.
            Path.ChildProtectionPlan => Chance(0.12) ? WorkingDays(today, -Between(4, 16)) : today.AddDays(-Between(25, 520)),
            _ => today.AddDays(-Between(80, 480)),
        };
        return (path, OnWorkingDay(referralDate) > today ? WorkingDays(today, -1) : OnWorkingDay(referralDate));
    }

    /// <summary>
    /// Runs one episode. <paramref name="endBefore"/> is the child's next referral: everything here ends before
    /// it. A stock episode stays open today. Returns the number of child protection plans it made (0 or 1).
    /// </summary>
    private int RunEpisode(Child child, Referral referral, Path path, Staff staff, DateOnly? endBefore, bool stock, int previousPlans)
    {
        _episodes++;
        var r = referral.ReferralDate;
        var limit = endBefore is { } next ? Earlier(next.AddDays(-1), today) : today;
        var canStayOpen = endBefore is null;
        var e = new EpisodeWork(child, referral, staff, limit);
        Event(child.Id, r, CaseEventTypes.ReferralCreated, null, $"Referral to children's social care ({FrontDoorCodes.PrimaryNeedLabel(referral.PrimaryNeedCode)})");

        if (path == Path.ReferralNfa)
        {
            referral.NoFurtherAction = true;
            // RC8 and RC9 mean "after assessment" (CIN census 8825Q); a referral closed without one is RC7.
            Close(e, Earlier(r.AddDays(Between(0, 2)), limit), "RC7", "No further action on the referral: the concern was addressed by universal services.");
            return 0;
        }

        var strategy = path is Path.StrategyNoEnquiry or Path.EnquiryNoConference or Path.ConferenceNoPlan or Path.ChildProtectionPlan;
        var earlyStrategy = strategy && (referral.SourceCode == "6" || Chance(0.7));
        var strategyOn = strategy ? WorkingDays(OnWorkingDay(r), earlyStrategy ? Between(0, 2) : Between(3, 12)) : (DateOnly?)null;
        var assessmentStart = WorkingDays(r, Between(0, 5));
        if (strategyOn is { } sd && assessmentStart > sd)
        {
            assessmentStart = sd;
        }
        if (assessmentStart > limit)
        {
            // Too recent for anything but the referral: it waits for allocation and an assessment.
            return 0;
        }

        var category = path != Path.ChildProtectionPlan ? null : canStayOpen ? NextCategory() : Weighted(Categories);
        var assessment = StartAssessment(e, assessmentStart, path, category);

        Section47Enquiry? enquiry = null;
        ChildProtectionConference? icpc = null;
        DateOnly? cinFrom = null;
        ChildProtectionPlan? plan = null;
        if (strategyOn is { } held && held <= limit)
        {
            var enquiryStarts = path != Path.StrategyNoEnquiry;
            var discussion = RecordStrategyDiscussion(e, held, enquiryStarts);
            if (enquiryStarts)
            {
                enquiry = StartEnquiry(e, discussion);
                if (path is Path.ConferenceNoPlan or Path.ChildProtectionPlan)
                {
                    icpc = InitialConference(e, enquiry, held, path == Path.ChildProtectionPlan ? category : null, canStayOpen);
                    if (icpc?.Decision == ConferenceDecision.ChildProtectionPlan)
                    {
                        plan = StartChildProtectionPlan(e, icpc, category!, previousPlans, stock || !canStayOpen ? null : true);
                        if (plan.EndDate is { } ended && plan.EndReason == PlanEndReason.SteppedDownToChildInNeed)
                        {
                            cinFrom = ended;
                        }
                    }
                    else if (icpc?.Decision == ConferenceDecision.ChildInNeedPlan)
                    {
                        cinFrom = icpc.HeldOn;
                    }
                }
                else
                {
                    CompleteEnquiryWithoutConference(e, enquiry, canStayOpen, out var toCin);
                    cinFrom = toCin;
                }
            }
        }

        var outcome = assessment is null ? null : (AssessmentOutcome?)(path switch
        {
            Path.Assessment => Chance(0.62) ? AssessmentOutcome.NoFurtherAction : AssessmentOutcome.EarlyHelp,
            Path.AssessmentCin => AssessmentOutcome.ChildInNeedPlan,
            Path.StrategyNoEnquiry => Chance(0.4) ? AssessmentOutcome.ChildInNeedPlan : AssessmentOutcome.NoFurtherAction,
            Path.EnquiryNoConference => cinFrom is null ? AssessmentOutcome.NoFurtherAction : AssessmentOutcome.ChildInNeedPlan,
            _ => AssessmentOutcome.StrategyDiscussion,
        });
        var stockOpenAssessment = stock && path == Path.Assessment;
        var authorised = assessment is not null && FinishAssessment(e, assessment, outcome!.Value, canStayOpen, stockOpenAssessment);
        if (authorised && outcome == AssessmentOutcome.ChildInNeedPlan && cinFrom is null && path is Path.AssessmentCin or Path.StrategyNoEnquiry)
        {
            cinFrom = assessment!.AuthorisedOn!.Value.AddDays(Between(0, 10));
        }
        if (cinFrom is { } cinStart && cinStart <= limit)
        {
            ChildInNeedPlanFrom(e, cinStart, stock || !canStayOpen ? null : true, path == Path.AssessmentCin && stock);
        }
        // Close when nothing is open: after the last piece of work, with the DfE reason that fits how it ended.
        var nothingOpen = !stock && (assessment is null || assessment.IsAuthorised) && (enquiry is null || enquiry.CompletedOn is not null)
            && e.OpenPlans == 0 && (icpc is null || icpc.IsHeld) && (strategyOn is null || strategyOn <= limit);
        var closeOn = e.LastActivity.AddDays(Between(0, 6));
        if (!canStayOpen)
        {
            closeOn = Earlier(closeOn, limit);
        }
        var closes = nothingOpen && closeOn <= limit;
        RecordEverydayWork(e, closes ? closeOn : today);
        if (closes)
        {
            {
                // "Closed after assessment" only when nothing followed it: an enquiry, conference or plan makes it RC7 (rule 2990).
                var afterAssessmentOnly = e.PlansMade == 0 && enquiry is null && icpc is null;
                var reason = !afterAssessmentOnly ? "RC7" : outcome == AssessmentOutcome.EarlyHelp ? "RC9" : outcome == AssessmentOutcome.NoFurtherAction ? "RC8" : "RC7";
                Close(e, closeOn, reason, reason switch
                {
                    "RC8" => "Assessment complete: no further action. Family told and referrer informed.",
                    "RC9" => "Assessment complete: family agreed to early help; closed to social care with a transfer meeting.",
                    _ => "Plan ended and progress sustained; closed to social care with the family's agreement.",
                });
            }
        }
        return plan is null ? 0 : 1;
    }

    /// <summary>What one episode has done so far, for the recording that follows it and its closure.</summary>
    private sealed class EpisodeWork(Child child, Referral referral, Staff staff, DateOnly limit)
    {
        public Child Child { get; } = child;
        public Referral Referral { get; } = referral;
        public Staff Staff { get; } = staff;
        public DateOnly Limit { get; } = limit;
        public DateOnly LastActivity { get; private set; } = referral.ReferralDate;
        public int OpenPlans { get; set; }
        public int PlansMade { get; set; }

        /// <summary>A strategy discussion was held: there was reasonable cause to suspect significant harm.</summary>
        public bool HarmSuspected { get; set; }
        public List<string> Factors { get; } = [];

        /// <summary>Periods under a plan, for statutory visits: (start, end or null, purpose, working days between visits).</summary>
        public List<(DateOnly From, DateOnly? To, VisitPurpose Purpose, int Every)> Visiting { get; } = [];

        public void Did(DateOnly on)
        {
            if (on > LastActivity)
            {
                LastActivity = on;
            }
        }
    }

    private void Close(EpisodeWork e, DateOnly on, string reason, string note)
    {
        e.Referral.ClosedOn = on;
        e.Referral.ReasonForClosure = reason;
        e.Referral.ClosureNote = note;
        if (_episodeAllocation is { } allocation)
        {
            allocation.EndDate = Later(on, allocation.StartDate);
        }
        Event(e.Child.Id, on, CaseEventTypes.CaseClosed, e.Staff.Team.ManagerId, $"Case closed: {Haven.Domain.Casework.EpisodeRules.ReasonsForClosure[reason]}",
            [new FieldChange("Reason for closure", null, $"{reason} {Haven.Domain.Casework.EpisodeRules.ReasonsForClosure[reason]}")]);
    }

    // ----- Assessment ----------------------------------------------------------------------------------------

    private Assessment StartAssessment(EpisodeWork e, DateOnly start, Path path, string? category)
    {
        _assessments++;
        var assessment = new Assessment
        {
            Id = NewId(),
            PersonId = e.Child.Id,
            ReferralId = e.Referral.Id,
            Type = AssessmentType.Single,
            StartDate = start,
            TimescaleWorkingDays = AssessmentRules.MaxSingleAssessmentWorkingDays,
            AllocatedWorkerUserId = e.Staff.WorkerId,
        };
        e.Factors.AddRange(Factors(e.Child, path, category));
        db.Assessments.Add(assessment);
        e.Did(start);
        Event(e.Child.Id, start, CaseEventTypes.AssessmentStarted, e.Staff.WorkerId, "Single assessment started (45 working days)");
        return assessment;
    }

    /// <summary>
    /// The child is seen early (a few are not), the views and analysis are written, and a manager authorises:
    /// most in time, about 15% late; those not due yet, or still open in a stock episode, stay unauthorised.
    /// True when authorised.
    /// </summary>
    private bool FinishAssessment(EpisodeWork e, Assessment a, AssessmentOutcome outcome, bool canStayOpen, bool keepOpen)
    {
        var age = AgeOn(e.Child, a.StartDate);
        var due = AssessmentRules.DueOn(a, e.Referral.ReferralDate, Calendar, Local);
        var seen = Chance(0.95);
        if (seen)
        {
            a.ChildSeenOn = Earlier(WorkingDays(a.StartDate, Between(0, 6)), e.Limit);
            a.SeenAlone = age >= 4 && Chance(0.8);
            a.NotSeenAloneReason = a.SeenAlone == true ? null : age < 4 ? "Too young to be seen alone; seen with their parent." : "Did not want to talk without mum there; seen with mum and again at school.";
            Visit(e, a.ChildSeenOn.Value, VisitPurpose.Assessment, true, a.SeenAlone == true);
        }
        var voice = Chance(0.96);
        if (voice)
        {
            (a.ChildsWishesAndFeelings, a.ChildVoiceSource) = WishesAndFeelings(age);
        }
        a.ParentsViews = Pick(ParentsViews);
        a.OthersViews = Pick(OthersViews);
        a.HistoryConsidered = "Previous contacts and referrals on Haven, the family's early help history, police and health information.";
        a.Analysis = Pick(Analyses);
        a.EqualityAndDiversity = "Considered the family's culture, language and religion; no interpreter needed; the child's identity needs are met at home and school.";

        var inTime = Chance(0.84);
        var authoriseOn = inTime
            ? Earlier(WorkingDays(a.StartDate, Between(10, 40)), due)
            : WorkingDays(due, Between(1, 25));
        if (authoriseOn < a.StartDate)
        {
            authoriseOn = a.StartDate;
        }
        if (!canStayOpen && authoriseOn > e.Limit)
        {
            authoriseOn = Later(a.StartDate, e.Limit);
        }
        // Not seen, or no voice: a manager authorises only with the reason recorded, or leaves it with the worker.
        var gap = !seen || !voice;
        if (keepOpen || authoriseOn > today || (gap && canStayOpen && authoriseOn >= today.AddDays(-30) && Chance(0.5)))
        {
            if (gap || keepOpen)
            {
                a.Outcome = keepOpen && Chance(0.5) ? null : outcome;
                a.Factors = a.Outcome is null ? [] : FinalFactors(e, outcome);
            }
            var submitted = WorkingDays(a.StartDate, Between(12, 35));
            if (submitted <= e.Limit && Chance(0.4) && a.Outcome is not null)
            {
                a.SubmittedOn = submitted;
                a.SubmittedByUserId = e.Staff.WorkerId;
                e.Did(submitted);
                Event(e.Child.Id, submitted, CaseEventTypes.AssessmentSubmitted, e.Staff.WorkerId, "Assessment submitted for authorisation");
            }
            return false;
        }
        if (!seen)
        {
            a.NotSeenReason = "Family moved between addresses during the assessment; child seen by the school nurse, who shared her observations.";
        }
        if (!voice)
        {
            a.NoVoiceReason = "The child has little speech; observations by nursery staff are in the analysis.";
        }
        a.Outcome = outcome;
        a.Factors = FinalFactors(e, outcome);
        a.SubmittedOn = Later(a.StartDate, WorkingDays(authoriseOn, -Between(0, 3)));
        a.SubmittedByUserId = e.Staff.WorkerId;
        a.AuthorisedOn = authoriseOn;
        a.AuthorisedByUserId = e.Staff.Team.ManagerId;
        a.AuthorisationNote = "Analysis supports the outcome; child's views are clear.";
        e.Did(authoriseOn);
        Event(e.Child.Id, a.SubmittedOn.Value, CaseEventTypes.AssessmentSubmitted, e.Staff.WorkerId, "Assessment submitted for authorisation");
        Event(e.Child.Id, authoriseOn, CaseEventTypes.AssessmentAuthorised, e.Staff.Team.ManagerId, $"Assessment authorised: {AssessmentOutcomes.InSentence(outcome)}",
            [new FieldChange("Outcome", null, AssessmentOutcomes.Label(outcome)), new FieldChange("Authorised on", null, DateText.Date(authoriseOn))]);
        Share(e, SharedItemKind.Assessment, a.Id, authoriseOn, 0.8);
        AddFlags(e, authoriseOn);
        return true;
    }

    /// <summary>"No factors identified" only when nothing further is done and nobody suspected harm, and then on its own.</summary>
    private List<string> FinalFactors(EpisodeWork e, AssessmentOutcome outcome) =>
        outcome == AssessmentOutcome.NoFurtherAction && !e.HarmSuspected && Chance(0.4) ? [AssessmentFactorCodes.NoFactors] : e.Factors.Distinct().ToList();


    // ----- Child protection ----------------------------------------------------------------------------------

    private StrategyDiscussion RecordStrategyDiscussion(EpisodeWork e, DateOnly held, bool enquiryStarts)
    {
        var discussion = new StrategyDiscussion
        {
            Id = NewId(),
            PersonId = e.Child.Id,
            ReferralId = e.Referral.Id,
            HeldOn = held,
            Decision = enquiryStarts ? StrategyDecision.StartSection47 : StrategyDecision.ChildInNeedAssessment,
            Rationale = enquiryStarts
                ? "Reasonable cause to suspect the child is suffering, or likely to suffer, significant harm: section 47 enquiry to start."
                : "Threshold for section 47 not met; assessment continues under section 17.",
            ChairedBy = e.Staff.ManagerName,
        };
        discussion.Participants.Add(new StrategyParticipant { Id = NewId(), StrategyDiscussionId = discussion.Id, Name = e.Staff.ManagerName, Agency = Agencies.SocialCare });
        discussion.Participants.Add(new StrategyParticipant { Id = NewId(), StrategyDiscussionId = discussion.Id, Name = e.Staff.WorkerName, Agency = Agencies.SocialCare });
        discussion.Participants.Add(new StrategyParticipant { Id = NewId(), StrategyDiscussionId = discussion.Id, Name = $"DS {Pick(Surnames)}", Agency = Agencies.Police });
        // Ofsted found some discussions with police and social care only: about one in five here.
        if (Chance(0.8))
        {
            discussion.Participants.Add(new StrategyParticipant { Id = NewId(), StrategyDiscussionId = discussion.Id, Name = $"Nurse {Pick(Surnames)}", Agency = Agencies.Health });
            if (AgeOn(e.Child, held) >= 4)
            {
                discussion.Participants.Add(new StrategyParticipant { Id = NewId(), StrategyDiscussionId = discussion.Id, Name = $"Ms {Pick(Surnames)} (designated safeguarding lead)", Agency = Agencies.Education, Attended = Chance(0.85) });
            }
        }
        db.StrategyDiscussions.Add(discussion);
        e.HarmSuspected = true;
        e.Did(held);
        Event(e.Child.Id, held, CaseEventTypes.StrategyDiscussionRecorded, e.Staff.Team.ManagerId,
            enquiryStarts ? "Strategy discussion: section 47 enquiry to start" : "Strategy discussion: continue with assessment");
        return discussion;
    }

    private Section47Enquiry StartEnquiry(EpisodeWork e, StrategyDiscussion discussion)
    {
        _section47s++;
        var start = discussion.HeldOn;
        var enquiry = new Section47Enquiry
        {
            Id = NewId(),
            PersonId = e.Child.Id,
            ReferralId = e.Referral.Id,
            StrategyDiscussionId = discussion.Id,
            StartDate = start,
            JointWithPolice = Chance(0.45),
            AllocatedWorkerUserId = e.Staff.WorkerId,
            ChildSeenOn = Earlier(start.AddDays(Between(0, 1)), e.Limit),
        };
        enquiry.SeenAlone = AgeOn(e.Child, start) >= 4 && Chance(0.8);
        db.Section47Enquiries.Add(enquiry);
        Visit(e, enquiry.ChildSeenOn.Value, VisitPurpose.ChildProtection, true, enquiry.SeenAlone == true);
        e.Did(start);
        Event(e.Child.Id, start, CaseEventTypes.Section47Started, e.Staff.WorkerId, enquiry.JointWithPolice ? "Section 47 enquiry started jointly with police" : "Section 47 enquiry started (single agency)");
        return enquiry;
    }

    private void CompleteEnquiry(EpisodeWork e, Section47Enquiry enquiry, DateOnly on, Section47Outcome outcome, string rationale)
    {
        enquiry.CompletedOn = on;
        enquiry.Outcome = outcome;
        enquiry.OutcomeRationale = rationale;
        if (ChildProtectionRules.NeedsSeniorManagerAgreement(outcome))
        {
            enquiry.SeniorManagerAgreedByUserId = _seniorManagerId;
            enquiry.SeniorManagerAgreedOn = on;
        }
        e.Did(on);
        Event(e.Child.Id, on, CaseEventTypes.Section47Completed, e.Staff.WorkerId, $"Section 47 enquiry completed: {Section47Outcomes.InSentence(outcome)}");
    }

    private void CompleteEnquiryWithoutConference(EpisodeWork e, Section47Enquiry enquiry, bool canStayOpen, out DateOnly? cinFrom)
    {
        cinFrom = null;
        var on = WorkingDays(enquiry.StartDate, Between(5, 15));
        if (on > e.Limit)
        {
            if (canStayOpen)
            {
                return;
            }
            on = Later(enquiry.StartDate, e.Limit);
        }
        var outcome = Weighted([(Section47Outcome.NotSubstantiatedChildInNeed, 0.35), (Section47Outcome.NoFurtherAction, 0.57), (Section47Outcome.SubstantiatedNoConference, 0.08)]);
        CompleteEnquiry(e, enquiry, on, outcome, outcome switch
        {
            Section47Outcome.NoFurtherAction => "Explanation consistent with the injury; no ongoing concerns from school or health.",
            Section47Outcome.SubstantiatedNoConference => "Harm substantiated but parents have acted to protect; a child in need plan will manage the risk.",
            _ => "Concerns not substantiated; the family need support under a child in need plan.",
        });
        cinFrom = outcome == Section47Outcome.NoFurtherAction ? null : on.AddDays(Between(1, 10));
    }

    /// <summary>
    /// Most initial conferences are held within 15 working days of the strategy discussion; about 15% late and a
    /// few re-arranged (keeping the original date and why). Returns null when the enquiry is still open.
    /// </summary>
    private ChildProtectionConference? InitialConference(EpisodeWork e, Section47Enquiry enquiry, DateOnly strategyOn, string? category, bool canStayOpen)
    {
        var due = ChildProtectionRules.InitialConferenceDueOn(strategyOn, Calendar);
        var roll = _r.NextDouble();
        DateOnly scheduled = roll < 0.80 ? WorkingDays(strategyOn, Between(9, 15)) : WorkingDays(due, Between(1, 10));
        DateOnly? original = null;
        string? rearranged = null;
        if (roll >= 0.93)
        {
            original = WorkingDays(strategyOn, Between(10, 14));
            rearranged = Pick(["The chair was ill on the day", "The police report was not ready", "Mother asked for time to get legal advice", "No room large enough was free"]);
            scheduled = WorkingDays(original.Value, Between(3, 8));
        }
        if (scheduled > e.Limit && !canStayOpen)
        {
            scheduled = Later(OnWorkingDay(enquiry.StartDate), WorkingDays(e.Limit, -1));
            original = null;
            rearranged = null;
        }
        var completedOn = Earlier(WorkingDays(enquiry.StartDate, Between(4, 8)), WorkingDays(scheduled, -1));
        completedOn = Later(completedOn, enquiry.StartDate);
        if (completedOn <= today)
        {
            CompleteEnquiry(e, enquiry, completedOn, Section47Outcome.ConferenceRequired, "Significant harm substantiated; risks need a multi-agency child protection plan.");
        }
        var conference = new ChildProtectionConference
        {
            Id = NewId(),
            PersonId = e.Child.Id,
            ReferralId = e.Referral.Id,
            Type = ConferenceType.Initial,
            Section47Id = enquiry.Id,
            ScheduledFor = scheduled,
            OriginallyScheduledFor = original,
            RearrangedReason = rearranged,
            Chair = Pick(_chairs),
        };
        var bookedOn = Earlier(completedOn, today);
        Event(e.Child.Id, bookedOn, CaseEventTypes.ConferenceScheduled, e.Staff.WorkerId, $"Initial child protection conference booked for {DateText.Date(original ?? scheduled)}");
        if (original is { } was && was <= today)
        {
            Event(e.Child.Id, Earlier(was.AddDays(-1), today), CaseEventTypes.ConferenceRearranged, e.Staff.WorkerId, $"Initial conference moved to {DateText.Date(scheduled)}: {rearranged}",
                [new FieldChange("Date", DateText.Date(was), DateText.Date(scheduled))]);
        }
        if (scheduled > today)
        {
            db.ChildProtectionConferences.Add(conference);
            return conference;
        }
        conference.HeldOn = scheduled;
        conference.Decision = category is null ? (Chance(0.8) ? ConferenceDecision.ChildInNeedPlan : ConferenceDecision.NoFurtherAction) : ConferenceDecision.ChildProtectionPlan;
        conference.Category = category;
        conference.DecisionRationale = category is null
            ? "Risks reduced during the enquiry; the family accept support under a child in need plan."
            : $"The child is likely to suffer significant harm through {CategoryOfAbuse.Describe(category).ToLowerInvariant()}; a child protection plan is needed.";
        FillConference(e, conference, scheduled);
        // Added only once its attendees are in place: change detection is off while generating.
        db.ChildProtectionConferences.Add(conference);
        Event(e.Child.Id, scheduled, CaseEventTypes.ConferenceHeld, e.Staff.WorkerId, $"Initial child protection conference held: {ConferenceDecisions.InSentence(conference.Decision!.Value)}{(conference.Decision == ConferenceDecision.ChildProtectionPlan ? $" ({CategoryOfAbuse.Describe(category)})" : "")}");
        return conference;
    }

    /// <summary>National shares of plans by category (neglect ~47%, emotional ~37%, physical 7%, sexual 4%, multiple 3%).</summary>
    private static readonly (string Code, double Share)[] Categories = [("NEG", 0.47), ("EMO", 0.37), ("PHY", 0.07), ("SAB", 0.04), ("MUL", 0.03)];

    private readonly int[] _categoryCounts = new int[Categories.Length];

    /// <summary>
    /// The category furthest behind its national share so far, for plans that may be open today. Drawing at
    /// random would leave a small authority with no open sexual abuse or multiple-category plans at all; this
    /// keeps every authority's mix national. Plans in earlier episodes are drawn at random.
    /// </summary>
    private string NextCategory()
    {
        var total = _categoryCounts.Sum() + 1;
        var best = 0;
        for (var i = 1; i < Categories.Length; i++)
        {
            if (Categories[i].Share * total - _categoryCounts[i] > Categories[best].Share * total - _categoryCounts[best])
            {
                best = i;
            }
        }
        _categoryCounts[best]++;
        return Categories[best].Code;
    }

    /// <summary>Attendance, reports, the child's part and the papers sent to the family.</summary>
    private void FillConference(EpisodeWork e, ChildProtectionConference conference, DateOnly held)
    {
        var age = AgeOn(e.Child, held);
        conference.ChildAttended = age >= 12 && Chance(0.4);
        conference.ChildsViews = age >= 5 ? WishesAndFeelings(age).Text : null;
        conference.ReportSharedWithParentsOn = Chance(0.8) ? WorkingDays(held, -Between(1, 3)) : null;
        var minutes = WorkingDays(held, Between(5, 25));
        conference.MinutesSentOn = minutes <= e.Limit && Chance(0.85) ? minutes : null;
        foreach (var (agency, name) in ConferenceAgencies(e, age))
        {
            var attended = Chance(0.85);
            conference.Attendees.Add(new ConferenceAttendee { Id = NewId(), ConferenceId = conference.Id, Name = name, Agency = agency, Attended = attended, ReportSubmitted = Chance(attended ? 0.85 : 0.5) });
        }
        e.Did(held);
        if (conference.ReportSharedWithParentsOn is { } shared)
        {
            Share(e, SharedItemKind.ConferenceReport, conference.Id, shared, 1);
        }
        if (conference.MinutesSentOn is { } sent)
        {
            ShareOn(e, SharedItemKind.ConferenceMinutes, conference.Id, sent, SharingMethod.Post);
        }
    }

    private IEnumerable<(string Agency, string Name)> ConferenceAgencies(EpisodeWork e, int age)
    {
        yield return (Agencies.SocialCare, e.Staff.WorkerName);
        yield return (Agencies.SocialCare, e.Staff.ManagerName);
        yield return (Agencies.Police, $"DC {Pick(Surnames)}");
        yield return (Agencies.Health, age < 5 ? $"{Pick(Surnames)} (health visitor)" : $"Dr {Pick(Surnames)} (GP)");
        if (age >= 4)
        {
            yield return (Agencies.Education, $"Mrs {Pick(Surnames)} (designated safeguarding lead)");
        }
        if (Chance(0.3))
        {
            yield return (Agencies.Probation, $"Mr {Pick(Surnames)} (probation officer)");
        }
        if (Chance(0.25))
        {
            yield return (Agencies.Housing, $"Ms {Pick(Surnames)} (housing officer)");
        }
    }

    /// <summary>
    /// The plan starts on the conference day. Reviews at 3 months then 6-monthly (a few late); the plan ends at a
    /// review, mostly stepping down to child in need, unless <paramref name="ends"/> is null (it stays open).
    /// </summary>
    private ChildProtectionPlan StartChildProtectionPlan(EpisodeWork e, ChildProtectionConference icpc, string category, int previousPlans, bool? ends)
    {
        _cpPlans++;
        var start = icpc.HeldOn!.Value;
        var plan = new ChildProtectionPlan
        {
            Id = NewId(),
            PersonId = e.Child.Id,
            ReferralId = e.Referral.Id,
            StartDate = start,
            InitialCategory = category,
            LatestCategory = category,
            NumberOfPreviousPlans = previousPlans,
            VisitFrequencyWorkingDays = Local.ChildProtectionVisitWorkingDays,
            Contingency = "If the home conditions or the children's attendance fall back, the core group will meet within 5 working days and legal advice will be sought under the Public Law Outline.",
        };
        icpc.ChildProtectionPlanId = plan.Id;
        e.PlansMade++;
        e.OpenPlans++;
        Event(e.Child.Id, start, CaseEventTypes.ChildProtectionPlanStarted, e.Staff.WorkerId,
            $"Child protection plan started: {CategoryOfAbuse.Describe(category)}{(previousPlans > 0 ? " (second or later plan)" : "")}");
        Share(e, SharedItemKind.ChildProtectionPlan, plan.Id, start, 0.85);
        AddActions(e, start, CpActions(category), childProtectionPlanId: plan.Id);
        foreach (var (role, agency) in new[] { ("Social worker", Agencies.SocialCare), ("Health visitor or school nurse", Agencies.Health), ("Designated safeguarding lead", Agencies.Education), ("Family support worker", Agencies.SocialCare) })
        {
            plan.CoreGroup.Add(new CoreGroupMember { Id = NewId(), PlanId = plan.Id, Name = role == "Social worker" ? e.Staff.WorkerName : $"{Pick(["Ms", "Mr", "Mrs"])} {Pick(Surnames)}", Agency = agency, Role = role });
        }
        // Ending: mostly at the second review (about 9 months), some at the first or later.
        var endsAtReview = ends == true ? Weighted([(1, 0.25), (2, 0.45), (3, 0.22), (4, 0.08)]) : int.MaxValue;
        if (ends is null && e.Limit < today)
        {
            // A plan in an earlier episode always ended before the child's next referral.
            endsAtReview = Weighted([(1, 0.4), (2, 0.6)]);
        }
        var reviews = new List<DateOnly>();
        DateOnly? endedOn = null;
        var endedEarly = false;
        for (var n = 1; ; n++)
        {
            var due = ChildProtectionRules.NextReviewDueOn(start, reviews, Calendar);
            var held = Chance(0.9) ? OnWorkingDayBefore(due.AddDays(-Between(0, 10))) : WorkingDays(due, Between(2, 15));
            var review = new ChildProtectionConference
            {
                Id = NewId(), PersonId = e.Child.Id, ReferralId = e.Referral.Id, Type = ConferenceType.Review, ChildProtectionPlanId = plan.Id,
                ScheduledFor = held, Chair = icpc.Chair,
            };
            var forced = false;
            if (held > e.Limit)
            {
                if (e.Limit == today)
                {
                    // The next review, booked: the IRO's list of conferences coming up (or overdue).
                    db.ChildProtectionConferences.Add(review);
                    break;
                }
                // The child's next referral follows: this plan ended before it.
                held = Later(start, OnWorkingDayBefore(e.Limit));
                review.ScheduledFor = held;
                forced = true;
            }
            var last = forced || n >= endsAtReview;
            review.HeldOn = held;
            review.Decision = last ? ConferenceDecision.PlanEnds : ConferenceDecision.PlanContinues;
            review.Category = last ? null : plan.LatestCategory;
            review.DecisionRationale = last
                ? "Sustained progress over the plan: risks have reduced and the family work openly with professionals."
                : "Some progress, but the risks that led to the plan remain; the plan continues with revised actions.";
            FillConference(e, review, held);
            db.ChildProtectionConferences.Add(review);
            reviews.Add(held);
            Event(e.Child.Id, held, CaseEventTypes.ConferenceHeld, e.Staff.WorkerId, last ? "Review conference held: plan ends" : "Review conference held: plan continues");
            if (last)
            {
                endedOn = held;
                endedEarly = forced;
                break;
            }
        }
        var endOfMeetings = endedOn ?? e.Limit;
        CoreGroups(e, plan, start, endOfMeetings);
        e.Visiting.Add((start, endedOn, VisitPurpose.ChildProtection, plan.VisitFrequencyWorkingDays));
        if (endedOn is { } end)
        {
            plan.EndDate = end;
            plan.EndReason = endedEarly ? PlanEndReason.NoLongerNeeded
                : Weighted([(PlanEndReason.SteppedDownToChildInNeed, 0.8), (PlanEndReason.NoLongerNeeded, 0.15), (PlanEndReason.SteppedDownToEarlyHelp, 0.05)]);
            plan.EndNote = "Ended at the review conference.";
            e.OpenPlans--;
            e.Did(end);
            Event(e.Child.Id, end, CaseEventTypes.ChildProtectionPlanEnded, e.Staff.WorkerId, $"Child protection plan ended: {PlanEndReasons.InSentence(plan.EndReason.Value)}");
        }
        db.ChildProtectionPlans.Add(plan);
        return plan;
    }

    /// <summary>First core group within 10 working days (mostly), then about monthly with the odd gap.</summary>
    private void CoreGroups(EpisodeWork e, ChildProtectionPlan plan, DateOnly start, DateOnly until)
    {
        var held = new List<DateOnly>();
        for (var guard = 0; guard < 40; guard++)
        {
            var due = ChildProtectionRules.NextCoreGroupDueOn(start, held, Local.CoreGroupInterval, Calendar);
            var on = held.Count == 0
                ? (Chance(0.88) ? WorkingDays(due, -Between(0, 4)) : WorkingDays(due, Between(1, 6)))
                : (Chance(0.85) ? OnWorkingDayBefore(due.AddDays(-Between(0, 6))) : WorkingDays(due, Between(3, 12)));
            if (on > until || on > e.Limit)
            {
                break;
            }
            held.Add(on);
            plan.CoreGroupMeetings.Add(new CoreGroupMeeting
            {
                Id = NewId(), PlanId = plan.Id, HeldOn = on,
                Attendees = $"{e.Staff.WorkerName} (social worker), mother, {plan.CoreGroup[1].Name} (health), {plan.CoreGroup[2].Name} (school)",
                Progress = Pick(CoreGroupProgress),
            });
            e.Did(on);
            Event(e.Child.Id, on, CaseEventTypes.CoreGroupHeld, e.Staff.WorkerId, "Core group met");
        }
    }

    // ----- Child in need -------------------------------------------------------------------------------------

    /// <summary>Reviews every 12 weeks (some late, a few overdue now); ends at a review unless <paramref name="ends"/> is null.</summary>
    private void ChildInNeedPlanFrom(EpisodeWork e, DateOnly start, bool? ends, bool longRunning)
    {
        _cinPlans++;
        var plan = new ChildInNeedPlan
        {
            Id = NewId(), PersonId = e.Child.Id, ReferralId = e.Referral.Id, StartDate = start,
            ReviewIntervalWeeks = Local.ChildInNeedReviewWeeks, VisitFrequencyWorkingDays = Local.ChildInNeedVisitWorkingDays,
        };
        e.PlansMade++;
        e.OpenPlans++;
        Event(e.Child.Id, start, CaseEventTypes.ChildInNeedPlanStarted, e.Staff.WorkerId, "Child in need plan started");
        Share(e, SharedItemKind.ChildInNeedPlan, plan.Id, start, 0.75);
        AddActions(e, start, CinActions, childInNeedPlanId: plan.Id);
        var endsAtReview = ends == true ? Between(1, 4) : e.Limit < today ? Between(1, 2) : int.MaxValue;
        DateOnly? endedOn = null;
        for (var n = 1; n < 40; n++)
        {
            var due = ChildInNeedRules.NextReviewDueOn(plan, Calendar);
            var held = Chance(longRunning ? 0.8 : 0.85) ? OnWorkingDayBefore(due.AddDays(-Between(0, 7))) : WorkingDays(due, Between(5, 25));
            var forced = false;
            if (held > e.Limit)
            {
                if (e.Limit == today)
                {
                    break;
                }
                held = Later(plan.StartDate, e.Limit);
                forced = true;
            }
            var last = forced || n >= endsAtReview;
            plan.Reviews.Add(new ChildInNeedReview
            {
                Id = NewId(), PlanId = plan.Id, HeldOn = held,
                Progress = last ? "Actions complete; the family manage well without a plan." : Pick(CinProgress),
                ChildsViews = WishesAndFeelings(AgeOn(e.Child, held)).Text,
                Decision = last ? (Chance(0.7) ? ChildInNeedReviewDecision.Close : ChildInNeedReviewDecision.StepDownToEarlyHelp) : ChildInNeedReviewDecision.Continue,
            });
            e.Did(held);
            Event(e.Child.Id, held, CaseEventTypes.ChildInNeedPlanReviewed, e.Staff.WorkerId, last ? "Child in need plan reviewed: plan to end" : "Child in need plan reviewed: continues");
            if (last)
            {
                endedOn = held;
                break;
            }
        }
        e.Visiting.Add((start, endedOn, VisitPurpose.ChildInNeed, plan.VisitFrequencyWorkingDays));
        if (endedOn is { } end)
        {
            plan.EndDate = end;
            plan.EndReason = plan.Reviews[^1].Decision == ChildInNeedReviewDecision.StepDownToEarlyHelp ? PlanEndReason.SteppedDownToEarlyHelp : PlanEndReason.NoLongerNeeded;
            plan.EndNote = "Ended at the review with the family's agreement.";
            e.OpenPlans--;
            Event(e.Child.Id, end, CaseEventTypes.ChildInNeedPlanEnded, e.Staff.WorkerId, "Child in need plan ended");
        }
        db.ChildInNeedPlans.Add(plan);
    }

    private void AddActions(EpisodeWork e, DateOnly start, IReadOnlyList<(string Need, string Action, string Owner, string Measure)> actions,
        Guid? childProtectionPlanId = null, Guid? childInNeedPlanId = null)
    {
        foreach (var (need, action, owner, measure) in actions)
        {
            var due = start.AddDays(Between(14, 120));
            DateOnly? done = due <= e.Limit && Chance(0.7) ? Later(start, due.AddDays(-Between(0, 10))) : null;
            db.PlanActions.Add(new PlanAction { Id = NewId(), ChildProtectionPlanId = childProtectionPlanId, ChildInNeedPlanId = childInNeedPlanId, Need = need, Action = action, Owner = owner, DueDate = due, MeasureOfSuccess = measure, CompletedOn = done });
            if (done is { } d)
            {
                e.Did(d);
            }
        }
        Event(e.Child.Id, start, CaseEventTypes.PlanActionAdded, e.Staff.WorkerId, $"{actions.Count} plan actions agreed");
    }

    /// <summary>The same day or the working day before, so reviews booked "by the due date" land on a working day.</summary>
    private static DateOnly OnWorkingDayBefore(DateOnly day) => Calendar.IsWorkingDay(day) ? day : Calendar.AddWorkingDays(day, -1);

    private static int AgeOn(Child child, DateOnly on)
    {
        var age = on.Year - child.Dob.Year;
        return on < child.Dob.AddYears(age) ? age - 1 : age;
    }
}
