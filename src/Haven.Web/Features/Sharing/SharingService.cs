namespace Haven.Web.Features.Sharing;

/// <summary>A paper the family should have, whether they have it yet, and when it is due.</summary>
/// <param name="Written">The day it came to exist: authorised, started or held. Null for a conference not yet held.</param>
/// <param name="Due">Null when it has no sharing clock (a conference report) or has been shared.</param>
/// <param name="RecordedAtConference">
/// For a conference's report and minutes: the date the conference record says the report was shared with parents or
/// the minutes were sent, when that was recorded with the conference rather than here.
/// </param>
public sealed record ShareableItem(SharedItemKind Kind, Guid Id, string Title, DateOnly? Written, IReadOnlyList<SharingRecord> Shared, TimescaleStatus? Due,
    DateOnly? RecordedAtConference = null)
{
    public bool IsShared => Shared.Count > 0 || RecordedAtConference is not null;

    /// <summary>Plans have a plain-English version for the family besides the full plan.</summary>
    public bool HasPlainEnglish => Kind is SharedItemKind.ChildProtectionPlan or SharedItemKind.ChildInNeedPlan;
}

/// <summary>
/// What can be shared with a child's family, the papers themselves, and the record of sharing. Conference
/// minutes and reports also set the conference's own "sent" dates, so the conference page agrees.
/// </summary>
public sealed class SharingService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, LocalTimescales local, IOptions<HavenOptions> options)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    public async Task<IReadOnlyList<ShareableItem>> ItemsAsync(Guid personId, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var shared = (await db.SharingRecords.AsNoTracking().Where(s => s.PersonId == personId).OrderByDescending(s => s.SharedOn).ToListAsync(ct))
            .ToLookup(s => (s.ItemKind, s.ItemId));
        var items = new List<ShareableItem>();
        ShareableItem Item(SharedItemKind kind, Guid id, string title, DateOnly? written, DateOnly? recordedAtConference = null)
        {
            var records = shared[(kind, id)].ToList();
            var due = records.Count == 0 && recordedAtConference is null && written is { } from && FamilySharing.DueOn(kind, from, local, Calendar) is { } by
                ? DueWork.StatusOn(by, today, Calendar)
                : null;
            return new ShareableItem(kind, id, title, written, records, due, recordedAtConference);
        }

        foreach (var a in await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId && a.AuthorisedOn != null).OrderByDescending(a => a.AuthorisedOn).ToListAsync(ct))
        {
            items.Add(Item(SharedItemKind.Assessment, a.Id, $"Assessment authorised on {FamilyDocument.Date(a.AuthorisedOn!.Value)}", a.AuthorisedOn));
        }
        foreach (var p in await db.ChildProtectionPlans.AsNoTracking().Where(p => p.PersonId == personId).OrderByDescending(p => p.StartDate).ToListAsync(ct))
        {
            items.Add(Item(SharedItemKind.ChildProtectionPlan, p.Id, $"Child protection plan from {FamilyDocument.Date(p.StartDate)}{(p.EndDate is { } e ? $" to {FamilyDocument.Date(e)}" : "")}", p.StartDate));
        }
        foreach (var p in await db.ChildInNeedPlans.AsNoTracking().Where(p => p.PersonId == personId).OrderByDescending(p => p.StartDate).ToListAsync(ct))
        {
            items.Add(Item(SharedItemKind.ChildInNeedPlan, p.Id, $"Child in need plan from {FamilyDocument.Date(p.StartDate)}{(p.EndDate is { } e ? $" to {FamilyDocument.Date(e)}" : "")}", p.StartDate));
        }
        foreach (var c in await db.ChildProtectionConferences.AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.ScheduledFor).ToListAsync(ct))
        {
            var name = $"{(c.Type == ConferenceType.Initial ? "Initial" : "Review")} conference {(c.HeldOn is { } held ? $"held on {FamilyDocument.Date(held)}" : $"on {FamilyDocument.Date(c.ScheduledFor)}")}";
            items.Add(Item(SharedItemKind.ConferenceReport, c.Id, $"Report for the {name.ToLowerInvariant()}", null, c.ReportSharedWithParentsOn));
            if (c.HeldOn is { } heldOn)
            {
                items.Add(Item(SharedItemKind.ConferenceMinutes, c.Id, $"Minutes of the {name.ToLowerInvariant()}", heldOn, c.MinutesSentOn));
            }
        }
        return items;
    }

    /// <summary>The paper, in full or (for plans) in plain English; null if there is no such item for this child.</summary>
    public async Task<FamilyDocument?> DocumentAsync(Person child, SharedItemKind kind, Guid id, bool plainEnglish, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(child);
        var paper = kind switch
        {
            SharedItemKind.Assessment => await AssessmentPaperAsync(child, id, ct),
            SharedItemKind.ChildProtectionPlan => await ChildProtectionPaperAsync(child, id, plainEnglish, ct),
            SharedItemKind.ChildInNeedPlan => await ChildInNeedPaperAsync(child, id, plainEnglish, ct),
            _ => await ConferencePaperAsync(child, kind, id, ct),
        };
        return paper is null ? null : new FamilyDocument
        {
            AuthorityName = options.Value.AuthorityName,
            Title = paper.Title,
            ChildName = $"{child.FirstName} {child.LastName}",
            ChildDateOfBirth = child.IsUnborn ? null : child.DateOfBirth,
            PrintedOn = UkClock.Today(clock),
            Subtitle = paper.Subtitle,
            Introduction = paper.Introduction,
            Sections = paper.Sections,
        };
    }

    private sealed record Paper(string Title, string Subtitle, IReadOnlyList<string> Introduction, IReadOnlyList<DocumentSection> Sections);

    private async Task<Paper?> AssessmentPaperAsync(Person child, Guid id, CancellationToken ct) =>
        await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.PersonId == child.Id && a.AuthorisedOn != null, ct) is { } a
            ? new Paper("Assessment", $"Authorised on {FamilyDocument.Date(a.AuthorisedOn!.Value)}", [], FamilyPapers.Assessment(a))
            : null;

    private async Task<Paper?> ChildProtectionPaperAsync(Person child, Guid id, bool plainEnglish, CancellationToken ct) =>
        await db.ChildProtectionPlans.AsNoTracking().Include(p => p.CoreGroup).SingleOrDefaultAsync(p => p.Id == id && p.PersonId == child.Id, ct) is { } plan
            ? await PlanPaperAsync("Child protection plan", plan.Id, plan.StartDate, plainEnglish, child,
                actions => FamilyPapers.ChildProtectionPlainEnglish(child.FirstName, plan, actions), actions => FamilyPapers.ChildProtectionPlan(plan, actions), ct)
            : null;

    private async Task<Paper?> ChildInNeedPaperAsync(Person child, Guid id, bool plainEnglish, CancellationToken ct) =>
        await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews).SingleOrDefaultAsync(p => p.Id == id && p.PersonId == child.Id, ct) is { } plan
            ? await PlanPaperAsync("Child in need plan", plan.Id, plan.StartDate, plainEnglish, child,
                FamilyPapers.ChildInNeedPlainEnglish, actions => FamilyPapers.ChildInNeedPlan(plan, actions, Calendar), ct)
            : null;

    /// <summary>Either kind of plan, in full or in plain English, from its actions (which both kinds keep in one table).</summary>
    private async Task<Paper> PlanPaperAsync(string title, Guid planId, DateOnly start, bool plainEnglish, Person child,
        Func<IReadOnlyList<PlanAction>, IReadOnlyList<DocumentSection>> plain, Func<IReadOnlyList<PlanAction>, IReadOnlyList<DocumentSection>> full, CancellationToken ct)
    {
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.ChildProtectionPlanId == planId || a.ChildInNeedPlanId == planId).OrderBy(a => a.DueDate).ToListAsync(ct);
        return plainEnglish
            ? new Paper($"{title}: what it means for your family", $"The plan started on {FamilyDocument.Date(start)}",
                [$"This is {child.FirstName}'s plan in plain words. It says what we are worried about, what needs to happen, who will do what by when, and what will happen if things do not change."],
                plain(actions))
            : new Paper(title, $"Started on {FamilyDocument.Date(start)}", [], full(actions));
    }

    private async Task<Paper?> ConferencePaperAsync(Person child, SharedItemKind kind, Guid id, CancellationToken ct)
    {
        var minutes = kind == SharedItemKind.ConferenceMinutes;
        var conference = await db.ChildProtectionConferences.AsNoTracking().Include(c => c.Attendees)
            .SingleOrDefaultAsync(c => c.Id == id && c.PersonId == child.Id && (!minutes || c.HeldOn != null), ct);
        if (conference is null)
        {
            return null;
        }
        var title = $"{(conference.Type == ConferenceType.Initial ? "Initial" : "Review")} child protection conference {(minutes ? "minutes" : "report")}";
        var when = conference.HeldOn is { } held ? $"Held on {FamilyDocument.Date(held)}" : $"Arranged for {FamilyDocument.Date(conference.ScheduledFor)}";
        return new Paper(title, when, [], FamilyPapers.Conference(conference));
    }

    /// <summary>Records that a paper reached the family: the sharing record and its event in one save.</summary>
    /// <remarks>The sharing rule runs here, once, on what was entered, and refuses what it finds.</remarks>
    public async Task RecordAsync(Guid personId, ShareableItem item, DateOnly? sharedOnGiven, string? sharedWithGiven, SharingMethod? methodGiven, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        CaseRuleException.ThrowIfAny(FamilySharing.Validate(sharedOnGiven, sharedWithGiven, methodGiven, item.Written, UkClock.Today(clock)));
        var (sharedOn, sharedWith, method) = (sharedOnGiven!.Value, sharedWithGiven!, methodGiven!.Value);
        db.SharingRecords.Add(new SharingRecord
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ItemKind = item.Kind,
            ItemId = item.Id,
            SharedOn = sharedOn,
            SharedWith = sharedWith.Trim(),
            Method = method,
            RecordedByUserId = user.UserId,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        var date = FamilyDocument.Date(sharedOn);
        var changes = new List<FieldChange>
        {
            new("Document", null, item.Title),
            new("Shared on", null, date),
            new("Shared with", null, sharedWith.Trim()),
            new("How", null, FamilySharing.Describe(method)),
        };
        if (item.Kind is SharedItemKind.ConferenceMinutes or SharedItemKind.ConferenceReport)
        {
            var conference = await db.ChildProtectionConferences.SingleAsync(c => c.Id == item.Id && c.PersonId == personId, ct);
            if (item.Kind == SharedItemKind.ConferenceMinutes && conference.MinutesSentOn is null)
            {
                conference.MinutesSentOn = sharedOn;
                changes.Add(new FieldChange("Minutes sent", null, date));
            }
            else if (item.Kind == SharedItemKind.ConferenceReport && conference.ReportSharedWithParentsOn is null)
            {
                conference.ReportSharedWithParentsOn = sharedOn;
                changes.Add(new FieldChange("Report shared with parents", null, date));
            }
        }
        recorder.Record(personId, CaseEventTypes.SharedWithFamily, $"{FamilySharing.Describe(item.Kind)} shared with {sharedWith.Trim()}", changes);
        await db.SaveChangesAsync(ct);
    }
}
