using System.Globalization;
using Haven.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>
/// A year of front-door work for the demo authority: contacts from police, schools, health and families,
/// screened by the team managers mostly within a working day, some referrals (and re-referrals), feedback to
/// referrers mostly sent in time, and a few contacts from today and yesterday still awaiting a decision,
/// so the dashboard shows what a real Monday looks like. Deterministic from the seed.
/// </summary>
internal sealed class DemoFrontDoor(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    private static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private readonly Random _r = new(unchecked(seed * 31 + 7));

    private static readonly (string Code, double Weight)[] Sources =
        [("6", 30), ("2A", 18), ("3A", 5), ("3B", 4), ("3E", 4), ("3D", 3), ("1A", 8), ("1C", 1), ("1B", 2), ("5A", 4), ("5D", 5), ("4", 3), ("7", 3), ("8", 5), ("9", 3), ("10", 2)];

    private static readonly (ScreeningOutcome Outcome, double Weight)[] Outcomes =
        [(ScreeningOutcome.NoFurtherAction, 24), (ScreeningOutcome.InformationAndAdvice, 20), (ScreeningOutcome.Signpost, 10),
         (ScreeningOutcome.EarlyHelp, 21), (ScreeningOutcome.ReferralForAssessment, 20), (ScreeningOutcome.StrategyDiscussion, 5)];

    private static readonly string[] Concerns =
    [
        "Police attended a domestic abuse incident at the home; the children were present and upset.",
        "Child arrived at school hungry and in the same clothes for several days.",
        "Health visitor concerned about the baby's weight and missed appointments.",
        "Neighbour reports shouting late at night and children left alone in the evenings.",
        "Young person disclosed to a teacher that she is scared to go home.",
        "Parent asked for help managing their child's behaviour after an exclusion.",
        "A&E attendance with an injury whose explanation did not fit.",
        "Mother's mental health has deteriorated and she is struggling to care for the children.",
        "Young person missing overnight and found with older males.",
        "Family about to be evicted and living in one room.",
    ];

    public async Task<int> GenerateAsync(CancellationToken ct)
    {
        var children = await db.People.AsNoTracking()
            .Where(p => p.Kind == PersonKind.Child && p.DateOfBirth != null && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.LaPersonId, Born = p.DateOfBirth!.Value }).ToListAsync(ct);
        children = [.. children.OrderBy(p => p.LaPersonId, StringComparer.Ordinal)];
        var managerRole = await db.Roles.Where(r => r.Name == Roles.TeamManager).Select(r => r.Id).SingleAsync(ct);
        // Ordered here, ordinally: a PostgreSQL database's collation may sort emails differently from SQLite's.
        var managers = (await db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == managerRole))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct)).OrderBy(u => u.Email, StringComparer.Ordinal).ToList();
        if (children.Count == 0 || managers.Count == 0)
        {
            return 0;
        }

        // About a quarter of children had contact with the front door in the year; a few more than once.
        var plans = new List<(Guid ChildId, bool Waiting, DateTime ReceivedUtc)>();
        foreach (var child in children)
        {
            if (_r.NextDouble() > 0.25)
            {
                continue;
            }
            var count = _r.NextDouble() < 0.15 ? 2 : 1;
            // Received after the child was born: a contact before birth belongs to the unborn child's record, and one
            // more than 40 weeks before birth breaks CIN census rule 8606. A second contact comes weeks after the first,
            // so the first episode can close before the second referral (rules 8630 and 8820).
            var sinceBirth = today.DayNumber - child.Born.DayNumber;
            var daysAgo = _r.Next(0, 365);
            if (daysAgo > sinceBirth)
            {
                daysAgo = _r.Next(0, Math.Max(0, sinceBirth) + 1);
            }
            for (var i = 0; i < count && daysAgo >= 0; i++)
            {
                plans.Add((child.Id, false, ReceivedAt(daysAgo)));
                daysAgo -= _r.Next(21, 150);
            }
        }
        // Today's queue: a few contacts from the last few days still waiting for a decision, some overdue.
        for (var i = 0; i < 3 + (children.Count / 400); i++)
        {
            plans.Add((children[_r.Next(children.Count)].Id, true, ReceivedAt(_r.Next(0, 5))));
        }
        plans.Sort((a, b) => a.ReceivedUtc.CompareTo(b.ReceivedUtc));

        var referralDates = new Dictionary<Guid, List<DateOnly>>();
        var sequence = new Dictionary<int, int>();
        var written = 0;
        foreach (var (childId, waiting, receivedUtc) in plans)
        {
            // Write in batches so a 100,000-child authority does not hold a year of contacts in memory.
            if (written > 0 && written % 2000 == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            var local = TimeZoneInfo.ConvertTimeFromUtc(receivedUtc, Uk);
            sequence[local.Year] = sequence.GetValueOrDefault(local.Year) + 1;
            var source = Weighted(Sources);
            var anonymous = source is "9" or "10";
            var contact = new Contact
            {
                Id = NewId(),
                ContactGroupId = NewId(),
                Reference = string.Create(CultureInfo.InvariantCulture, $"C-{local.Year}-{sequence[local.Year]:D6}"),
                PersonId = childId,
                ReceivedAtUtc = receivedUtc,
                Route = source == "6" ? ContactRoute.PoliceNotification : (ContactRoute)_r.Next(0, 3),
                Kind = _r.NextDouble() < 0.6 ? ContactKind.Contact : _r.NextDouble() < 0.5 ? ContactKind.Referral : ContactKind.Consultation,
                SourceCode = source,
                ReferrerName = anonymous ? null : ReferrerName(source),
                ReferrerOrganisation = anonymous ? null : Organisation(source),
                ReferrerEmail = anonymous || source.StartsWith('1') ? null : $"referrals{_r.Next(1, 40)}@{Domain(source)}.example.com",
                ReferrerAddress = source.StartsWith('1') && !anonymous ? $"{_r.Next(1, 120)} Station Road, Northbridge, HV1 {_r.Next(1, 9)}AB" : null,
                Concern = Concerns[_r.Next(Concerns.Length)],
                ChildsViews = _r.NextDouble() < 0.4 ? "Said they wanted things at home to be calmer." : null,
                Consent = source == "6" ? ConsentToShare.NotRequired : ConsentToShare.Given,
                ConsentBasis = source == "6" ? "Police notification of an incident where children were present" : null,
                ParentsAware = source == "6" ? YesNoNotKnown.NotKnown : YesNoNotKnown.Yes,
                RecordedByUserId = "system",
            };
            db.Contacts.Add(contact);
            Event(childId, receivedUtc, CaseEventTypes.ContactRecorded, "Demo data generator",
                $"Contact {contact.Reference} from {FrontDoorCodes.ReferralSourceLabel(source).ToLowerInvariant()}", null);

            var receivedOn = DateOnly.FromDateTime(local);
            var due = FrontDoorRules.DecisionDueOn(receivedOn, Calendar);
            // Most decisions are made on time; a few slip a day or two; the most recent wait in the queue.
            var decidedOn = _r.NextDouble() < 0.9 ? (_r.NextDouble() < 0.5 ? receivedOn : due) : Calendar.AddWorkingDays(due, _r.Next(1, 3));
            if (waiting || decidedOn >= today)
            {
                written++;
                continue;
            }
            var manager = managers[_r.Next(managers.Count)];
            var outcome = Weighted(Outcomes);
            var decidedLocal = decidedOn.ToDateTime(new TimeOnly(_r.Next(9, 17), _r.Next(0, 60)));
            var decidedUtc = TimeZoneInfo.ConvertTimeToUtc(decidedLocal < local ? local.AddHours(1) : decidedLocal, Uk);
            db.ScreeningDecisions.Add(new ScreeningDecision
            {
                Id = NewId(),
                ContactId = contact.Id,
                Outcome = outcome,
                Threshold = outcome switch
                {
                    ScreeningOutcome.NoFurtherAction or ScreeningOutcome.InformationAndAdvice => ThresholdLevel.Universal,
                    ScreeningOutcome.Signpost or ScreeningOutcome.EarlyHelp => ThresholdLevel.EarlyHelp,
                    ScreeningOutcome.ReferralForAssessment => ThresholdLevel.ChildInNeed,
                    _ => ThresholdLevel.Safeguarding,
                },
                Rationale = "Considered the concern, the family's history on Haven and the child's views; decision in line with the threshold document.",
                LeadProfessional = outcome == ScreeningOutcome.EarlyHelp ? "Family support worker" : null,
                LeadAgency = outcome == ScreeningOutcome.EarlyHelp ? "Havenshire Early Help" : null,
                DecidedByUserId = manager.Id,
                DecidedByName = manager.DisplayName,
                DecidedAtUtc = decidedUtc,
            });
            Event(childId, decidedUtc, CaseEventTypes.ScreeningDecided, manager.DisplayName,
                $"Decision on contact {contact.Reference}: {FrontDoorText.Outcome(outcome).ToLowerInvariant()}", manager.Id);

            var feedbackDueUtc = TimeZoneInfo.ConvertTimeToUtc(FrontDoorRules.FeedbackDueAt(TimeZoneInfo.ConvertTimeFromUtc(decidedUtc, Uk), Calendar), Uk);
            var method = FrontDoorRules.FeedbackMethodFor(contact);
            var roll = _r.NextDouble();
            DateTime? sentUtc = method == FeedbackMethod.NotPossible ? null
                : roll < 0.85 ? decidedUtc.AddHours(_r.Next(1, 30))
                : roll < 0.95 ? feedbackDueUtc.AddHours(_r.Next(2, 72))
                : null;
            if (sentUtc > nowUtc)
            {
                sentUtc = null;
            }
            db.ReferrerFeedback.Add(new ReferrerFeedback
            {
                Id = NewId(),
                ContactId = contact.Id,
                Method = method,
                Status = method == FeedbackMethod.NotPossible ? FeedbackStatus.NotRequired : sentUtc is null ? FeedbackStatus.NotSent : FeedbackStatus.Sent,
                DueAtUtc = feedbackDueUtc,
                SentAtUtc = sentUtc,
                SentByUserId = sentUtc is null ? null : manager.Id,
            });

            if (outcome == ScreeningOutcome.EarlyHelp)
            {
                AddEarlyHelp(childId, contact.Id, decidedOn);
            }
            if (FrontDoorRules.IsReferralToSocialCare(outcome))
            {
                var earlier = referralDates.TryGetValue(childId, out var list) ? list : referralDates[childId] = [];
                db.Referrals.Add(new Referral
                {
                    Id = NewId(),
                    PersonId = childId,
                    ContactId = contact.Id,
                    ReferralDate = receivedOn,
                    SourceCode = source,
                    PrimaryNeedCode = outcome == ScreeningOutcome.StrategyDiscussion ? "N1" : Pick(["N1", "N1", "N2", "N3", "N4", "N4", "N5", "N6", "N8"]),
                    IsReReferral = FrontDoorRules.IsReReferral(receivedOn, earlier),
                });
                earlier.Add(receivedOn);
            }
            written++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return written;
    }

    /// <summary>
    /// Early help after an early-help decision: a lead professional (sometimes changed), a small team around
    /// the family, an assessment with the child's voice, a plan, reviews every six weeks, and for older
    /// episodes a closure, mostly with needs met.
    /// </summary>
    private void AddEarlyHelp(Guid childId, Guid contactId, DateOnly decidedOn)
    {
        var start = decidedOn.AddDays(_r.Next(1, 8));
        if (start >= today)
        {
            return;
        }
        var leads = new[] { ("Family support worker", "Havenshire Early Help"), ("Designated safeguarding lead", "Eastmoor Primary School"), ("Health visitor", "Havenshire Community Health"), ("Youth worker", "Havenshire Youth Service") };
        var (lead, agency) = leads[_r.Next(leads.Length)];
        var episode = new EarlyHelpEpisode
        {
            Id = NewId(), PersonId = childId, ContactId = contactId, StartDate = start, StartedBy = EarlyHelpStart.FrontDoorDecision,
            LeadProfessional = lead, LeadAgency = agency,
        };
        Event(childId, At(start), CaseEventTypes.EarlyHelpStarted, "Demo data generator", $"Early help started with {lead} ({agency})", null);
        episode.Team.Add(new TeamAroundFamilyMember { Id = NewId(), EpisodeId = episode.Id, Name = "Ms Dana Holt", Agency = "Havenshire Community Health", Role = "School nurse" });
        episode.Team.Add(new TeamAroundFamilyMember { Id = NewId(), EpisodeId = episode.Id, Name = "Mr Idris Vance", Agency = "Havenshire Housing Options", Role = "Housing officer" });
        var age = today.DayNumber - start.DayNumber;
        if (age > 14)
        {
            episode.Assessments.Add(new EarlyHelpAssessment
            {
                Id = NewId(), EpisodeId = episode.Id, CompletedOn = start.AddDays(14),
                ChildsVoice = "Said home is noisy and they worry about mum; likes football club and wants to keep going.",
                ParentsViews = "Mum wants help with routines and money worries.",
                Strengths = "Warm relationship with mum; good school attendance; grandparents nearby.",
                Needs = "Stable routines, help with debt, support for the child's worries.",
            });
            foreach (var (action, owner, days) in new[] { ("Referral to debt advice", "Family support worker", 21), ("Bedtime routine plan agreed with mum", "Family support worker", 28), ("Worry group at school", "School nurse", 42) })
            {
                var due = start.AddDays(days);
                episode.Actions.Add(new EarlyHelpAction { Id = NewId(), EpisodeId = episode.Id, Action = action, Owner = owner, DueDate = due, AddedOn = start, CompletedOn = due < today && _r.NextDouble() < 0.8 ? due.AddDays(-_r.Next(0, 5)) : null });
            }
        }
        for (var review = start.AddDays(42); review < today && review < start.AddDays(200); review = review.AddDays(42))
        {
            episode.Reviews.Add(new EarlyHelpReview { Id = NewId(), EpisodeId = episode.Id, ReviewDate = review, Progress = "Actions mostly done; routines better.", ChildsViews = "Feels things are calmer at home.", NextReviewDate = review.AddDays(42) });
        }
        if (_r.NextDouble() < 0.15 && age > 30)
        {
            var changedOn = start.AddDays(_r.Next(10, Math.Min(age, 120)));
            episode.LeadChanges.Add(new EarlyHelpLeadChange { Id = NewId(), EpisodeId = episode.Id, ChangedOn = changedOn, FromLead = $"{lead} ({agency})", ToLead = "Family support worker (Havenshire Early Help)", Reason = "Lead professional left the school" });
            episode.LeadProfessional = "Family support worker";
            episode.LeadAgency = "Havenshire Early Help";
        }
        if (age > 120 && _r.NextDouble() < 0.7)
        {
            episode.EndDate = start.AddDays(_r.Next(90, Math.Min(age, 240)));
            episode.ClosureOutcome = _r.NextDouble() < 0.75 ? EarlyHelpClosure.NeedsMet : _r.NextDouble() < 0.5 ? EarlyHelpClosure.FamilyDeclined : EarlyHelpClosure.MovedAway;
            episode.ClosureNote = "Closed at the final review with the family.";
            // Closing asks what became of actions still to do, so a closed demo plan accounts for them the same way.
            foreach (var action in episode.Actions.Where(a => a.IsOutstanding))
            {
                (action.EndedOn, action.EndReason) = (episode.EndDate, "No longer needed at closure: agreed with the family");
            }
            Event(childId, At(episode.EndDate.Value), CaseEventTypes.EarlyHelpClosed, "Demo data generator", "Early help closed", null);
        }
        db.EarlyHelpEpisodes.Add(episode);
    }

    private static DateTime At(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(11, 0)), Uk);

    /// <summary>A working-hours instant <paramref name="daysAgo"/> days before today, moved off weekends.</summary>
    private DateTime ReceivedAt(int daysAgo)
    {
        var date = today.AddDays(-daysAgo);
        var hour = _r.NextDouble() < 0.1 ? _r.Next(18, 23) : _r.Next(8, 17);
        var local = date.ToDateTime(new TimeOnly(hour, _r.Next(0, 60)));
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, Uk);
        return utc > nowUtc ? nowUtc.AddMinutes(-_r.Next(5, 300)) : utc;
    }

    private void Event(Guid personId, DateTime atUtc, string type, string actor, string summary, string? actorId) =>
        db.CaseEvents.Add(new CaseEvent
        {
            PersonId = personId, Type = type, OccurredAtUtc = atUtc, ActorUserId = actorId ?? "system", ActorName = actor, Summary = summary,
        });

    private string ReferrerName(string source) => source switch
    {
        "6" => $"PC {Pick(["Ahmed", "Briggs", "Clarke", "Dunn", "Evans", "Fraser", "Gill", "Hughes"])}",
        "2A" or "2B" => $"{Pick(["Ms", "Mr", "Mrs"])} {Pick(["Okafor", "Patel", "Reilly", "Simms", "Turner", "Walsh"])} (designated safeguarding lead)",
        _ when source.StartsWith('3') => $"{Pick(["Dr", "Nurse", "Ms"])} {Pick(["Reyes", "Khan", "Morgan", "Lewis", "Price"])}",
        _ when source.StartsWith('1') => $"{Pick(["Mrs", "Mr", "Ms"])} {Pick(["Jones", "Smith", "Brown", "Taylor", "Wilson"])}",
        _ => $"{Pick(["Sam", "Alex", "Jo", "Chris"])} {Pick(["Baker", "Cole", "Hart", "Stone"])}",
    };

    private string? Organisation(string source) => source switch
    {
        "6" => "Havenshire Police",
        "2A" => $"{Pick(["Northbridge", "Eastmoor", "Kingsford", "Millbrook"])} {Pick(["Primary School", "Academy", "High School"])}",
        "2B" => "Havenshire Education Welfare Service",
        "3A" => $"{Pick(["Riverside", "Castle", "Meadow"])} Surgery",
        "3B" or "3C" or "3D" => "Havenshire Community Health",
        "3E" => "Havenshire General Hospital",
        "4" => "Havenshire Homes",
        "5A" or "5B" or "5C" => "Havenshire Council",
        "5D" => "Havenshire Early Help",
        "7" => "Probation Service",
        "8" => "Havenshire Family Centre",
        _ => null,
    };

    private static string Domain(string source) => source switch
    {
        "6" => "police",
        "2A" or "2B" => "school",
        _ when source.StartsWith('3') => "nhs",
        _ => "agency",
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    private T Weighted<T>(IReadOnlyList<(T Value, double Weight)> items) => _r.Weighted(items);

    private Guid NewId() => _r.NextGuid();
}
