using Haven.Domain.CareLeavers;

namespace Haven.Web.Features.CareLeavers;

/// <summary>The personal adviser and the support the young person asked for, as entered.</summary>
public sealed record AdviserDetails(string? AdviserUserId, DateOnly? From, bool SupportTo25, bool DetainedOrInHospitalAt16, DateOnly? LocalOfferGivenOn);

/// <summary>A needs assessment, pathway plan or review, as entered.</summary>
public sealed record PathwayPlanDetails(PathwayStep? Step, DateOnly? CompletedOn, bool YoungPersonTookPart, string? Summary);

/// <summary>A contact with a care leaver, in the OC3 codes, as entered.</summary>
public sealed record LeaverContactDetails(DateOnly? ContactOn, string? InTouch, string? Accommodation, bool? Suitable, string? Activity, bool StayingPut, string? Note);

/// <summary>
/// Records a care leaver's personal adviser, pathway plans and contacts. Each runs its rule once, refuses a young
/// person who is not a care leaver, and writes its case event in the same save, so each step is in the history once.
/// </summary>
public sealed class CareLeaverService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    /// <summary>Personal advisers come from the workforce: active social care staff (social workers in Haven's roles).</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> AdvisersAsync(CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == Roles.SocialWorker).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var advisers = await db.Users.AsNoTracking()
            .Where(u => u.DeactivatedAtUtc == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return [.. advisers.Select(a => (a.Id, a.DisplayName))];
    }

    public async Task AllocateAdviserAsync(Guid personId, AdviserDetails details, int? version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var (young, today) = await CareLeaverAsync(personId, ct);
        var advisers = await AdvisersAsync(ct);
        var chosen = advisers.FirstOrDefault(a => a.Id == details.AdviserUserId);
        CaseRuleException.ThrowIfAny(CareLeaverRules.CheckAdviser(details.AdviserUserId, chosen.Id is not null, details.From, details.LocalOfferGivenOn, young.DateOfBirth, today));
        var record = await db.CareLeavers.SingleOrDefaultAsync(c => c.PersonId == personId, ct);
        var before = record is null ? null : Describe(record);
        if (record is null)
        {
            record = new CareLeaver { Id = Guid.NewGuid(), PersonId = personId, RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.CareLeavers.Add(record);
        }
        record.PersonalAdviserUserId = chosen.Id;
        record.PersonalAdviserName = chosen.Name;
        record.PersonalAdviserFrom = details.From;
        record.SupportTo25 = details.SupportTo25;
        record.DetainedOrInHospitalAt16 = details.DetainedOrInHospitalAt16;
        record.LocalOfferGivenOn = details.LocalOfferGivenOn;
        var after = Describe(record);
        recorder.Record(personId, CaseEventTypes.PersonalAdviserAllocated,
            before is null || before[0].Value != chosen.Name ? $"Personal adviser allocated: {chosen.Name} from {DateText.Date(details.From!.Value)}" : "Leaving care support changed",
            [.. after.Select((a, i) => new FieldChange(a.Field, before?[i].Value, a.Value))]);
        if (before is null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        // Two people changing the adviser at once: the second sees the first's choice rather than replacing it.
        await db.SaveEditAsync(record, version, personId, saved => [.. Describe(saved).Select((s, i) => new FieldChange(s.Field, s.Value, after[i].Value))], ct);
    }

    public async Task<PathwayPlanRecord> RecordPlanAsync(Guid personId, PathwayPlanDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var (young, today) = await CareLeaverAsync(personId, ct);
        var hasPlanBefore = details.CompletedOn is { } on && young.Plans.Any(p => p.Step is PathwayStep.PathwayPlan or PathwayStep.Review && p.CompletedOn <= on);
        CaseRuleException.ThrowIfAny(CareLeaverRules.CheckPlan(details.Step, details.CompletedOn, young.DateOfBirth, hasPlanBefore, today));
        var plan = new PathwayPlanRecord
        {
            Id = Guid.NewGuid(), PersonId = personId, Step = details.Step!.Value, CompletedOn = details.CompletedOn!.Value,
            YoungPersonTookPart = details.YoungPersonTookPart, Summary = Typed.Clean(details.Summary),
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PathwayPlans.Add(plan);
        var status = young.StatusOn(today);
        var next = CareLeaverTimescales.NextPlanDueOn(young.DateOfBirth, status, [.. young.Plans, plan]);
        var what = CareLeaverTimescales.Label(plan.Step);
        recorder.Record(personId, CaseEventTypes.PathwayPlanRecorded,
            plan.Step == PathwayStep.NeedsAssessment ? $"{what} completed on {DateText.Date(plan.CompletedOn)}" : $"{what} completed on {DateText.Date(plan.CompletedOn)}; next review due by {DateText.Date(next)}",
            [
                new FieldChange("Completed", null, what),
                new FieldChange("On", null, DateText.Date(plan.CompletedOn)),
                new FieldChange("The young person took part", null, plan.YoungPersonTookPart ? "Yes" : "No"),
                new FieldChange("Summary", null, plan.Summary),
            ]);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<CareLeaverContact> RecordContactAsync(Guid personId, LeaverContactDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var (young, today) = await CareLeaverAsync(personId, ct);
        var accommodation = Typed.Clean(details.Accommodation);
        var activity = Typed.Clean(details.Activity);
        CaseRuleException.ThrowIfAny(CareLeaverRules.CheckContact(details.ContactOn, details.InTouch, accommodation, details.Suitable, activity, details.StayingPut, young.DateOfBirth, today));
        var contact = new CareLeaverContact
        {
            Id = Guid.NewGuid(), PersonId = personId, ContactOn = details.ContactOn!.Value, InTouch = details.InTouch!,
            Accommodation = accommodation, AccommodationSuitable = accommodation is null ? null : details.Suitable, Activity = activity,
            StayingPut = details.StayingPut, Note = Typed.Clean(details.Note),
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CareLeaverContacts.Add(contact);
        var birthday = young.Birthdays(today).FirstOrDefault(b => contact.ContactOn >= b.WindowOpens && contact.ContactOn <= b.WindowCloses);
        var codes = LookedAfterCodes.CareLeaverInTouch;
        recorder.Record(personId, CaseEventTypes.CareLeaverContactRecorded,
            $"Contact on {DateText.Date(contact.ContactOn)}: {codes.Label(contact.InTouch)}" + (birthday is null ? "" : $" (around their {Ordinal(birthday.Age)} birthday)"),
            [
                new FieldChange("In touch", null, codes.Label(contact.InTouch)),
                new FieldChange("Accommodation", null, contact.Accommodation is null ? null : LookedAfterCodes.CareLeaverAccommodation.Label(contact.Accommodation)),
                new FieldChange("Suitable", null, contact.AccommodationSuitable is null ? null : contact.AccommodationSuitable.Value ? "Yes" : "No"),
                new FieldChange("Activity", null, contact.Activity is null ? null : LookedAfterCodes.CareLeaverActivity.Label(contact.Activity)),
                new FieldChange("Staying put", null, contact.StayingPut ? "Yes" : "No"),
                new FieldChange("Note", null, contact.Note),
            ]);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    public static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static List<(string Field, string? Value)> Describe(CareLeaver r) =>
    [
        ("Personal adviser", r.PersonalAdviserName),
        ("Adviser from", r.PersonalAdviserFrom is { } from ? DateText.Date(from) : null),
        ("Support up to 25", r.SupportTo25 ? "Yes" : "No"),
        ("Detained or in hospital on their 16th birthday", r.DetainedOrInHospitalAt16 ? "Yes" : "No"),
        ("Local offer given", r.LocalOfferGivenOn is { } given ? DateText.Date(given) : null),
    ];

    private async Task<(CareLeaverCase Young, DateOnly Today)> CareLeaverAsync(Guid personId, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var young = await CareLeaverQuery.LoadAsync(db, personId, ct)
            ?? throw new CaseRuleException(new RuleResult().Add("", "This young person has never been looked after, so they are not a care leaver."));
        CaseRuleException.ThrowIfAny(CareLeaverRules.CheckIsCareLeaver(young.StatusOn(today)));
        return (young, today);
    }
}
