using Haven.Web.Features.Chronology;

namespace Haven.Web.Features.People.Record;

/// <summary>
/// Who has opened this record, for managers and auditors: what they opened, in words, narrowed to one viewer and
/// a range of dates. Break-glass views are marked. A GET form, so a filtered list can be bookmarked.
/// </summary>
public sealed class ViewersModel(HavenDbContext db, TimeProvider clock, CurrentUser user) : PersonPageModel(db, clock)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The viewer to show (their user id); empty for everyone.</summary>
    [BindProperty(SupportsGet = true, Name = "who")]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public bool IsFiltered { get; private set; }

    public IReadOnlyList<RecordView> Views { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<BreakGlassGrant> BreakGlass { get; private set; } = [];
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Everyone who has viewed this record, for the "who" filter.</summary>
    public IReadOnlyList<(string UserId, string Name)> Viewers { get; private set; } = [];

    public string WhatWasViewed(RecordView view) => RecordPageNames.Describe(view.Page, $"{Person.FirstName} {Person.LastName}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccessPolicy.CanManageAccess(user.AsViewer()))
        {
            return Forbid();
        }
        var all = Db.RecordViews.AsNoTracking().Where(v => v.PersonId == PersonId);
        Viewers = (await all.GroupBy(v => v.UserId).Select(g => new { UserId = g.Key, Name = g.Max(v => v.UserName)! }).ToListAsync(ct))
            .Select(v => (v.UserId, v.Name)).OrderBy(v => v.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

        var (from, to) = RecordListFilter.ReadDateRange(From, To, ModelState, Today);
        var views = all;
        if (!string.IsNullOrEmpty(Who))
        {
            views = views.Where(v => v.UserId == Who);
        }
        // The dates are UK days: a view at 00:30 on 1 July in London is 23:30 UTC on 30 June.
        if (from is { } f)
        {
            var start = UkClock.ToUtc(f.ToDateTime(TimeOnly.MinValue));
            views = views.Where(v => v.ViewedAtUtc >= start);
        }
        if (to is { } t)
        {
            var end = UkClock.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue));
            views = views.Where(v => v.ViewedAtUtc < end);
        }
        IsFiltered = !string.IsNullOrEmpty(Who) || from is not null || to is not null;
        Total = await views.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Views = await views.OrderByDescending(v => v.ViewedAtUtc).ThenByDescending(v => v.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        BreakGlass = await Db.BreakGlassGrants.AsNoTracking().Where(g => g.PersonId == PersonId)
            .OrderByDescending(g => g.GrantedAtUtc).Take(100).ToListAsync(ct);
        UserNames = await Db.UserNamesAsync(BreakGlass.Select(g => g.UserId), ct);
        return ModelState.IsValid ? Page() : this.InvalidPage();
    }
}
