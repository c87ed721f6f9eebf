namespace Haven.Web.Features.Home;

/// <summary>The auditor's home: the search of the audit, and the past week's openings and refusals that most need a second look.</summary>
public sealed class AuditorHomeView
{

    public required HomeList Openings { get; init; }

    public required HomeList Refusals { get; init; }

    public required IReadOnlyList<string> Types { get; init; }

    public IReadOnlyList<HomeList> Lists => [Openings, Refusals];
}

/// <summary>A record opened outside the usual rules: break-glass, or a restricted record read for audit.</summary>
public sealed record OpeningRow(DateTime AtUtc, HomeChild Child, string User, string How, string? Reason);

/// <summary>A page, record or change someone was refused.</summary>
public sealed record RefusalRow(DateTime AtUtc, string User, string What);

public sealed class AuditorHome(HavenDbContext db, HomeChildren children, AuditSearch search, TimeProvider clock)
 : IRoleHome
{
    public string Partial => "_AuditorHome";

    public string Title => "Audit";

    /// <summary>What <see cref="LoadAsync"/> found; the partial shows it.</summary>
    public AuditorHomeView View { get; private set; } = null!;

    public IReadOnlyList<HomeList> Lists => View.Lists;

    /// <summary>How far back the home looks: the week since the auditor's last weekly review.</summary>
    public const int Days = 7;

    public async Task LoadAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-Days);
        var openings = await db.CaseEvents.AsNoTracking()
            .Where(e => e.OccurredAtUtc >= since && (e.Type == CaseEventTypes.BreakGlassAccess || e.Type == CaseEventTypes.RestrictedRecordAudited))
            .OrderByDescending(e => e.Id).Take(500)
            .Select(e => new { e.OccurredAtUtc, e.PersonId, e.ActorName, e.Type, e.Reason, e.Summary })
            .ToListAsync(ct);
        var (shown, notShown) = await children.ShownAsync(openings, o => o.PersonId, ct);
        var refusals = await db.AuditEvents.AsNoTracking()
            .Where(e => e.OccurredAtUtc >= since && e.Type == AuditEventTypes.AccessRefused)
            .OrderByDescending(e => e.Id).Take(500)
            .Select(e => new RefusalRow(e.OccurredAtUtc, e.ActorName, e.Summary))
            .ToListAsync(ct);
        View = new AuditorHomeView
        {
            Types = await search.TypesAsync(ct),
            Openings = HomeList.Of("openings", $"Records opened outside the usual rules in the last {Days} days", "No record was opened by break-glass or read for audit.",
                shown.Select(s => new OpeningRow(s.Row.OccurredAtUtc, s.Child, s.Row.ActorName,
                    s.Row.Type == CaseEventTypes.BreakGlassAccess ? "Break-glass" : "Restricted record read for audit", s.Row.Reason ?? s.Row.Summary)),
                [
                    new HomeColumn<OpeningRow>("when", "When", r => DateText.DateAndTime(r.AtUtc), r => r.AtUtc),
                    new HomeColumn<OpeningRow>("child", "Child", r => r.Child.Text, r => r.Child.Name, r => $"/people/{r.Child.Id}/viewers"),
                    new HomeColumn<OpeningRow>("user", "Opened by", r => r.User, r => r.User),
                    new HomeColumn<OpeningRow>("how", "How", r => r.How, r => r.How),
                    new HomeColumn<OpeningRow>("reason", "Reason given", r => r.Reason),
                ], "when", defaultDescending: true, notShown: notShown,
                hint: "Each child's link shows everyone who has opened their record, so you can check the reason against what was viewed."),
            Refusals = HomeList.Of("refusals", $"Refused access in the last {Days} days", "Nobody was refused a page or record.", refusals,
                [
                    new HomeColumn<RefusalRow>("when", "When", r => DateText.DateAndTime(r.AtUtc), r => r.AtUtc),
                    new HomeColumn<RefusalRow>("user", "User", r => r.User, r => r.User, r => $"/audit?user={Uri.EscapeDataString(r.User)}&type={AuditEventTypes.AccessRefused}"),
                    new HomeColumn<RefusalRow>("what", "What was refused", r => r.What, r => r.What),
                ], "when", defaultDescending: true,
                hint: "Repeated refusals for one user may mean a role is wrong, or someone is looking where they should not."),
        };
    }
}
