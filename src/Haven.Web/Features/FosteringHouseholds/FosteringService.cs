using System.Globalization;
using Haven.Domain.Fostering;
using Haven.Web.Features.Allocations;
using Haven.Web.Features.LookedAfter;

namespace Haven.Web.Features.FosteringHouseholds;

/// <summary>
/// Records a fostering or adopting household's journey. The household is a carer on the register, so its approval
/// there moves with the decisions recorded here, in the same save; the household is not one child's record, so each
/// change is an audit event (with before and after) like the register's own changes.
/// </summary>
public sealed class FosteringService(HavenDbContext db, AuditTrail audit, CurrentUser user, TimeProvider clock, AllocationService allocations)
{
    public const string HouseholdTarget = "Household";

    /// <summary>The household and its journey, entries and members, or null.</summary>
    public async Task<(Carer Carer, HouseholdJourney Journey)?> FindAsync(Guid carerId, bool tracked, CancellationToken ct)
    {
        var journeys = tracked ? db.HouseholdJourneys : db.HouseholdJourneys.AsNoTracking();
        var journey = await journeys.Include(j => j.Entries).Include(j => j.Members).AsSplitQuery().SingleOrDefaultAsync(j => j.CarerId == carerId, ct);
        if (journey is null)
        {
            return null;
        }
        var carers = tracked ? db.Carers : db.Carers.AsNoTracking();
        return (await carers.SingleAsync(c => c.Id == carerId, ct), journey);
    }

    /// <summary>A household's enquiry: it joins the register as being assessed, so it can be found, but no child can be placed yet.</summary>
    public async Task<Carer> StartAsync(HouseholdEnquiry enquiry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        CaseRuleException.ThrowIfAny(HouseholdRules.CheckEnquiry(enquiry, UkClock.Today(clock)));
        var route = enquiry.Route!.Value;
        var carer = new Carer
        {
            Id = Guid.NewGuid(), Name = enquiry.Name!.Trim(), Kind = HouseholdText.CarerKindFor(route),
            // The council's own carers (SSDA903 PR1): households assessed by an agency are the agency's, not ours.
            ProviderCode = "PR1", Postcode = Postcodes.Normalise(enquiry.Postcode), Approval = CarerApproval.BeingAssessed,
        };
        var journey = new HouseholdJourney { Id = Guid.NewGuid(), CarerId = carer.Id, Route = route, EnquiryOn = enquiry.EnquiryOn!.Value };
        db.Carers.Add(carer);
        db.HouseholdJourneys.Add(journey);
        audit.Add(AuditEventTypes.HouseholdEnquiry, HouseholdTarget, carer.Id.ToString(), carer.Name,
            $"{carer.Name}: enquiry about {(route == HouseholdRoute.Adoption ? "adopting" : "fostering")} on {DateText.Date(journey.EnquiryOn)}",
            [new("Route", null, HouseholdText.Route(route)), new("Enquiry", null, DateText.Date(journey.EnquiryOn)), new("Postcode", null, carer.Postcode)]);
        await db.SaveChangesAsync(ct);
        return carer;
    }

    /// <summary>The social workers who may assess or supervise a household: those a child can be allocated to.</summary>
    public Task<IReadOnlyList<WorkerChoice>> WorkersAsync(CancellationToken ct) => allocations.WorkersAsync(ct);

    /// <summary>Children waiting for a match (a should-be-placed decision, no match, not reversed) whose records the viewer may open.</summary>
    public async Task<IReadOnlyList<(Guid JourneyId, string Child)>> ChildrenAwaitingMatchAsync(VisiblePeople visible, CancellationToken ct) =>
        [.. (await db.AdoptionJourneys.AsNoTracking()
            .Where(j => j.MatchedOn == null && j.ReversedOn == null && visible.OpenIds.Any(id => id == j.PersonId))
            .Join(db.People, j => j.PersonId, p => p.Id, (j, p) => new { j.Id, Name = p.FirstName + " " + p.LastName, p.LaPersonId })
            .ToListAsync(ct))
            .OrderBy(j => j.Name, StringComparer.CurrentCultureIgnoreCase).Select(j => (j.Id, $"{j.Name} ({j.LaPersonId})"))];

