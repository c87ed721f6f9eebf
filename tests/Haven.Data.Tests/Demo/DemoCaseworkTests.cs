using Haven.Domain.Assessments;
using Haven.Domain.Calendar;
using Haven.Domain.CaseRecording;
using Haven.Domain.Casework;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>A 1,000-child authority: big enough that every kind of case history appears.</summary>
public sealed class DemoCaseworkFixture : IAsyncLifetime
{
    public DemoDatabase Demo { get; private set; } = null!;

    public CaseworkData Data { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Demo = await DemoDatabase.CreateAsync(1000, new Haven.Data.Demo.DemoOptions().Seed);
        await using var db = Demo.CreateContext();
        Data = await CaseworkData.LoadAsync(db, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await Demo.DisposeAsync();
}

/// <summary>Everything the casework generator wrote, read once.</summary>
public sealed record CaseworkData(
    List<Referral> Referrals,
    List<Assessment> Assessments,
    List<StrategyDiscussion> StrategyDiscussions,
    List<Section47Enquiry> Enquiries,
    List<ChildProtectionConference> Conferences,
    List<ChildProtectionPlan> ChildProtectionPlans,
    List<ChildInNeedPlan> ChildInNeedPlans,
    List<PlanAction> Actions,
    List<CaseNote> Notes,
    List<OversightRecord> Oversight,
    List<SharingRecord> Sharing,
    List<ChronologyEntry> Chronology,
    List<PersonFlag> Flags,
    List<CaseEvent> Events,
    List<Haven.Domain.Workforce.Allocation> Allocations)
{
    public static async Task<CaseworkData> LoadAsync(HavenDbContext db, CancellationToken ct) => new(
        await db.Referrals.AsNoTracking().ToListAsync(ct),
        await db.Assessments.AsNoTracking().ToListAsync(ct),
        await db.StrategyDiscussions.AsNoTracking().Include(s => s.Participants).ToListAsync(ct),
        await db.Section47Enquiries.AsNoTracking().ToListAsync(ct),
        await db.ChildProtectionConferences.AsNoTracking().Include(c => c.Attendees).ToListAsync(ct),
        await db.ChildProtectionPlans.AsNoTracking().Include(p => p.CoreGroup).Include(p => p.CoreGroupMeetings).ToListAsync(ct),
        await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews).ToListAsync(ct),
        await db.PlanActions.AsNoTracking().ToListAsync(ct),
        await db.CaseNotes.AsNoTracking().ToListAsync(ct),
        await db.OversightRecords.AsNoTracking().ToListAsync(ct),
        await db.SharingRecords.AsNoTracking().ToListAsync(ct),
        await db.ChronologyEntries.AsNoTracking().ToListAsync(ct),
        await db.PersonFlags.AsNoTracking().ToListAsync(ct),
        await db.CaseEvents.AsNoTracking().ToListAsync(ct),
        await db.Allocations.AsNoTracking().ToListAsync(ct));
}

public sealed class DemoCaseworkTests(DemoCaseworkFixture fixture) : IClassFixture<DemoCaseworkFixture>
{
    private static readonly DateOnly Today = DemoDatabase.Today;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private CaseworkData Data => fixture.Data;

