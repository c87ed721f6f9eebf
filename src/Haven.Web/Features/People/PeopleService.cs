namespace Haven.Web.Features.People;

/// <summary>
/// Every change to a person's record goes through here: it makes the change, records the named event with
/// old and new values, keeps the search index current, and saves all of it in one transaction.
/// </summary>
public sealed class PeopleService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

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

    public async Task AddFlagAsync(Guid personId, PersonFlag flag, CancellationToken ct)
    {
        flag.Id = Guid.NewGuid();
        flag.PersonId = personId;
        db.PersonFlags.Add(flag);
        recorder.Record(personId, CaseEventTypes.FlagAdded, $"Warning added: {PersonDisplay.Flag(flag.Type)}",
            [new FieldChange("Warning", null, PersonDisplay.Flag(flag.Type)), new FieldChange("Note", null, flag.Note)]);
        await db.SaveChangesAsync(ct);
    }

    public async Task EndFlagAsync(Guid personId, Guid flagId, DateOnly endDate, string reason, CancellationToken ct)
    {
        var flag = await db.PersonFlags.SingleAsync(f => f.Id == flagId && f.PersonId == personId, ct);
        flag.To = endDate;
        recorder.Record(personId, CaseEventTypes.FlagEnded, $"Warning ended: {PersonDisplay.Flag(flag.Type)}",
            [new FieldChange("Ended", null, DateText.Date(endDate))], reason);
        await db.SaveChangesAsync(ct);
    }

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
        await db.SaveChangesAsync(ct);
    }

    public async Task GrantNamedAccessAsync(Guid personId, ApplicationUser user, string grantedBy, CancellationToken ct)
    {
        if (await db.RestrictedAccessGrants.AnyAsync(g => g.PersonId == personId && g.UserId == user.Id, ct))
        {
            return;
        }
        db.RestrictedAccessGrants.Add(new RestrictedAccessGrant
        {
            Id = Guid.NewGuid(), PersonId = personId, UserId = user.Id, GrantedByUserId = grantedBy, GrantedAtUtc = Now,
        });
        recorder.Record(personId, CaseEventTypes.NamedAccessGranted, $"{user.DisplayName} may open this restricted record",
            [new FieldChange("Named users", null, user.DisplayName)]);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveNamedAccessAsync(Guid personId, string userId, CancellationToken ct)
    {
        var grant = await db.RestrictedAccessGrants.SingleOrDefaultAsync(g => g.PersonId == personId && g.UserId == userId, ct);
        if (grant is null)
        {
            return;
        }
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
        db.RestrictedAccessGrants.Remove(grant);
        recorder.Record(personId, CaseEventTypes.NamedAccessRemoved, $"{name} may no longer open this restricted record",
            [new FieldChange("Named users", name, null)]);
        await db.SaveChangesAsync(ct);
    }

    public async Task<BreakGlassGrant> BreakGlassAsync(Guid personId, string userId, string reason, CancellationToken ct)
    {
        var grant = new BreakGlassGrant
        {
            Id = Guid.NewGuid(), PersonId = personId, UserId = userId, Reason = reason.Trim(), GrantedAtUtc = Now,
            ExpiresAtUtc = Now + Haven.Domain.Access.AccessPolicy.BreakGlassDuration,
        };
        db.BreakGlassGrants.Add(grant);
        recorder.Record(personId, CaseEventTypes.BreakGlassAccess, "Opened by break-glass",
            [new FieldChange("Access until", null, DateText.DateAndTime(grant.ExpiresAtUtc))], reason);
        await db.SaveChangesAsync(ct);
        return grant;
    }

    /// <summary>
    /// Merges a duplicate into the record that survives. Nothing is deleted: the duplicate is marked as
    /// merged, its names, addresses, contacts, flags, relationships and involvements move across, and both
    /// histories stay readable from the survivor.
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

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        duplicate.MergedIntoId = survivorId;
        // The duplicate's name becomes an alias of the survivor, so a search for it still finds the child.
        if (!string.Equals(duplicate.FullName, survivor.FullName, StringComparison.OrdinalIgnoreCase))
        {
            db.PersonNames.Add(new PersonName { Id = Guid.NewGuid(), PersonId = survivorId, Kind = NameKind.Alias, FirstName = duplicate.FirstName, LastName = duplicate.LastName });
        }
        survivor.DateOfBirth ??= duplicate.DateOfBirth;
        survivor.NhsNumber ??= duplicate.NhsNumber;
        survivor.UniquePupilNumber ??= duplicate.UniquePupilNumber;
        survivor.EthnicityCode ??= duplicate.EthnicityCode;
        await db.SaveChangesAsync(ct);

        await db.PersonNames.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.Addresses.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.ContactDetails.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.PersonFlags.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.ProfessionalInvolvements.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.Relationships.Where(x => x.PersonId == duplicateId && x.RelatedPersonId != survivorId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.Relationships.Where(x => x.RelatedPersonId == duplicateId && x.PersonId != survivorId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RelatedPersonId, survivorId), ct);
        await db.Allocations.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        // Front-door work follows the child, so the survivor's history check and dashboards see it.
        await db.Contacts.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.Referrals.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId), ct);
        await db.PersonSearchNames.Where(x => x.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, survivorId).SetProperty(x => x.IsCurrentName, false), ct);

        recorder.Record(survivorId, CaseEventTypes.DuplicateMergedIn, $"Duplicate record {duplicate.LaPersonId} ({duplicate.FullName}) merged into this record",
            [new FieldChange("Merged record", null, $"{duplicate.LaPersonId} {duplicate.FullName}")], reason);
        recorder.Record(duplicateId, CaseEventTypes.PersonMerged, $"Merged into {survivor.LaPersonId} ({survivor.FullName})",
            [new FieldChange("Merged into", null, $"{survivor.LaPersonId} {survivor.FullName}")], reason);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
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