    public async Task RecordStepAsync(Guid carerId, HouseholdStep step, HouseholdStepDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var found = await FindAsync(carerId, tracked: true, ct) ?? throw new InvalidOperationException("No such household");
        var (carer, journey) = found;
        var result = HouseholdRules.CheckStep(journey, step, details, UkClock.Today(clock));
        if (result.IsValid && step is HouseholdStep.Assessment or HouseholdStep.SupervisingWorker
            && !(await allocations.WorkersAsync(ct)).Any(w => w.Id == details.WorkerUserId))
        {
            result.Add(HouseholdRules.Worker, "Select a social worker who is in a team");
        }
        if (result.IsValid && step == HouseholdStep.Match
            && !await db.AdoptionJourneys.AnyAsync(j => j.Id == details.AdoptionJourneyId && j.ReversedOn == null, ct))
        {
            result.Add(HouseholdRules.Match, "Select a child whose plan is adoption");
        }
        CaseRuleException.ThrowIfAny(result);

        // The audit names the workers as people read them; their ids mean nothing to an auditor.
        var workerNames = await db.UserNamesAsync([journey.AssessingWorkerUserId, journey.SupervisingWorkerUserId, details.WorkerUserId], ct);
        var before = Describe(carer, journey, workerNames);
        var on = details.On!.Value;
        switch (step)
        {
            case HouseholdStep.InitialVisit:
                journey.InitialVisitOn = on;
                break;
            case HouseholdStep.Assessment:
                journey.AssessmentStartedOn = on;
                journey.AssessingWorkerUserId = details.WorkerUserId;
                break;
            case HouseholdStep.StageTwo:
                journey.StageTwoStartedOn = on;
                break;
            case HouseholdStep.TemporaryApproval:
                journey.TemporaryApprovalOn = on;
                journey.TemporaryApprovalChild = details.Child!.Trim();
                journey.CareTypes = FosteringCareTypes.ConnectedPerson;
                carer.Approval = CarerApproval.TemporarilyApproved;
                carer.ApprovedOn = on;
                carer.Places ??= 1;
                break;
            case HouseholdStep.Extension:
                journey.TemporaryApprovalExtendedOn = on;
                journey.TemporaryApprovalExtensionWeeks = details.Weeks;
                break;
            case HouseholdStep.Panel:
                journey.PanelOn = on;
                journey.PanelRecommendedApproval = details.Yes;
                break;
            case HouseholdStep.Decision:
                journey.DecisionOn = on;
                journey.Approved = details.Yes;
                if (details.Yes == true)
                {
                    carer.Approval = CarerApproval.Approved;
                    carer.ApprovedOn = on;
                    if (journey.Route != HouseholdRoute.Adoption)
                    {
                        carer.Places = details.Places;
                        journey.AgeFrom = details.AgeFrom;
                        journey.AgeTo = details.AgeTo;
                        journey.CareTypes = details.CareTypes;
                    }
                }
                else
                {
                    // Not approved ends the journey the same day; the register then offers them to nobody.
                    End(carer, journey, on, HouseholdEndReason.NotApproved, details.Note);
                }
                break;
            case HouseholdStep.SupervisingWorker:
                journey.SupervisingWorkerUserId = details.WorkerUserId;
                break;
            case HouseholdStep.Match:
                journey.MatchedAdoptionJourneyId = details.AdoptionJourneyId;
                journey.MatchedOn = on;
                break;
            case HouseholdStep.End:
                End(carer, journey, on, details.EndReason!.Value, details.Note);
                break;
        }
        var changes = before.Zip(Describe(carer, journey, workerNames)).Where(x => x.First.Value != x.Second.Value)
            .Select(x => new FieldChange(x.First.Field, x.First.Value, x.Second.Value)).ToList();
        if (step == HouseholdStep.Extension)
        {
            changes.Add(new FieldChange("Why extended", null, Typed.Clean(details.Note)));
        }
        audit.Add(AuditEventTypes.HouseholdStepRecorded, HouseholdTarget, carer.Id.ToString(), carer.Name, $"{carer.Name}: {StepText.Done(step, journey.Route)}", changes);
        try
        {
            await db.SaveEditAsync(journey, null, Guid.Empty, _ => [], ct);
        }
        catch (EditConflictException)
        {
            throw CaseRuleException.Of(HouseholdRules.Step, "Someone else recorded a step for this household at the same time: look at the household again and try once more");
        }
    }

