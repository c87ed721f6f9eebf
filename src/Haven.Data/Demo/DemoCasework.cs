using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the casework generator made, for the progress line and the tests.</summary>
internal sealed record DemoCaseworkResult(int Episodes, int Assessments, int Section47s, int ChildProtectionPlans, int ChildInNeedPlans, int CaseNotes);

/// <summary>
/// Case histories along the statutory journey for the demo authority. Every referral the front door made
/// goes somewhere at national rates (assessment, strategy discussion, section 47, conference, child protection
/// or child in need plan, closure). Children allocated today to the assessment, child protection or disabled
/// children's teams get the open episode their allocation implies, because a year of front-door referrals is far
/// too few to fill those caseloads; many unallocated children had a short episode that closed, and some children
/// have an earlier episode with a plan, so repeat plans are real.
/// Deterministic from the seed; dates never pass <c>today</c>, instants never pass <c>nowUtc</c>.
/// </summary>
internal sealed partial class DemoCasework(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    private const int ChildrenPerBatch = 250;
    private const string Generator = "Demo data generator";

    private static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly LocalTimescales Local = LocalTimescales.Default;

    private readonly Random _r = new(unchecked((seed * 53) + 11));

    private sealed record Child(Guid Id, string FirstName, Sex Sex, DateOnly Dob, DateOnly Created);

    private sealed record TeamRow(Guid Id, string Name, string Service, string ManagerId);

    /// <summary>Who does the work on one episode: the worker, their team and its manager.</summary>
    private sealed record Staff(string WorkerId, string WorkerName, TeamRow Team, string ManagerName);

    private readonly Dictionary<Guid, TeamRow> _teams = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _workersByTeam = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _contactSequence = [];
    private List<string> _chairs = [];
    private string _seniorManagerId = "";
    private int _episodes;
    private int _assessments;
    private int _section47s;
    private int _cpPlans;
    private int _cinPlans;
    private int _notes;

    public async Task<DemoCaseworkResult> GenerateAsync(CancellationToken ct)
    {
        var children = await db.People.AsNoTracking()
            .Where(p => p.Kind == PersonKind.Child && p.DateOfBirth != null && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.LaPersonId, p.FirstName, p.Sex, p.DateOfBirth, p.CreatedAtUtc })
            .ToListAsync(ct);
        // Every list that feeds a draw is put in one order here (strings ordinally, not by the database's collation), so
        // the same seed draws the same way on SQLite and PostgreSQL.
        children = [.. children.OrderBy(p => p.LaPersonId, StringComparer.Ordinal)];
        if (children.Count == 0)
        {
            return new DemoCaseworkResult(0, 0, 0, 0, 0, 0);
        }
        await LoadStaffAsync(ct);
        var allocations = (await db.Allocations.AsNoTracking().OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToListAsync(ct)).ToLookup(a => a.PersonId);
        var outcomes = await db.ScreeningDecisions.AsNoTracking().ToDictionaryAsync(d => d.ContactId, d => d.Outcome, ct);
        var referrals = (await db.Referrals.AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.ReferralDate).ThenBy(r => r.Id).ToLookup(r => r.PersonId);
        foreach (var reference in await db.Contacts.AsNoTracking().Select(c => c.Reference).ToListAsync(ct))
        {
            // References look like C-2026-000123: new contacts carry on from the highest number in each year.
            var year = reference[2..6];
            var number = int.Parse(reference[7..], CultureInfo.InvariantCulture);
            _contactSequence[year] = Math.Max(_contactSequence.GetValueOrDefault(year), number);
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var pending = 0;
            foreach (var row in children)
            {
                var child = new Child(row.Id, row.FirstName, row.Sex, row.DateOfBirth!.Value, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(row.CreatedAtUtc, Uk)));
                var childAllocations = allocations[child.Id].ToList();
                if (PlanChild(child, referrals[child.Id].ToList(), childAllocations, outcomes))
                {
                    pending++;
                }
                if (pending >= ChildrenPerBatch)
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    pending = 0;
                }
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        return new DemoCaseworkResult(_episodes, _assessments, _section47s, _cpPlans, _cinPlans, _notes);
    }

    private async Task LoadStaffAsync(CancellationToken ct)
    {
        foreach (var t in (await db.Teams.AsNoTracking().ToListAsync(ct)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            _teams[t.Id] = new TeamRow(t.Id, t.Name, t.Service ?? "", t.ManagerUserId ?? "");
        }
        var users = (await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email, u.DisplayName, u.TeamId }).ToListAsync(ct))
            .OrderBy(u => u.Email, StringComparer.Ordinal).ToList();
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync(ct)).ToLookup(ur => ur.UserId, ur => roles[ur.RoleId]);
        foreach (var u in users)
        {
            _names[u.Id] = u.DisplayName;
            if (u.TeamId is { } teamId && userRoles[u.Id].Contains(nameof(Role.SocialWorker)))
            {
                var key = teamId.ToString();
                (_workersByTeam.TryGetValue(key, out var list) ? list : _workersByTeam[key] = []).Add(u.Id);
            }
        }
        _chairs = users.Where(u => userRoles[u.Id].Contains(nameof(Role.IndependentReviewingOfficer))).Select(u => u.DisplayName).ToList();
        if (_chairs.Count == 0)
        {
            _chairs = ["Independent chair"];
        }
        _seniorManagerId = users.Where(u => userRoles[u.Id].Contains(nameof(Role.ServiceManager))).Select(u => u.Id).FirstOrDefault() ?? "system";
    }

    /// <summary>
    /// Lays out one child's episodes in date order and runs each: the front door's referrals; else the open
    /// episode the child's allocation implies; else, for a child nobody holds, a new referral waiting for
    /// allocation or a short episode that closed. Some get an earlier episode first (a plan, for repeat plans, or
    /// an assessment or enquiry that closed). True when anything was written.
    /// </summary>
    private bool PlanChild(Child child, List<Referral> frontDoor, List<Allocation> allocations, Dictionary<Guid, ScreeningOutcome> outcomes)
    {
        var current = allocations.FirstOrDefault(a => a.IsCurrent(today));
        var episodes = new List<(Referral Referral, Path Path, bool Stock, bool Fresh, DateOnly? EndBy)>();
        if (frontDoor.Count > 0)
        {
            for (var i = 0; i < frontDoor.Count; i++)
            {
                var referral = frontDoor[i];
                var path = NaturalPath(referral.ContactId is { } contactId ? outcomes.GetValueOrDefault(contactId) : ScreeningOutcome.ReferralForAssessment);
                if (i + 1 < frontDoor.Count)
                {
                    // A second referral while this one was open would have joined it: this one ended first.
                    var gap = frontDoor[i + 1].ReferralDate.DayNumber - referral.ReferralDate.DayNumber;
                    path = gap < 75 ? Path.ReferralNfa : gap < 200 ? Path.Assessment : path is Path.ChildProtectionPlan ? Path.AssessmentCin : path;
                }
                episodes.Add((referral, path, false, false, null));
            }
        }
        else if (current is not null && _teams.TryGetValue(current.TeamId, out var team) && StockPath(team.Service) is { } stock)
        {
            var (path, referralDate) = stock;
            if (referralDate < child.Created || referralDate < child.Dob)
            {
                return false;
            }
            episodes.Add((NewReferral(child, referralDate, path), path, true, true, null));
        }
        else if (current is null && Chance(0.015))
        {
            episodes.Add((NewReferral(child, WorkingDays(today, -Between(1, 6)), Path.Assessment), Path.Assessment, false, true, null));
        }
        else if (current is null || (_teams.TryGetValue(current.TeamId, out var frontDoorTeam) && frontDoorTeam.Service == "Front door"))
        {
            // A closed episode from the last two years. The open caseloads above are mostly plans, which last;
            // these short episodes (enquiries that found no need for a conference, assessments ending in no
            // further action or early help) bring the authority's conversion rates back to national ones.
            var path = Weighted([(Path.EnquiryNoConference, 0.3), (Path.Assessment, 0.6), (Path.StrategyNoEnquiry, 0.03), (Path.ReferralNfa, 0.07)]);
            var referralDate = OnWorkingDay(today.AddDays(-Between(60, 720)));
            if (referralDate < child.Created || referralDate < child.Dob || referralDate >= today)
            {
                return false;
            }
            var endBy = Earlier(referralDate.AddDays(Between(200, 400)), today);
            episodes.Add((NewReferral(child, referralDate, path), path, false, true, endBy));
        }
        else
        {
            return false;
        }

        // About a fifth of child protection plans are second or later plans: an earlier episode with a plan.
        // Other children came back after an earlier assessment or enquiry that closed (re-referrals).
        var first = episodes[0];
        var previousPlans = 0;
        (Path Path, int Days)? earlier = first.Path == Path.ChildProtectionPlan && Chance(0.45)
            // Far enough back for a whole earlier episode (plan, step-down, closure) to fit before this one.
            ? (Path.ChildProtectionPlan, Between(620, 1000))
            : first.EndBy is null && Chance(0.35) ? (Chance(0.3) ? Path.EnquiryNoConference : Path.Assessment, Between(200, 700)) : null;
        if (earlier is { } e)
        {
            var earlierOn = OnWorkingDay(first.Referral.ReferralDate.AddDays(-e.Days));
            if (earlierOn >= child.Created && earlierOn >= child.Dob && earlierOn.Year > Calendar.FirstYear)
            {
                episodes.Insert(0, (NewReferral(child, earlierOn, e.Path), e.Path, false, true, null));
            }
        }

        var earlierDates = new List<DateOnly>();
        for (var i = 0; i < episodes.Count; i++)
        {
            var (referral, path, stock, fresh, endBy) = episodes[i];
            var reReferral = FrontDoorRules.IsReReferral(referral.ReferralDate, earlierDates);
            earlierDates.Add(referral.ReferralDate);
            var changed = referral.IsReReferral != reReferral;
            referral.IsReReferral = reReferral;
            var endBefore = i + 1 < episodes.Count ? episodes[i + 1].Referral.ReferralDate : endBy;
            if (endBefore is null && current is null && referral.ReferralDate >= WorkingDays(today, -8))
            {
                // A new referral for a child nobody holds waits in the assessment team's queue for allocation.
                Event(child.Id, referral.ReferralDate, CaseEventTypes.ReferralCreated, null, $"Referral to children's social care ({FrontDoorCodes.PrimaryNeedLabel(referral.PrimaryNeedCode)})");
                if (fresh)
                {
                    db.Referrals.Add(referral);
                }
                else if (changed)
                {
                    db.Referrals.Update(referral);
                }
                continue;
            }
            var staff = StaffFor(child, referral, allocations, current, latest: endBefore is null);
            var plans = RunEpisode(child, referral, path, staff, endBefore, stock, previousPlans);
            previousPlans += plans;
            if (fresh)
            {
                db.Referrals.Add(referral);
            }
            else if (changed || referral.AllocatedWorkerUserId is not null || referral.ClosedOn is not null)
            {
                db.Referrals.Update(referral);
            }
        }
        return true;
    }

    /// <summary>
    /// The child's current worker (for an earlier episode, the worker allocated when its referral came in), else
    /// someone in an assessment team, who is then allocated for the episode so the allocation history stays true.
    /// </summary>
    private Staff StaffFor(Child child, Referral referral, List<Allocation> allocations, Allocation? current, bool latest)
    {
        _episodeAllocation = null;
        // Open work belongs to the current worker; an earlier episode to whoever was allocated at the time.
        var covering = latest ? current
            : allocations.FirstOrDefault(a => a.StartDate <= referral.ReferralDate && a.EndDate >= referral.ReferralDate) ?? current;
        string workerId;
        TeamRow team;
        if (covering is not null && _teams.TryGetValue(covering.TeamId, out var found))
        {
            workerId = covering.WorkerUserId;
            team = found;
        }
        else
        {
            var assessmentTeams = _teams.Values.Where(t => t.Service == "Assessment" && _workersByTeam.ContainsKey(t.Id.ToString())).ToList();
            team = assessmentTeams.Count > 0 ? Pick(assessmentTeams) : _teams.Values.First(t => _workersByTeam.ContainsKey(t.Id.ToString()));
            workerId = Pick(_workersByTeam[team.Id.ToString()]);
            var start = Earlier(Calendar.AddWorkingDays(referral.ReferralDate, Between(0, 2)), today);
            var allocation = new Allocation { Id = NewId(), PersonId = child.Id, WorkerUserId = workerId, TeamId = team.Id, StartDate = start };
            // An episode that closes ends this allocation on the day it closes (RunEpisode sets the end date).
            _episodeAllocation = allocation;
            db.Allocations.Add(allocation);
            allocations.Add(allocation);
            Event(child.Id, start, CaseEventTypes.WorkerAllocated, team.ManagerId, $"Allocated to {_names.GetValueOrDefault(workerId)} ({team.Name})",
                [new FieldChange("Allocated worker", null, _names.GetValueOrDefault(workerId)), new FieldChange("Team", null, team.Name)]);
        }
        referral.AllocatedTeamId = team.Id;
        referral.AllocatedWorkerUserId = workerId;
        referral.AllocatedOn = Earlier(Calendar.AddWorkingDays(referral.ReferralDate, Between(0, 2)), today);
        return new Staff(workerId, _names.GetValueOrDefault(workerId, "Social worker"), team, _names.GetValueOrDefault(team.ManagerId, "Team manager"));
    }

    /// <summary>The allocation made for the episode being run, when the child had none that fitted.</summary>
    private Allocation? _episodeAllocation;

    /// <summary>
    /// A referral the front door's year did not make: its contact and decision come with it, so every referral
    /// still comes from a decision to refer and the front door's lists stay whole.
    /// </summary>
    private Referral NewReferral(Child child, DateOnly on, Path path)
    {
        var strategy = path is Path.ChildProtectionPlan or Path.EnquiryNoConference;
        var source = strategy ? Pick(["6", "6", "2A", "3E", "3A"]) : Pick(["6", "2A", "2A", "3B", "1A", "5A", "8"]);
        var year = on.Year.ToString(CultureInfo.InvariantCulture);
        _contactSequence[year] = _contactSequence.GetValueOrDefault(year) + 1;
        var receivedUtc = At(on, 9);
        var contact = new Contact
        {
            Id = NewId(),
            ContactGroupId = NewId(),
            Reference = string.Create(CultureInfo.InvariantCulture, $"C-{year}-{_contactSequence[year]:D6}"),
            PersonId = child.Id,
            ReceivedAtUtc = receivedUtc,
            Route = source == "6" ? ContactRoute.PoliceNotification : ContactRoute.Phone,
            Kind = ContactKind.Referral,
            SourceCode = source,
            ReferrerName = source == "6" ? "PC Hughes" : "Ms Okafor",
            ReferrerOrganisation = source == "6" ? "Havenshire Police" : "Havenshire Council",
            ReferrerEmail = source == "6" ? "referrals3@police.example.com" : "referrals7@agency.example.com",
            Concern = strategy ? "Child disclosed being hurt at home; a mark was seen." : "Concerns about the care the children receive at home.",
            Consent = source == "6" ? ConsentToShare.NotRequired : ConsentToShare.Given,
            ConsentBasis = source == "6" ? "Police notification of an incident where children were present" : null,
            ParentsAware = source == "6" ? YesNoNotKnown.NotKnown : YesNoNotKnown.Yes,
            RecordedByUserId = "system",
        };
        var decidedUtc = At(on, 15);
        db.Contacts.Add(contact);
        db.ScreeningDecisions.Add(new ScreeningDecision
        {
            Id = NewId(),
            ContactId = contact.Id,
            Outcome = strategy ? ScreeningOutcome.StrategyDiscussion : ScreeningOutcome.ReferralForAssessment,
            Threshold = strategy ? ThresholdLevel.Safeguarding : ThresholdLevel.ChildInNeed,
            Rationale = "Considered the concern, the family's history on Haven and the child's views; decision in line with the threshold document.",
            DecidedByUserId = "system",
            DecidedByName = Generator,
            DecidedAtUtc = decidedUtc,
        });
        var method = FrontDoorRules.FeedbackMethodFor(contact);
        db.ReferrerFeedback.Add(new ReferrerFeedback
        {
            Id = NewId(),
            ContactId = contact.Id,
            Method = method,
            Status = method == FeedbackMethod.NotPossible ? FeedbackStatus.NotRequired : FeedbackStatus.Sent,
            DueAtUtc = TimeZoneInfo.ConvertTimeToUtc(FrontDoorRules.FeedbackDueAt(TimeZoneInfo.ConvertTimeFromUtc(decidedUtc, Uk), Calendar), Uk),
            SentAtUtc = method == FeedbackMethod.NotPossible ? null : decidedUtc.AddHours(2) < nowUtc ? decidedUtc.AddHours(2) : nowUtc,
            SentByUserId = method == FeedbackMethod.NotPossible ? null : "system",
        });
        Event(child.Id, on, CaseEventTypes.ContactRecorded, null, $"Contact {contact.Reference} from {FrontDoorCodes.ReferralSourceLabel(source).ToLowerInvariant()}");
        Event(child.Id, on, CaseEventTypes.ScreeningDecided, null, $"Decision on contact {contact.Reference}: {FrontDoorText.Outcome(strategy ? ScreeningOutcome.StrategyDiscussion : ScreeningOutcome.ReferralForAssessment).ToLowerInvariant()}");
        return new Referral
        {
            Id = NewId(),
            PersonId = child.Id,
            ContactId = contact.Id,
            ReferralDate = on,
            SourceCode = source,
            PrimaryNeedCode = strategy ? "N1" : Pick(["N1", "N2", "N3", "N4", "N5", "N6", "N8"]),
        };
    }

    // ----- Helpers -------------------------------------------------------------------------------------------

    private void Event(Guid personId, DateOnly on, string type, string? actorId, string summary, List<FieldChange>? changes = null) =>
        db.CaseEvents.Add(new CaseEvent
        {
            PersonId = personId,
            Type = type,
            OccurredAtUtc = At(on, _r.Next(9, 17)),
            ActorUserId = actorId ?? "system",
            ActorName = actorId is null ? Generator : _names.GetValueOrDefault(actorId, Generator),
            Summary = summary,
            Changes = changes ?? [],
        });

    /// <summary>An instant on the given UK day at the given hour, never after now.</summary>
    private DateTime At(DateOnly day, int hour)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, _r.Next(0, 60))), Uk);
        return utc <= nowUtc ? utc : nowUtc.AddMinutes(-_r.Next(1, 30));
    }

    /// <summary>The same day if it is a working day, else the next working day.</summary>
    private static DateOnly OnWorkingDay(DateOnly day) => Calendar.IsWorkingDay(day) ? day : Calendar.AddWorkingDays(day, 1);

    private static DateOnly WorkingDays(DateOnly from, int n) => Calendar.AddWorkingDays(from, n);

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private bool Chance(double p) => _r.NextDouble() < p;

    private int Between(int min, int maxInclusive) => _r.Next(min, maxInclusive + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    private T Weighted<T>(IReadOnlyList<(T Value, double Weight)> items) => _r.Weighted(items);

    private Guid NewId() => _r.NextGuid();
}