    [Fact]
    public void Every_step_of_the_journey_is_there_for_the_dashboards_to_show()
    {
        Assert.NotEmpty(Data.Assessments);
        Assert.Contains(Data.Assessments, a => a.IsAuthorised);
        Assert.Contains(Data.Assessments, a => !a.IsAuthorised);
        var referralDate = Data.Referrals.ToDictionary(r => r.Id, r => r.ReferralDate);
        var local = LocalTimescales.Default;
        Assert.Contains(Data.Assessments, a => !a.IsAuthorised && AssessmentRules.Status(a, referralDate[a.ReferralId], Today, Calendar, local).State == TimescaleState.Overdue);
        Assert.Contains(Data.Assessments, a => AssessmentRules.Status(a, referralDate[a.ReferralId], Today, Calendar, local).State == TimescaleState.CompletedLate);
        var completed = Data.Assessments.Where(a => a.IsAuthorised).ToList();
        var inTime = completed.Count(a => AssessmentRules.Status(a, referralDate[a.ReferralId], Today, Calendar, local).State == TimescaleState.CompletedInTime);
        Assert.InRange(inTime / (double)completed.Count, 0.7, 0.95);

        Assert.NotEmpty(Data.Enquiries);
        Assert.Contains(Data.Enquiries, e => e.JointWithPolice);
        Assert.Contains(Data.Enquiries, e => !e.JointWithPolice);
        Assert.Contains(Data.StrategyDiscussions, s => s.OnlyPoliceAndSocialCare);
        Assert.Contains(Data.StrategyDiscussions, s => !s.OnlyPoliceAndSocialCare);

        // Initial conferences: in time, late, and re-arranged with the reason kept.
        var strategyOn = Data.StrategyDiscussions.ToDictionary(s => s.Id, s => s.HeldOn);
        var enquiries = Data.Enquiries.ToDictionary(e => e.Id);
        var icpcs = Data.Conferences.Where(c => c.Type == ConferenceType.Initial && c.IsHeld).ToList();
        bool InTime(ChildProtectionConference c) => c.HeldOn <= ChildProtectionRules.InitialConferenceDueOn(strategyOn[enquiries[c.Section47Id!.Value].StrategyDiscussionId!.Value], Calendar);
        Assert.Contains(icpcs, InTime);
        Assert.Contains(icpcs, c => !InTime(c));
        Assert.InRange(icpcs.Count(InTime) / (double)icpcs.Count, 0.6, 0.95);
        Assert.Contains(icpcs, c => c.OriginallyScheduledFor is not null && !string.IsNullOrWhiteSpace(c.RearrangedReason));
        Assert.Contains(Data.Conferences, c => c.Type == ConferenceType.Initial && !c.IsHeld && c.ScheduledFor >= Today);
        Assert.Contains(Data.Conferences, c => c.Type == ConferenceType.Review && c.IsHeld);
        Assert.Contains(Data.Conferences, c => c.Type == ConferenceType.Review && !c.IsHeld);

        // Open plans in every category, plans that ended, repeat plans; CIN plans open and ended.
        var open = Data.ChildProtectionPlans.Where(p => p.IsOpen).ToList();
        foreach (var category in CategoryOfAbuse.Codes.Keys)
        {
            Assert.Contains(open, p => p.LatestCategory == category);
        }
        Assert.InRange(open.Count(p => p.LatestCategory == "NEG") / (double)open.Count, 0.35, 0.6);
        Assert.Contains(Data.ChildProtectionPlans, p => p.EndReason == PlanEndReason.SteppedDownToChildInNeed);
        var repeats = Data.ChildProtectionPlans.Count(p => p.NumberOfPreviousPlans > 0) / (double)Data.ChildProtectionPlans.Count;
        Assert.InRange(repeats, 0.1, 0.3);
        Assert.Contains(Data.ChildInNeedPlans, p => p.IsOpen);
        Assert.Contains(Data.ChildInNeedPlans, p => !p.IsOpen);
        Assert.Contains(Data.ChildInNeedPlans, p => p.IsOpen && ChildInNeedRules.NextReviewDueOn(p, Calendar) < Today);

        // Some children on a plan have not been seen within the plan's visiting frequency: overdue today.
        var seenOn = Data.Notes.Where(n => n.IsVisitWhereChildSeen).ToLookup(n => n.PersonId, n => n.OccurredOn);
        Assert.Contains(open, p => ChildProtectionRules.NextVisitDueOn(p.StartDate, seenOn[p.PersonId], p.VisitFrequencyWorkingDays, Calendar) < Today);
        Assert.Contains(open, p => ChildProtectionRules.NextVisitDueOn(p.StartDate, seenOn[p.PersonId], p.VisitFrequencyWorkingDays, Calendar) >= Today);
        Assert.Contains(Data.Notes, n => n.Type == CaseNoteType.HomeVisit && n.VisitFailed);
        Assert.Contains(Data.Notes, n => n.Type == CaseNoteType.HomeVisit && n.SeenAlone == true);
        Assert.Contains(Data.Notes, n => n.Type == CaseNoteType.PhoneCall);

        // Closed episodes, each with a DfE reason; oversight, supervision, sharing, chronology and the new flags.
        foreach (var reason in new[] { "RC7", "RC8", "RC9" })
        {
            Assert.Contains(Data.Referrals, r => r.ReasonForClosure == reason);
        }
        Assert.Contains(Data.Referrals, r => r.IsOpen);
        Assert.Contains(Data.Oversight, o => o.Kind == OversightKind.ManagementOversight);
        Assert.Contains(Data.Oversight, o => o.Kind == OversightKind.Supervision && o.WorkerUserId is not null);
        var sharedAssessments = Data.Sharing.Where(s => s.ItemKind == SharedItemKind.Assessment).Select(s => s.ItemId).ToHashSet();
        Assert.InRange(completed.Count(a => sharedAssessments.Contains(a.Id)) / (double)completed.Count, 0.6, 0.95);
        Assert.Contains(Data.Chronology, c => c.Category == ChronologyCategory.Missing);
        foreach (var type in new[] { FlagType.DomesticAbuseMarac, FlagType.ChildSexualExploitation, FlagType.YoungCarer })
        {
            Assert.Contains(Data.Flags, f => f.Type == type);
        }
    }

