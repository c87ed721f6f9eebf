using Haven.Web.Features.People.Record;

namespace Haven.Web.Features.People;

/// <summary>
/// Every change to a person's record goes through here: it makes the change, records the named event with
/// old and new values, keeps the search index current, and saves all of it in one transaction.
/// </summary>
public sealed class PeopleService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, CurrentUser user, PersonReferences references)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => UkClock.Today(clock);

    public async Task<Person> RegisterAsync(PersonDetails details, Address? address, CancellationToken ct)
    {
        var person = new Person
        {
            Id = Guid.NewGuid(),
            LaPersonId = await NextLaPersonIdAsync(ct),
            FirstName = details.FirstName.Trim(),
            LastName = details.LastName.Trim(),
            CreatedAtUtc = Now,
        };
        details.ApplyTo(person);
        db.People.Add(person);
        if (address is not null)
        {
            address.PersonId = person.Id;
            person.Addresses.Add(address);
        }
        db.PersonSearchNames.AddRange(PersonSearchNames.For(person));
        var changes = new ChangeSet();
        details.Describe(changes, PersonDetails.Empty);
        recorder.Record(person.Id, CaseEventTypes.PersonRegistered, $"Record created for {person.FullName}", changes.Changes);
        if (address is not null)
        {
            RecordAddressAdded(person.Id, address, previous: null);
        }
        await db.SaveChangesAsync(ct);
        return person;
    }

    /// <summary>
    /// Saves changed details as an edit of <paramref name="loadedVersion"/> (the version the form showed): if
    /// someone else saved the person since, nothing is written and <see cref="EditConflictException"/> says what differs.
    /// </summary>
    public async Task<bool> UpdateDetailsAsync(Guid personId, PersonDetails details, string? reason, int? loadedVersion, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.OtherNames).SingleAsync(p => p.Id == personId, ct);
        var before = PersonDetails.From(person);
        var changes = new ChangeSet();
        details.Describe(changes, before);
        if (changes.IsEmpty)
        {
            return false;
        }
        details.ApplyTo(person);
        await ReindexNamesAsync(person, ct);
        recorder.Record(personId, CaseEventTypes.PersonDetailsChanged, $"Details changed: {string.Join(", ", changes.Changes.Select(c => c.Field.ToLowerInvariant()))}", changes.Changes, reason);
        await db.SaveEditAsync(person, loadedVersion, personId, saved =>
        {
            var differences = new ChangeSet();
            details.Describe(differences, PersonDetails.From(saved));
            return differences.Changes;
        }, ct);
        return true;
    }

    public async Task AddNameAsync(Guid personId, PersonName name, CancellationToken ct)
    {
        name.Id = Guid.NewGuid();
        name.PersonId = personId;
        db.PersonNames.Add(name);
        db.PersonSearchNames.Add(PersonSearchNames.Row(personId, name.FirstName, name.LastName, isCurrent: false));
        recorder.Record(personId, CaseEventTypes.NameAdded, $"{Describe(name.Kind)} added: {name.FirstName} {name.LastName}",
            [new FieldChange(Describe(name.Kind), null, $"{name.FirstName} {name.LastName}")]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A new address ends the current one the day before it starts, so the history has no overlaps.</summary>
    public async Task AddAddressAsync(Guid personId, Address address, CancellationToken ct)
    {
        var open = await db.Addresses.Where(a => a.PersonId == personId && a.EndDate == null && a.StartDate < address.StartDate).ToListAsync(ct);
        foreach (var old in open)
        {
            old.EndDate = address.StartDate.AddDays(-1);
            recorder.Record(personId, CaseEventTypes.AddressEnded, $"Moved from {old.OneLine}",
                [new FieldChange("Address", old.OneLine, null), new FieldChange("Lived there until", null, DateText.Date(old.EndDate.Value))]);
        }
        address.Id = Guid.NewGuid();
        address.PersonId = personId;
        db.Addresses.Add(address);
        RecordAddressAdded(personId, address, open.FirstOrDefault());
        await db.SaveChangesAsync(ct);
    }

    public async Task AddContactDetailAsync(Guid personId, ContactDetail contact, CancellationToken ct)
    {
        contact.Id = Guid.NewGuid();
        contact.PersonId = personId;
        db.ContactDetails.Add(contact);
        recorder.Record(personId, CaseEventTypes.ContactDetailAdded, $"{contact.Method} added: {contact.Value}",
            [new FieldChange(contact.Method.ToString(), null, contact.Value)]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a warning; who added it is kept on it so the banner and lists can say so without the audit log.</summary>
    public async Task<PersonFlag> AddFlagAsync(Guid personId, FlagType? type, WarningDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        CaseRuleException.ThrowIfAny(WarningRules.ValidateStart(type, details.Note, details.From, details.ReviewDate, details.NrmReferralMade, details.NrmReferralDate, Today));
        var flag = new PersonFlag
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            Type = type!.Value,
            Note = Typed.Clean(details.Note),
            From = details.From!.Value,
            ReviewDate = details.ReviewDate,
            NrmReferralMade = type == FlagType.Trafficking ? details.NrmReferralMade : null,
            NrmReferralDate = type == FlagType.Trafficking ? details.NrmReferralDate : null,
            AddedByName = user.DisplayName,
        };
        db.PersonFlags.Add(flag);
        recorder.Record(personId, CaseEventTypes.FlagAdded, $"Warning added: {PersonDisplay.Flag(flag.Type)}",
            Describe(flag, new ChangeSet().Compare("Warning", null, PersonDisplay.Flag(flag.Type)), null).Changes);
        await db.SaveChangesAsync(ct);
        return flag;
    }

    /// <summary>Changes what a warning says; its kind stays, since a different kind is a different warning.</summary>
    public async Task ChangeFlagAsync(Guid personId, Guid flagId, WarningDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var flag = await db.PersonFlags.SingleAsync(f => f.Id == flagId && f.PersonId == personId, ct);
        CaseRuleException.ThrowIfAny(WarningRules.ValidateDetails(flag.Type, details.From, details.ReviewDate, details.NrmReferralMade, details.NrmReferralDate, Today));
        var before = new PersonFlag { Type = flag.Type, Note = flag.Note, From = flag.From, ReviewDate = flag.ReviewDate, NrmReferralMade = flag.NrmReferralMade, NrmReferralDate = flag.NrmReferralDate };
        flag.Note = Typed.Clean(details.Note);
        flag.From = details.From!.Value;
        flag.ReviewDate = details.ReviewDate;
        if (flag.Type == FlagType.Trafficking)
        {
            (flag.NrmReferralMade, flag.NrmReferralDate) = (details.NrmReferralMade, details.NrmReferralDate);
        }
        var changes = Describe(flag, new ChangeSet(), before);
        if (changes.Changes.Count == 0)
        {
            return;
        }
        recorder.Record(personId, CaseEventTypes.FlagChanged, $"Warning changed: {PersonDisplay.Flag(flag.Type)}", changes.Changes);
        await db.SaveChangesAsync(ct);
    }

    public async Task EndFlagAsync(Guid personId, Guid flagId, DateOnly? endDate, string? reason, CancellationToken ct)
    {
        var flag = await db.PersonFlags.SingleAsync(f => f.Id == flagId && f.PersonId == personId, ct);
        CaseRuleException.ThrowIfAny(WarningRules.ValidateEnd(flag, endDate, reason, Today));
        flag.To = endDate!.Value;
        flag.EndReason = reason!.Trim();
        flag.EndedByName = user.DisplayName;
        recorder.Record(personId, CaseEventTypes.FlagEnded, $"Warning ended: {PersonDisplay.Flag(flag.Type)}",
            [new FieldChange("Ended", null, DateText.Date(flag.To.Value))], flag.EndReason);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>For a warning added in error: it goes from the record, and its event keeps what it said and why it went.</summary>
    public async Task RemoveFlagAsync(Guid personId, Guid flagId, string? reason, CancellationToken ct)
    {
        var flag = await db.PersonFlags.SingleAsync(f => f.Id == flagId && f.PersonId == personId, ct);
        CaseRuleException.ThrowIfAny(WarningRules.ValidateRemoval(reason));
        db.PersonFlags.Remove(flag);
        var removed = new ChangeSet().Compare("Warning", PersonDisplay.Flag(flag.Type), null).Compare("Details", flag.Note, null)
            .Compare("Started", DateText.Date(flag.From), null);
        recorder.Record(personId, CaseEventTypes.FlagRemoved, $"Warning removed: {PersonDisplay.Flag(flag.Type)}", removed.Changes, reason!.Trim());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A warning's fields as the history shows them, compared with how they were (null when it is new).</summary>
    private static ChangeSet Describe(PersonFlag flag, ChangeSet changes, PersonFlag? before) => changes
        .Compare("Details", before?.Note, flag.Note)
        .Compare("Started", before is null ? null : DateText.Date(before.From), DateText.Date(flag.From))
        .Compare("Review by", before?.ReviewDate is { } r ? DateText.Date(r) : null, flag.ReviewDate is { } review ? DateText.Date(review) : null)
        .Compare("NRM referral made", YesNo(before?.NrmReferralMade), YesNo(flag.NrmReferralMade))
        .Compare("NRM referral date", before?.NrmReferralDate is { } n ? DateText.Date(n) : null, flag.NrmReferralDate is { } nrm ? DateText.Date(nrm) : null);

    private static string? YesNo(bool? answer) => answer switch { true => "Yes", false => "No", null => null };

    /// <summary>The relationship is recorded on both people's history, since both records changed in meaning.</summary>
    public async Task AddRelationshipAsync(Relationship relationship, CancellationToken ct)
    {
        relationship.Id = Guid.NewGuid();
        db.Relationships.Add(relationship);
        var names = await db.People.Where(p => p.Id == relationship.PersonId || p.Id == relationship.RelatedPersonId)
            .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
        var a = names[relationship.PersonId];
        var b = names[relationship.RelatedPersonId];
        var ofB = RelationshipTypes.Describe(relationship.Type, fromPersonSide: true).ToLowerInvariant();
        recorder.Record(relationship.PersonId, CaseEventTypes.RelationshipAdded, $"Recorded as {ofB} of {b}",
            [new FieldChange("Relationship", null, $"{ofB} of {b}")]);
        var ofA = RelationshipTypes.Describe(relationship.Type, fromPersonSide: false).ToLowerInvariant();
        recorder.Record(relationship.RelatedPersonId, CaseEventTypes.RelationshipAdded, $"Recorded as {ofA} of {a}",
            [new FieldChange("Relationship", null, $"{ofA} of {a}")]);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddProfessionalAsync(Guid personId, Person professional, string role, DateOnly? start, CancellationToken ct)
    {
        if (professional.Id == Guid.Empty)
        {
            professional.Id = Guid.NewGuid();
            professional.Kind = PersonKind.Professional;
            professional.LaPersonId = await NextLaPersonIdAsync(ct);
            professional.CreatedAtUtc = Now;
            db.People.Add(professional);
            db.PersonSearchNames.AddRange(PersonSearchNames.For(professional));
            recorder.Record(professional.Id, CaseEventTypes.PersonRegistered, $"Record created for {professional.FullName} ({professional.ProfessionalRole})");
        }
        db.ProfessionalInvolvements.Add(new ProfessionalInvolvement
        {
            Id = Guid.NewGuid(), PersonId = personId, ProfessionalId = professional.Id, Role = role, StartDate = start,
        });
        recorder.Record(personId, CaseEventTypes.ProfessionalAdded, $"{role} added: {professional.FullName}, {professional.Organisation}",
            [new FieldChange(role, null, $"{professional.FullName}, {professional.Organisation}")]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Restricting names whoever restricts and the child's allocated workers and their managers in the same save, so
    /// a restricted record is never left with nobody who can open it.
    /// </summary>
    public async Task SetRestrictedAsync(Guid personId, bool restricted, string reason, CancellationToken ct)
    {
        var person = await db.People.SingleAsync(p => p.Id == personId, ct);
        if (person.IsRestricted == restricted)
        {
            return;
        }
        person.IsRestricted = restricted;
        recorder.Record(personId, restricted ? CaseEventTypes.RecordRestricted : CaseEventTypes.RecordUnrestricted,
            restricted ? "Record restricted to named users" : "Restriction removed",
            [new FieldChange("Restricted", restricted ? "No" : "Yes", restricted ? "Yes" : "No")], reason);
        if (restricted)
        {
            await NameOnRecordAsync(personId, [user.UserId, .. await AllocatedStaffAsync(personId, ct)], "Named when the record was restricted", null, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task GrantNamedAccessAsync(Guid personId, ApplicationUser named, string grantedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(named);
        await NameOnRecordAsync(personId, [named.Id], null, grantedBy, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Names users on a restricted record (those already named are left as they are), each an audited event. The
    /// caller saves, so the naming commits with the change that called for it: restricting, allocating, merging.
    /// </summary>
    public async Task NameOnRecordAsync(Guid personId, IReadOnlyCollection<string> userIds, string? why, string? grantedBy, CancellationToken ct)
    {
        var named = await db.RestrictedAccessGrants.Where(g => g.PersonId == personId).Select(g => g.UserId).ToListAsync(ct);
        named.AddRange(db.RestrictedAccessGrants.Local.Where(g => g.PersonId == personId).Select(g => g.UserId));
        var adding = userIds.Distinct().Except(named).ToList();
        var names = await db.UserNamesAsync(adding, ct);
        foreach (var userId in adding.Where(names.ContainsKey))
        {
            db.RestrictedAccessGrants.Add(new RestrictedAccessGrant
            {
                Id = Guid.NewGuid(), PersonId = personId, UserId = userId, GrantedByUserId = grantedBy ?? user.UserId, GrantedAtUtc = Now,
            });
            recorder.Record(personId, CaseEventTypes.NamedAccessGranted, $"{names[userId]} may open this restricted record",
                [new FieldChange("Named users", null, names[userId])], why);
        }
    }

    /// <summary>The workers allocated to the child today and the managers of their teams: who must be able to open the record.</summary>
    public async Task<IReadOnlyList<string>> AllocatedStaffAsync(Guid personId, CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var current = await db.Allocations.Where(a => a.PersonId == personId && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .Select(a => new { a.WorkerUserId, Manager = db.Teams.Where(t => t.Id == a.TeamId).Select(t => t.ManagerUserId).FirstOrDefault() })
            .ToListAsync(ct);
        return current.SelectMany(a => new[] { a.WorkerUserId, a.Manager }).OfType<string>().Distinct().ToList();
    }

    /// <summary>Refused for the last named user of a restricted record: nobody could open it, or name anyone again.</summary>
    public async Task RemoveNamedAccessAsync(Guid personId, string userId, CancellationToken ct)
    {
        var grant = await db.RestrictedAccessGrants.SingleOrDefaultAsync(g => g.PersonId == personId && g.UserId == userId, ct);
        if (grant is null)
        {
            return;
        }
        var restricted = await db.People.Where(p => p.Id == personId).Select(p => p.IsRestricted).SingleAsync(ct);
        CaseRuleException.ThrowIfAny(NamedUsers.Remove(restricted, await db.RestrictedAccessGrants.CountAsync(g => g.PersonId == personId, ct)));
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
        db.RestrictedAccessGrants.Remove(grant);
        recorder.Record(personId, CaseEventTypes.NamedAccessRemoved, $"{name} may no longer open this restricted record",
            [new FieldChange("Named users", name, null)]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The reason is the choice from <see cref="BreakGlassReasons"/> and the worker's own words, kept together.</summary>
    public async Task<BreakGlassGrant> BreakGlassAsync(Guid personId, string userId, string reasonCode, string details, CancellationToken ct)
    {
        var reason = $"{BreakGlassReasons.Label(reasonCode) ?? throw new ArgumentException("Unknown break-glass reason", nameof(reasonCode))}: {details.Trim()}";
        var grant = new BreakGlassGrant
        {
            Id = Guid.NewGuid(), PersonId = personId, UserId = userId, Reason = reason, GrantedAtUtc = Now,
            ExpiresAtUtc = Now + Haven.Domain.Access.AccessPolicy.BreakGlassDuration,
        };
        db.BreakGlassGrants.Add(grant);
        recorder.Record(personId, CaseEventTypes.BreakGlassAccess, "Opened by break-glass",
            [new FieldChange("Access until", null, DateText.DateAndTime(grant.ExpiresAtUtc))], reason);
        await db.SaveChangesAsync(ct);
        return grant;
    }

    /// <summary>
    /// Merges a duplicate into the record that survives. Nothing of the child's is lost: the duplicate is marked as
    /// merged and kept, every row that belongs to it (every foreign key to a person, found by
    /// <see cref="PersonReferences"/>) moves across, and both histories stay readable from the survivor. A restricted
    /// duplicate makes the survivor restricted, with the named users of both. One event records what changed.
    /// </summary>
    public async Task MergeAsync(Guid survivorId, Guid duplicateId, string reason, CancellationToken ct)
    {
        if (survivorId == duplicateId)
        {
            throw new InvalidOperationException("A record cannot be merged into itself.");
        }
        var survivor = await db.People.SingleAsync(p => p.Id == survivorId, ct);
        var duplicate = await db.People.SingleAsync(p => p.Id == duplicateId, ct);
        if (duplicate.MergedIntoId is not null || survivor.MergedIntoId is not null)
        {
            throw new InvalidOperationException("One of these records has already been merged.");
        }
        var moving = await references.DescribeAsync(duplicateId, ct);
        var namedBefore = await NamedUsersAsync(survivorId, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        duplicate.MergedIntoId = survivorId;
        // The duplicate's name becomes an alias of the survivor, so a search for it still finds the child.
        if (!string.Equals(duplicate.FullName, survivor.FullName, StringComparison.OrdinalIgnoreCase))
        {
            db.PersonNames.Add(new PersonName { Id = Guid.NewGuid(), PersonId = survivorId, Kind = NameKind.Alias, FirstName = duplicate.FirstName, LastName = duplicate.LastName });
        }
        // The kept record's details win; the duplicate fills only what the kept record does not know.
        var before = PersonDetails.From(survivor);
        survivor.DateOfBirth ??= duplicate.DateOfBirth;
        survivor.NhsNumber ??= duplicate.NhsNumber;
        survivor.UniquePupilNumber ??= duplicate.UniquePupilNumber;
        survivor.EthnicityCode ??= duplicate.EthnicityCode;
        var changes = new ChangeSet();
        PersonDetails.From(survivor).Describe(changes, before);
        var restrictionCarried = duplicate.IsRestricted && !survivor.IsRestricted;
        if (restrictionCarried)
        {
            // Restricted wins: merging must not open a restricted child's details to everyone.
            survivor.IsRestricted = true;
            changes.Compare("Restricted", "No", "Yes");
        }
        await db.SaveChangesAsync(ct);

        // Rows linking the two records to each other would link the survivor to itself; the same user named on both,
        // or the same chronology event marked on both, is kept once, as the survivor has it.
        await db.Relationships.Where(r => (r.PersonId == duplicateId && r.RelatedPersonId == survivorId) || (r.PersonId == survivorId && r.RelatedPersonId == duplicateId)).ExecuteDeleteAsync(ct);
        await db.ProfessionalInvolvements.Where(r => (r.PersonId == duplicateId && r.ProfessionalId == survivorId) || (r.PersonId == survivorId && r.ProfessionalId == duplicateId)).ExecuteDeleteAsync(ct);
        await db.RestrictedAccessGrants.Where(g => g.PersonId == duplicateId && db.RestrictedAccessGrants.Any(k => k.PersonId == survivorId && k.UserId == g.UserId)).ExecuteDeleteAsync(ct);
        await db.ChronologyMarks.Where(m => m.PersonId == duplicateId && db.ChronologyMarks.Any(k => k.PersonId == survivorId && k.EventKey == m.EventKey)).ExecuteDeleteAsync(ct);
        await db.PersonSearchNames.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId).SetProperty(x => x.IsCurrentName, false), ct);
        foreach (var column in references.Columns)
        {
            await references.MoveAsync(column, duplicateId, survivorId, ct);
        }
        if (restrictionCarried)
        {
            // Whoever works with the kept record now must still be able to open it.
            await NameOnRecordAsync(survivorId, await AllocatedStaffAsync(survivorId, ct), "Named when a restricted duplicate was merged in", null, ct);
            await db.SaveChangesAsync(ct);
        }
        var namedAfter = await NamedUsersAsync(survivorId, ct);
        if (survivor.IsRestricted)
        {
            changes.Compare("Named users", namedBefore, namedAfter);
        }
        changes.Compare("Merged record", null, $"{duplicate.LaPersonId} {duplicate.FullName}");
        changes.Compare("Moved from the duplicate", null, moving.Count == 0 ? null : string.Join(", ", moving));

        recorder.Record(survivorId, CaseEventTypes.DuplicateMergedIn, $"Duplicate record {duplicate.LaPersonId} ({duplicate.FullName}) merged into this record",
            changes.Changes, reason);
        recorder.Record(duplicateId, CaseEventTypes.PersonMerged, $"Merged into {survivor.LaPersonId} ({survivor.FullName})",
            [new FieldChange("Merged into", null, $"{survivor.LaPersonId} {survivor.FullName}")], reason);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<string?> NamedUsersAsync(Guid personId, CancellationToken ct)
    {
        var names = await db.RestrictedAccessGrants.Where(g => g.PersonId == personId)
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => u.DisplayName).ToListAsync(ct);
        return names.Count == 0 ? null : string.Join(", ", names.Order(StringComparer.Ordinal));
    }

    private void RecordAddressAdded(Guid personId, Address address, Address? previous) =>
        recorder.Record(personId, CaseEventTypes.AddressAdded, $"Address added: {address.OneLine}",
            [new FieldChange("Address", previous?.OneLine, address.OneLine), new FieldChange("From", null, DateText.Date(address.StartDate))]);

    private async Task ReindexNamesAsync(Person person, CancellationToken ct)
    {
        // Removed through the change tracker, not ExecuteDelete, so it commits with the rest of the change.
        db.PersonSearchNames.RemoveRange(await db.PersonSearchNames.Where(n => n.PersonId == person.Id).ToListAsync(ct));
        db.PersonSearchNames.AddRange(PersonSearchNames.For(person));
    }

    /// <summary>
    /// LA person ids are sequential ("H0001234"): short enough to read out on the phone. The number comes from the
    /// "haven-id" series, so people added at the same moment each get their own.
    /// </summary>
    private async Task<string> NextLaPersonIdAsync(CancellationToken ct)
    {
        while (true)
        {
            var next = await db.NextAsync("haven-id", async token =>
            {
                // Where the series starts: after the highest id already given out (by the demo or an older Haven).
                var last = await db.People.Where(p => EF.Functions.Like(p.LaPersonId, "H%")).OrderByDescending(p => p.LaPersonId).Select(p => p.LaPersonId).FirstOrDefaultAsync(token);
                return last is not null && last.Length > 1 && long.TryParse(last[1..], out var n) ? n : 0;
            }, ct);
            var id = $"H{next:D7}";
            // A census imported from another system may already have used this one; take the next.
            if (!await db.People.AnyAsync(p => p.LaPersonId == id, ct))
            {
                return id;
            }
        }
    }

    private static string Describe(NameKind kind) => kind switch
    {
        NameKind.Alias => "Alias",
        NameKind.BirthName => "Name at birth",
        _ => "Previous name",
    };
}