    public async Task RecordEntryAsync(Guid carerId, HouseholdEntryDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var found = await FindAsync(carerId, tracked: true, ct) ?? throw new InvalidOperationException("No such household");
        var (carer, journey) = found;
        CaseRuleException.ThrowIfAny(HouseholdRules.CheckEntry(journey, details, UkClock.Today(clock)));
        var entry = new HouseholdEntry
        {
            Id = Guid.NewGuid(), JourneyId = journey.Id, Kind = details.Kind, On = details.On!.Value, Summary = details.Summary!.Trim(),
            PanelOn = details.PanelOn, Outcome = Typed.Clean(details.Outcome), OutcomeOn = details.OutcomeOn,
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.HouseholdEntries.Add(entry);
        audit.Add(AuditEventTypes.HouseholdEntryRecorded, HouseholdTarget, carer.Id.ToString(), carer.Name,
            $"{carer.Name}: {HouseholdText.Entry(entry.Kind).ToLowerInvariant()} on {DateText.Date(entry.On)}",
            [
                new("What", null, HouseholdText.Entry(entry.Kind)), new("Date", null, DateText.Date(entry.On)), new("Summary", null, entry.Summary),
                new("Panel", null, entry.PanelOn is { } p ? DateText.Date(p) : null), new("Outcome", null, entry.Outcome),
                new("Outcome date", null, entry.OutcomeOn is { } o ? DateText.Date(o) : null),
            ]);
        await db.SaveEditAsync(journey, null, Guid.Empty, _ => [], ct);
    }

    public async Task AddMemberAsync(Guid carerId, string? name, HouseholdMemberRole? role, DateOnly? bornOn, CancellationToken ct)
    {
        var found = await FindAsync(carerId, tracked: true, ct) ?? throw new InvalidOperationException("No such household");
        var (carer, journey) = found;
        CaseRuleException.ThrowIfAny(HouseholdRules.CheckMember(name, role, bornOn, UkClock.Today(clock)));
        var member = new HouseholdMember { Id = Guid.NewGuid(), JourneyId = journey.Id, Name = name!.Trim(), Role = role!.Value, BornOn = bornOn };
        db.HouseholdMembers.Add(member);
        audit.Add(AuditEventTypes.HouseholdMemberAdded, HouseholdTarget, carer.Id.ToString(), carer.Name, $"{carer.Name}: {member.Name} added to the household",
            [new("Name", null, member.Name), new("Role", null, HouseholdText.MemberRole(member.Role)), new("Born", null, bornOn is { } b ? DateText.Date(b) : null)]);
        await db.SaveChangesAsync(ct);
    }

    private static void End(Carer carer, HouseholdJourney journey, DateOnly on, HouseholdEndReason reason, string? note)
    {
        journey.EndedOn = on;
        journey.EndReason = reason;
        journey.EndNote = Typed.Clean(note);
        // The register has one word for "no child may be placed with them now": deregistered.
        carer.Approval = CarerApproval.Deregistered;
    }

    /// <summary>The household as people read it, in one order, for the audit's before and after.</summary>
    private static List<(string Field, string? Value)> Describe(Carer c, HouseholdJourney j, IReadOnlyDictionary<string, string> workerNames)
    {
        string? Worker(string? id) => id is null ? null : workerNames.GetValueOrDefault(id, "A former member of staff");
        static string? D(DateOnly? d) => d is { } x ? DateText.Date(x) : null;
        static string? Yn(bool? b) => b is null ? null : b.Value ? "Yes" : "No";
        return
        [
            ("Initial visit", D(j.InitialVisitOn)), ("Assessment started", D(j.AssessmentStartedOn)), ("Assessing social worker", Worker(j.AssessingWorkerUserId)),
            ("Stage two started", D(j.StageTwoStartedOn)), ("Temporary approval", D(j.TemporaryApprovalOn)), ("Temporarily approved for", j.TemporaryApprovalChild),
            ("Temporary approval extended", j.TemporaryApprovalExtensionWeeks is { } weeks ? $"{weeks} weeks, on {D(j.TemporaryApprovalExtendedOn)}" : null),
            ("Temporary approval ends", D(j.TemporaryApprovalEndsOn)), ("Panel", D(j.PanelOn)), ("Panel recommended approval", Yn(j.PanelRecommendedApproval)),
            ("Decision", D(j.DecisionOn)), ("Approved", Yn(j.Approved)),
            ("Ages", j.AgeFrom is { } from ? $"{from} to {j.AgeTo}" : null), ("Kinds of care", j.CareTypes == FosteringCareTypes.None ? null : HouseholdText.CareTypes(j.CareTypes)),
            ("Places", c.Places?.ToString(CultureInfo.InvariantCulture)), ("Register approval", CareText.Approval(c.Approval)),
            ("Supervising social worker", Worker(j.SupervisingWorkerUserId)), ("Matched", D(j.MatchedOn)),
            ("Ended", D(j.EndedOn)), ("Why ended", j.EndReason is { } r ? HouseholdText.EndReason(r) : null), ("Note", j.EndNote),
        ];
    }
}

/// <summary>How each step is named: on its form, in its history line and in the audit.</summary>
public static class StepText
{
    public static string Slug(HouseholdStep step) => step switch
    {
        HouseholdStep.InitialVisit => "initial-visit",
        HouseholdStep.Assessment => "assessment",
        HouseholdStep.StageTwo => "stage-two",
        HouseholdStep.TemporaryApproval => "temporary-approval",
        HouseholdStep.Extension => "extension",
        HouseholdStep.Panel => "panel",
        HouseholdStep.Decision => "decision",
        HouseholdStep.SupervisingWorker => "supervising-worker",
        HouseholdStep.Match => "match",
        _ => "end",
    };