    [Fact]
    public void Every_record_passes_the_domain_rules()
    {
        var referrals = Data.Referrals.ToDictionary(r => r.Id);
        var enquiries = Data.Enquiries.ToDictionary(e => e.Id);
        var plans = Data.ChildProtectionPlans.ToDictionary(p => p.Id);
        var workers = Data.Allocations.ToLookup(a => a.PersonId, a => a.WorkerUserId);

        void InEpisode(Guid referralId, Guid personId, DateOnly on, string what)
        {
            var r = referrals[referralId];
            Assert.Equal(r.PersonId, personId);
            Assert.True(on >= r.ReferralDate && on <= (r.ClosedOn ?? Today), $"{what} on {on} is outside its episode {r.ReferralDate}–{r.ClosedOn}");
        }

        foreach (var a in Data.Assessments)
        {
            var r = referrals[a.ReferralId];
            InEpisode(a.ReferralId, a.PersonId, a.StartDate, "assessment start");
            Assert.Empty(AssessmentRules.ValidateStart(a.StartDate, a.TimescaleWorkingDays, r.ReferralDate, Today).Problems);
            Assert.Equal(r.AllocatedWorkerUserId, a.AllocatedWorkerUserId);
            Assert.Contains(a.AllocatedWorkerUserId, workers[a.PersonId]);
            if (a.IsAuthorised)
            {
                Assert.Empty(AssessmentRules.ValidateAuthorisation(a, a.AuthorisedOn!.Value).Problems);
                InEpisode(a.ReferralId, a.PersonId, a.AuthorisedOn!.Value, "authorisation");
            }
            if (a.Factors.Count > 0)
            {
                Assert.Empty(AssessmentRules.ValidateFactors(a.Factors).Problems);
            }
            if (a.Factors.Contains(AssessmentFactorCodes.NoFactors))
            {
                Assert.Equal(AssessmentOutcome.NoFurtherAction, a.Outcome);
            }
        }

        foreach (var s in Data.StrategyDiscussions)
        {
            InEpisode(s.ReferralId, s.PersonId, s.HeldOn, "strategy discussion");
            Assert.True(Calendar.IsWorkingDay(s.HeldOn));
        }
        foreach (var e in Data.Enquiries)
        {
            InEpisode(e.ReferralId, e.PersonId, e.StartDate, "section 47");
            Assert.True(e.CompletedOn is null || e.CompletedOn >= e.StartDate);
            Assert.Equal(e.CompletedOn is null, e.Outcome is null);
            if (e.Outcome is { } outcome && ChildProtectionRules.NeedsSeniorManagerAgreement(outcome))
            {
                Assert.NotNull(e.SeniorManagerAgreedByUserId);
            }
        }

        foreach (var c in Data.Conferences.Where(c => c.IsHeld))
        {
            var r = referrals[c.ReferralId];
            InEpisode(c.ReferralId, c.PersonId, c.HeldOn!.Value, "conference");
            Assert.Contains(c.Attendees, a => a.Agency == Agencies.Police);
            Assert.Contains(c.Attendees, a => a.Attended);
            if (c.Type == ConferenceType.Initial)
            {
                var enquiry = enquiries[c.Section47Id!.Value];
                Assert.Empty(ChildProtectionRules.ValidateInitialConference(c.HeldOn, enquiry.StartDate, r.ReferralDate, c.Decision, c.Category, Today, Calendar));
                Assert.True(enquiry.CompletedOn <= c.HeldOn, "the enquiry ends by the conference");
            }
            else
            {
                Assert.True(Calendar.IsWorkingDay(c.HeldOn!.Value));
                var errors = new Dictionary<string, string>();
                ChildProtectionRules.ValidateDecision(c.Decision, c.Category, errors);
                Assert.Empty(errors);
            }
        }

        // A plan starts on the day of its initial conference; previous plans are the child's earlier plans.
        var plansByChild = Data.ChildProtectionPlans.ToLookup(p => p.PersonId);
        foreach (var p in Data.ChildProtectionPlans)
        {
            var icpc = Assert.Single(Data.Conferences, c => c.Type == ConferenceType.Initial && c.ChildProtectionPlanId == p.Id);
            Assert.Equal(icpc.HeldOn, p.StartDate);
            Assert.Equal(icpc.Category, p.InitialCategory);
            Assert.Equal(plansByChild[p.PersonId].Count(o => o.StartDate < p.StartDate), p.NumberOfPreviousPlans);
            if (p.EndDate is not null)
            {
                Assert.Null(ChildProtectionRules.ValidatePlanEnd(p.StartDate, p.EndDate, Today));
                Assert.NotNull(p.EndReason);
            }
            Assert.NotEmpty(p.CoreGroup);
            Assert.All(p.CoreGroupMeetings, m => Assert.True(m.HeldOn >= p.StartDate && m.HeldOn <= (p.EndDate ?? Today)));
            Assert.Contains(Data.Actions, a => a.ChildProtectionPlanId == p.Id);
        }
        foreach (var p in Data.ChildInNeedPlans)
        {
            InEpisode(p.ReferralId, p.PersonId, p.StartDate, "CIN plan");
            Assert.True(p.EndDate is null || p.EndDate >= p.StartDate);
            Assert.All(p.Reviews, v => Assert.True(v.HeldOn >= p.StartDate && v.HeldOn <= (p.EndDate ?? Today)));
        }

        // Closures pass the closing rules with what the episode holds, and the reason fits how it ended.
        foreach (var r in Data.Referrals.Where(r => r.ClosedOn is not null))
        {
            var assessments = Data.Assessments.Where(a => a.ReferralId == r.Id).ToList();
            var cp = Data.ChildProtectionPlans.Where(p => p.ReferralId == r.Id).ToList();
            var cin = Data.ChildInNeedPlans.Where(p => p.ReferralId == r.Id).ToList();
            var dates = assessments.Select(a => a.AuthorisedOn ?? a.StartDate)
                .Concat(Data.Enquiries.Where(e => e.ReferralId == r.Id).Select(e => e.CompletedOn ?? e.StartDate))
                .Concat(Data.Conferences.Where(c => c.ReferralId == r.Id && c.HeldOn is not null).Select(c => c.HeldOn!.Value))
                .Concat(cp.Select(p => p.EndDate ?? p.StartDate)).Concat(cin.Select(p => p.EndDate ?? p.StartDate))
                .Concat(cin.SelectMany(p => p.Reviews).Select(v => v.HeldOn))
                .Concat(Data.Notes.Where(n => n.PersonId == r.PersonId && n.OccurredOn >= r.ReferralDate && n.OccurredOn <= r.ClosedOn!.Value.AddDays(60)).Select(n => n.OccurredOn)
                    .Where(d => !Data.Referrals.Any(o => o.PersonId == r.PersonId && o.ReferralDate > r.ReferralDate && o.ReferralDate <= d)))
                .DefaultIfEmpty(r.ReferralDate).Max();
            var open = new EpisodeRules.OpenWork(cp.Count(p => p.IsOpen), cin.Count(p => p.IsOpen),
                Data.Enquiries.Count(e => e.ReferralId == r.Id && e.CompletedOn is null), assessments.Count(a => !a.IsAuthorised), dates);
            Assert.Empty(EpisodeRules.ValidateClosure(r.ClosedOn, r.ReasonForClosure, r.ClosureNote, r.ReferralDate, open, Today).Problems);
            var outcomes = assessments.Select(a => a.Outcome).ToList();
            // "Closed after assessment" (RC8, RC9) needs an assessment and nothing after it (CIN census 8825Q, 2990).
            if (r.ReasonForClosure is "RC8" or "RC9")
            {
                Assert.Contains(r.ReasonForClosure == "RC8" ? AssessmentOutcome.NoFurtherAction : AssessmentOutcome.EarlyHelp, outcomes);
                Assert.Empty(cp);
                Assert.Empty(cin);
                Assert.DoesNotContain(Data.Enquiries, e => e.ReferralId == r.Id);
            }
            else
            {
                Assert.Equal("RC7", r.ReasonForClosure);
            }
            if (assessments is [{ } only] && only.Factors.Contains(AssessmentFactorCodes.NoFactors))
            {
                Assert.Contains(r.ReasonForClosure, new[] { "RC8", "RC9" });
            }
        }

        // One child's episodes never overlap: each closed before the next referral.
        foreach (var child in Data.Referrals.GroupBy(r => r.PersonId))
        {
            var ordered = child.OrderBy(r => r.ReferralDate).ToList();
            for (var i = 0; i + 1 < ordered.Count; i++)
            {
                Assert.NotNull(ordered[i].ClosedOn);
                Assert.True(ordered[i].ClosedOn <= ordered[i + 1].ReferralDate, $"episode {ordered[i].Id} is still open at the next referral");
            }
        }

        // Nothing in the future, and every change has its event.
        Assert.All(Data.Notes, n => Assert.True(n.OccurredOn <= Today && n.RecordedAtUtc <= DemoDatabase.NowUtc && n.RecordedAtUtc >= n.OccurredOn.ToDateTime(TimeOnly.MinValue).AddDays(-1)));
        Assert.All(Data.Oversight, o => Assert.True(o.RecordedOn <= Today));
        Assert.All(Data.Events, e => Assert.True(e.OccurredAtUtc <= DemoDatabase.NowUtc));
        var types = Data.Events.Select(e => e.Type).ToHashSet();
        foreach (var type in new[]
        {
            CaseEventTypes.AssessmentStarted, CaseEventTypes.AssessmentAuthorised, CaseEventTypes.StrategyDiscussionRecorded, CaseEventTypes.Section47Started,
            CaseEventTypes.ConferenceHeld, CaseEventTypes.ChildProtectionPlanStarted, CaseEventTypes.ChildProtectionPlanEnded, CaseEventTypes.CoreGroupHeld,
            CaseEventTypes.ChildInNeedPlanStarted, CaseEventTypes.ChildInNeedPlanReviewed, CaseEventTypes.CaseClosed, CaseEventTypes.CaseNoteAdded,
            CaseEventTypes.OversightRecorded, CaseEventTypes.SharedWithFamily, CaseEventTypes.FlagAdded, CaseEventTypes.ConferenceRearranged,
        })
        {
            Assert.Contains(type, types);
        }
        var started = Data.Events.Where(e => e.Type == CaseEventTypes.AssessmentStarted).ToLookup(e => e.PersonId);
        Assert.All(Data.Assessments, a => Assert.NotEmpty(started[a.PersonId]));
    }

    [Fact]
    public void Open_work_is_allocated_to_the_childs_current_worker()
    {
        var current = Data.Allocations.Where(a => a.IsCurrent(Today)).ToLookup(a => a.PersonId);
        Assert.All(Data.Allocations.GroupBy(a => a.PersonId), g => Assert.True(g.Count(a => a.IsCurrent(Today)) <= 1));
        foreach (var r in Data.Referrals.Where(r => r.IsOpen && r.AllocatedWorkerUserId is not null))
        {
            Assert.Equal(r.AllocatedWorkerUserId, Assert.Single(current[r.PersonId]).WorkerUserId);
        }
        Assert.Contains(Data.Referrals, r => r.IsOpen && r.AllocatedWorkerUserId is not null);

        // Recent referrals for children nobody holds wait for allocation, with nothing started yet.
        var waiting = Data.Referrals.Where(r => r.AllocatedWorkerUserId is null).ToList();
        Assert.NotEmpty(waiting);
        Assert.All(waiting, r =>
        {
            Assert.True(r.IsOpen);
            Assert.True(r.ReferralDate >= Today.AddDays(-14));
            Assert.DoesNotContain(Data.Assessments, a => a.ReferralId == r.Id);
        });
    }
}
