namespace Haven.Web.Features.Home;

/// <summary>What the auditor asked for; every part optional. Dates are UK dates, inclusive.</summary>
public sealed record AuditFilter(string? Person, string? Record, string? User, string? Type, DateOnly? From, DateOnly? To);

/// <summary>One line of the audit: a change to a record, an opening of a record, or something done in Haven.</summary>
public sealed record AuditRow(DateTime AtUtc, string Source, string Type, string User, Guid? PersonId, string? Person, string What);

/// <summary>A page of results and how many there are in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>
/// Searches the three places Haven keeps evidence: <c>case_events</c> (every change to a child's record),
/// <c>record_views</c> (every opening of one) and <c>audit_events</c> (accounts, exports, refusals). Every filter is
/// applied in SQL on each table; each table is read in the chosen order only as far as the page asked for, and the
/// three are merged, so a page of the newest 50 reads at most 50 × page rows from each.
/// </summary>
public sealed class AuditSearch(HavenDbContext db, VisiblePeople visible)
{
    public const int PageSize = 50;

    /// <summary>The name a record view has in the audit, beside the event names of the other two tables.</summary>
    public const string RecordViewed = nameof(RecordViewed);

    public const string ChangeSource = "Change to a record";
    public const string ViewSource = "Record opened";
    public const string AuditSource = "Account, export or refusal";

    /// <summary>At most this many people match a name; a broader name finds the first ones, newest record first.</summary>
    private const int MaxPeople = 500;

    public static readonly IReadOnlyList<(string Key, string Label)> Sorts = [("when", "Date"), ("user", "User"), ("type", "Event")];

    /// <summary>Every event name in the audit, for the filter.</summary>
    public async Task<IReadOnlyList<string>> TypesAsync(CancellationToken ct)
    {
        var caseTypes = await db.CaseEvents.AsNoTracking().Select(e => e.Type).Distinct().ToListAsync(ct);
        var auditTypes = await db.AuditEvents.AsNoTracking().Select(e => e.Type).Distinct().ToListAsync(ct);
        return [.. caseTypes.Concat(auditTypes).Append(RecordViewed).Distinct().Order(StringComparer.Ordinal)];
    }