    public static HouseholdStep? FromSlug(string? slug) =>
        Enum.GetValues<HouseholdStep>().Cast<HouseholdStep?>().FirstOrDefault(s => Slug(s!.Value) == slug);

    /// <summary>The action, as a link or a page heading says it.</summary>
    public static string Action(HouseholdStep step, HouseholdRoute route) => step switch
    {
        HouseholdStep.InitialVisit => "Record the initial visit",
        HouseholdStep.Assessment => route switch
        {
            HouseholdRoute.Adoption => "Start stage one",
            HouseholdRoute.ConnectedPersons => "Start the full assessment",
            _ => "Record the application and start the assessment (Form F)",
        },
        HouseholdStep.StageTwo => "Start stage two",
        HouseholdStep.TemporaryApproval => "Approve temporarily (regulation 24)",
        HouseholdStep.Extension => "Extend the temporary approval (regulation 25)",
        HouseholdStep.Panel => route == HouseholdRoute.Adoption ? "Record the adoption panel" : "Record the fostering panel",
        HouseholdStep.Decision => "Record the agency decision",
        HouseholdStep.SupervisingWorker => "Allocate the supervising social worker",
        HouseholdStep.Match => "Record the match with a child",
        _ => route == HouseholdRoute.Adoption ? "End their journey" : "Record resignation or deregistration",
    };

    /// <summary>What was done, for the audit's summary.</summary>
    public static string Done(HouseholdStep step, HouseholdRoute route) => step switch
    {
        HouseholdStep.InitialVisit => "initial visit recorded",
        HouseholdStep.Assessment => route == HouseholdRoute.Adoption ? "stage one started" : "assessment started",
        HouseholdStep.StageTwo => "stage two started",
        HouseholdStep.TemporaryApproval => "approved temporarily (regulation 24)",
        HouseholdStep.Extension => "temporary approval extended (regulation 25)",
        HouseholdStep.Panel => "panel recorded",
        HouseholdStep.Decision => "agency decision recorded",
        HouseholdStep.SupervisingWorker => "supervising social worker allocated",
        HouseholdStep.Match => "matched with a child",
        _ => "journey ended",
    };
}