    public async Task<AuditPage> SearchAsync(AuditFilter filter, string sort, bool descending, int page, CancellationToken ct, int? pageSize = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var size = pageSize ?? PageSize;
        var take = page * size;

        // A person is found by Haven ID or name, among the records a search may match (never a restricted record the viewer may not open).
        List<Guid>? people = null;
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var text = filter.Person.Trim();
            var lower = text.ToLowerInvariant();
            var searchable = visible.SearchableIds;
            people = await db.People.AsNoTracking()
                .Where(p => searchable.Any(id => id == p.Id) && (p.LaPersonId == text || (p.FirstName + " " + p.LastName).ToLower().Contains(lower)))
                .OrderBy(p => p.LaPersonId).Select(p => p.Id).Take(MaxPeople).ToListAsync(ct);
        }
        var peopleText = people?.Select(p => p.ToString()).ToList();
        var record = Lower(filter.Record);
        var user = Lower(filter.User);
        var from = filter.From is { } f ? UkClock.ToUtc(f.ToDateTime(TimeOnly.MinValue)) : (DateTime?)null;
        var to = filter.To is { } t ? UkClock.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)) : (DateTime?)null;
        var type = string.IsNullOrWhiteSpace(filter.Type) ? null : filter.Type.Trim();

        var changes = db.CaseEvents.AsNoTracking().AsQueryable();
        var views = db.RecordViews.AsNoTracking().AsQueryable();
        var audits = db.AuditEvents.AsNoTracking().AsQueryable();
        if (people is not null)
        {
            changes = changes.Where(e => people.Contains(e.PersonId));
            views = views.Where(v => people.Contains(v.PersonId));
            audits = audits.Where(e => e.TargetType == AuditTrail.PersonTarget && peopleText!.Contains(e.TargetId));
        }
        if (record is not null)
        {
            changes = changes.Where(e => e.Summary.ToLower().Contains(record));
            views = views.Where(v => v.Page.ToLower().Contains(record));
            audits = audits.Where(e => e.TargetName.ToLower().Contains(record) || e.Summary.ToLower().Contains(record));
        }
        if (user is not null)
        {
            changes = changes.Where(e => e.ActorName.ToLower().Contains(user));
            views = views.Where(v => v.UserName.ToLower().Contains(user));
            audits = audits.Where(e => e.ActorName.ToLower().Contains(user));
        }
        if (from is { } start)
        {
            changes = changes.Where(e => e.OccurredAtUtc >= start);
            views = views.Where(v => v.ViewedAtUtc >= start);
            audits = audits.Where(e => e.OccurredAtUtc >= start);
        }
        if (to is { } end)
        {
            changes = changes.Where(e => e.OccurredAtUtc < end);
            views = views.Where(v => v.ViewedAtUtc < end);
            audits = audits.Where(e => e.OccurredAtUtc < end);
        }
        if (type is not null)
        {
            changes = changes.Where(e => e.Type == type);
            views = type == RecordViewed ? views : views.Where(v => false);
            audits = audits.Where(e => e.Type == type);
        }

        var total = await changes.CountAsync(ct) + await views.CountAsync(ct) + await audits.CountAsync(ct);
        var open = visible.OpenIds;
        var changeRows = (sort, descending) switch
        {
            ("user", false) => changes.OrderBy(e => e.ActorName).ThenByDescending(e => e.Id),
            ("user", true) => changes.OrderByDescending(e => e.ActorName).ThenByDescending(e => e.Id),
            ("type", false) => changes.OrderBy(e => e.Type).ThenByDescending(e => e.Id),
            ("type", true) => changes.OrderByDescending(e => e.Type).ThenByDescending(e => e.Id),
            (_, false) => changes.OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id),
            _ => changes.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id),
        };
        var viewRows = (sort, descending) switch
        {
            ("user", false) => views.OrderBy(v => v.UserName).ThenByDescending(v => v.Id),
            ("user", true) => views.OrderByDescending(v => v.UserName).ThenByDescending(v => v.Id),
            ("type", _) => views.OrderByDescending(v => v.ViewedAtUtc).ThenByDescending(v => v.Id),
            (_, false) => views.OrderBy(v => v.ViewedAtUtc).ThenBy(v => v.Id),
            _ => views.OrderByDescending(v => v.ViewedAtUtc).ThenByDescending(v => v.Id),
        };
        var auditRows = (sort, descending) switch
        {
            ("user", false) => audits.OrderBy(e => e.ActorName).ThenByDescending(e => e.Id),
            ("user", true) => audits.OrderByDescending(e => e.ActorName).ThenByDescending(e => e.Id),
            ("type", false) => audits.OrderBy(e => e.Type).ThenByDescending(e => e.Id),
            ("type", true) => audits.OrderByDescending(e => e.Type).ThenByDescending(e => e.Id),
            (_, false) => audits.OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id),
            _ => audits.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id),
        };

        var fromChanges = await changeRows.Take(take)
            .Select(e => new { e.OccurredAtUtc, e.Type, e.ActorName, e.PersonId, e.Summary }).ToListAsync(ct);
        var fromViews = await viewRows.Take(take)
            .Select(v => new { v.ViewedAtUtc, v.UserName, v.PersonId, v.Page, v.ByBreakGlass }).ToListAsync(ct);
        var fromAudits = await auditRows.Take(take)
            .Select(e => new { e.OccurredAtUtc, e.Type, e.ActorName, e.TargetType, e.TargetId, e.Summary }).ToListAsync(ct);

        var personIds = fromChanges.Select(c => c.PersonId).Concat(fromViews.Select(v => v.PersonId))
            .Concat(fromAudits.Where(a => a.TargetType == AuditTrail.PersonTarget).Select(a => Guid.TryParse(a.TargetId, out var id) ? id : Guid.Empty))
            .Where(id => id != Guid.Empty).Distinct().ToList();
        // Names only of the people the viewer may open; anyone else is shown as the list filter says.
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.LaPersonId, p.IsRestricted, Name = p.FirstName + " " + p.LastName, CanOpen = open.Any(id => id == p.Id) })
            .ToDictionaryAsync(p => p.Id, ct);
        string? PersonText(Guid id) => names.TryGetValue(id, out var p) ? (p.CanOpen ? $"{p.Name} ({p.LaPersonId})" : $"{MaskedPerson.Label(p.IsRestricted)} ({p.LaPersonId})") : null;

        var rows = fromChanges.Select(c => new AuditRow(c.OccurredAtUtc, ChangeSource, c.Type, c.ActorName, c.PersonId, PersonText(c.PersonId), c.Summary))
            .Concat(fromViews.Select(v => new AuditRow(v.ViewedAtUtc, ViewSource, RecordViewed, v.UserName, v.PersonId, PersonText(v.PersonId),
                RecordPageNames.Describe(v.Page, "the record") + (v.ByBreakGlass ? " (break-glass)" : ""))))
            .Concat(fromAudits.Select(a =>
            {
                Guid? id = a.TargetType == AuditTrail.PersonTarget && Guid.TryParse(a.TargetId, out var g) ? g : null;
                return new AuditRow(a.OccurredAtUtc, AuditSource, a.Type, a.ActorName, id, id is { } pid ? PersonText(pid) : null, a.Summary);
            }));
        var ordered = (sort, descending) switch
        {
            ("user", false) => rows.OrderBy(r => r.User, StringComparer.Ordinal).ThenByDescending(r => r.AtUtc),
            ("user", true) => rows.OrderByDescending(r => r.User, StringComparer.Ordinal).ThenByDescending(r => r.AtUtc),
            ("type", false) => rows.OrderBy(r => r.Type, StringComparer.Ordinal).ThenByDescending(r => r.AtUtc),
            ("type", true) => rows.OrderByDescending(r => r.Type, StringComparer.Ordinal).ThenByDescending(r => r.AtUtc),
            (_, false) => rows.OrderBy(r => r.AtUtc),
            _ => rows.OrderByDescending(r => r.AtUtc),
        };
        return new AuditPage([.. ordered.Skip((page - 1) * size).Take(size)], total);
    }

    private static string? Lower(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
