using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Haven.Web.Features.FrontDoor;

/// <summary>The named lists behind the front-door dashboard, as they appear in <c>/front-door/contacts?view=…</c>.</summary>
public static partial class FrontDoorViews
{
    public const string Awaiting = "awaiting";
    public const string DecisionOverdue = "decision-overdue";
    public const string DecidedThisWeek = "decided-this-week";
    public const string FeedbackDue = "feedback-due";
    public const string FeedbackOverdue = "feedback-overdue";
    public const string Referrals12Months = "referrals-12-months";
    public const string ReReferrals12Months = "re-referrals-12-months";
    public const string NoFurtherActionReferrals12Months = "nfa-referrals-12-months";
    public const string BySource = "by-source";

    public static readonly IReadOnlyList<string> All =
        [Awaiting, DecisionOverdue, DecidedThisWeek, FeedbackDue, FeedbackOverdue, Referrals12Months, ReReferrals12Months, NoFurtherActionReferrals12Months, BySource];

    public static bool IsKnown(string? view) => view is not null && All.Contains(view);

    public static string Title(string view) => view switch
    {
        Awaiting => "Contacts awaiting a decision",
        DecisionOverdue => "Decisions overdue",
        DecidedThisWeek => "Decided this week",
        FeedbackDue => "Feedback to referrers due",
        FeedbackOverdue => "Feedback to referrers overdue",
        Referrals12Months => "Referrals in the last 12 months",
        ReReferrals12Months => "Re-referrals in the last 12 months",
        NoFurtherActionReferrals12Months => "Referrals in the last 12 months that ended in no further action",
        _ => "Contacts in the last 12 months",
    };

    /// <summary>The list's address; the dashboard links only through here so a figure and its list cannot drift apart.</summary>
    public static string Link(string view, ScreeningOutcome? outcome = null, string? source = null) =>
        $"/front-door/contacts?view={view}"
        + (outcome is { } o ? $"&outcome={OutcomeSlug(o)}" : "")
        + (source is null ? "" : $"&source={Uri.EscapeDataString(source)}");

    public static string OutcomeSlug(ScreeningOutcome outcome) => WordBoundary().Replace(outcome.ToString(), "-$1").ToLowerInvariant();

    public static bool TryParseOutcome(string? slug, out ScreeningOutcome outcome)
    {
        foreach (var value in Enum.GetValues<ScreeningOutcome>())
        {
            if (string.Equals(OutcomeSlug(value), slug, StringComparison.OrdinalIgnoreCase))
            {
                outcome = value;
                return true;
            }
        }
        outcome = default;
        return false;
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}

/// <summary>Which list: a view, optionally narrowed to one decision outcome or one DfE referral source.</summary>
public sealed record FrontDoorFilter(string View, ScreeningOutcome? Outcome = null, string? Source = null);

public enum FrontDoorSort
{
    Received,
    DecisionDue,
    FeedbackDue,
}

/// <summary>Where a contact stands against the one-working-day decision clock, while it has no decision.</summary>
public enum DecisionClock
{
    Decided,
    InTime,
    DueToday,
    Overdue,
}

/// <summary>
/// One contact in a list. For a child the viewer could not open (see <see cref="VisiblePeople"/>), <see cref="ChildName"/>,
/// <see cref="Reference"/>, <see cref="SourceCode"/> and <see cref="Outcome"/> are null: the row says only that a
/// record is waiting (and whether it is restricted), with its Haven ID and the clocks the front door must keep.
/// </summary>
public sealed record FrontDoorRow(
    Guid ContactId,
    Guid PersonId,
    string HavenId,
    bool IsHidden,
    bool IsRestricted,
    string? ChildName,
    string? Reference,
    DateTime ReceivedAtUtc,
    string? SourceCode,
    bool IsDecided,
    ScreeningOutcome? Outcome,
    DateOnly DecisionDueOn,
    DecisionClock DecisionClock,
    int WorkingDaysWaiting,
    FeedbackStatus? FeedbackStatus,
    DateTime? FeedbackDueAtUtc,
    bool FeedbackOverdue,
    bool ImmediateRisk = false);

public sealed record FrontDoorPage(IReadOnlyList<FrontDoorRow> Rows, int Total, int PageNumber, int PageCount);

public sealed record OutcomeCount(ScreeningOutcome Outcome, int Count);

public sealed record SourceCount(string SourceCode, int Count);

public sealed record FrontDoorFigures(
    DateOnly Today,
    DateOnly WeekStart,
    DateOnly YearFrom,
    int Awaiting,
    int DecisionOverdue,
    int DecidedThisWeek,
    IReadOnlyList<OutcomeCount> DecidedThisWeekByOutcome,
    int FeedbackDue,
    int FeedbackOverdue,
    int Referrals,
    int ReReferrals,
    int NoFurtherActionReferrals,
    int ContactsLast12Months,
    IReadOnlyList<SourceCount> BySource,
    IReadOnlyList<FrontDoorRow> AwaitingContacts)
{
    /// <summary>Re-referrals as a percentage of referrals, to one decimal place; null when there were no referrals.</summary>
    public decimal? ReReferralRate => Referrals == 0 ? null : Math.Round(100m * ReReferrals / Referrals, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The front door's figures and the lists behind them. Each figure is the count of exactly the query its list
/// pages through (<see cref="MatchingAsync"/>), so a manager who clicks "7 overdue" finds 7 contacts.
/// </summary>
public sealed class FrontDoorQueries(HavenDbContext db, TimeProvider clock, VisiblePeople visible)
{
    public const int PageSize = 25;
    public const int DashboardQueueLimit = 100;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>The instants and dates "this week" and "the last 12 months" mean, fixed once per request.</summary>
    private sealed record Window(DateTime NowUtc, DateOnly Today, DateOnly WeekStart, DateTime WeekStartUtc, DateOnly YearFrom, DateTime YearFromUtc);

    private Window Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkClock.Today(clock);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        // "The last 12 months" ends today, so it starts the day after the same date last year.
        var yearFrom = today.AddMonths(-12).AddDays(1);
        return new Window(now, today, weekStart, UkClock.ToUtc(weekStart.ToDateTime(TimeOnly.MinValue)), yearFrom, UkClock.ToUtc(yearFrom.ToDateTime(TimeOnly.MinValue)));
    }

    // The filters, each written once. Both the figures and the lists are built from these.

    private static readonly Expression<Func<Contact, bool>> NoDecision = c => c.Decision == null;

    private static Expression<Func<Contact, bool>> DecidedSince(DateTime fromUtc) =>
        c => c.Decision != null && c.Decision.DecidedAtUtc >= fromUtc;

    private static Expression<Func<Contact, bool>> FeedbackOutstandingDueFrom(DateTime nowUtc) =>
        c => c.Feedback != null && (c.Feedback.Status == FeedbackStatus.NotSent || c.Feedback.Status == FeedbackStatus.Failed) && c.Feedback.DueAtUtc >= nowUtc;

    private static Expression<Func<Contact, bool>> FeedbackOutstandingDueBefore(DateTime nowUtc) =>
        c => c.Feedback != null && (c.Feedback.Status == FeedbackStatus.NotSent || c.Feedback.Status == FeedbackStatus.Failed) && c.Feedback.DueAtUtc < nowUtc;

    private static Expression<Func<Contact, bool>> ReceivedSince(DateTime fromUtc) => c => c.ReceivedAtUtc >= fromUtc;

    private static Expression<Func<Contact, bool>> WithOutcome(ScreeningOutcome outcome) => c => c.Decision != null && c.Decision.Outcome == outcome;

    private static Expression<Func<Contact, bool>> FromSource(string source) => c => c.SourceCode == source;

    /// <summary>
    /// Contacts on live records only: a duplicate merged away is no longer a child anyone works with. A child the
    /// viewer could not open still counts and is listed masked (the front door keeps every clock), so each figure
    /// is the length of its list; a viewer who opens no records at all gets neither.
    /// </summary>
    private IQueryable<Contact> Live()
    {
        var listsAnyone = visible.ListsAnyone;
        return db.Contacts.AsNoTracking().Where(c => listsAnyone && db.People.Any(p => p.Id == c.PersonId && p.MergedIntoId == null));
    }

    private IQueryable<Contact> Referred(DateOnly from, DateOnly to, bool reReferralsOnly, bool noFurtherActionOnly = false) =>
        Live().Where(c => db.Referrals.Any(r => r.ContactId == c.Id && r.ReferralDate >= from && r.ReferralDate <= to
            && (!reReferralsOnly || r.IsReReferral) && (!noFurtherActionOnly || r.NoFurtherAction)));

    private static bool IsDecisionOverdue(DateTime receivedAtUtc, DateOnly today) =>
        FrontDoorRules.DecisionDueOn(UkClock.DateOf(receivedAtUtc), Calendar) < today;

    private async Task<IQueryable<Contact>> MatchingAsync(FrontDoorFilter filter, Window w, CancellationToken ct)
    {
        var query = filter.View switch
        {
            FrontDoorViews.Awaiting => Live().Where(NoDecision),
            FrontDoorViews.DecisionOverdue => await DecisionOverdueAsync(w, ct),
            FrontDoorViews.DecidedThisWeek => Live().Where(DecidedSince(w.WeekStartUtc)),
            FrontDoorViews.FeedbackDue => Live().Where(FeedbackOutstandingDueFrom(w.NowUtc)),
            FrontDoorViews.FeedbackOverdue => Live().Where(FeedbackOutstandingDueBefore(w.NowUtc)),
            FrontDoorViews.Referrals12Months => Referred(w.YearFrom, w.Today, reReferralsOnly: false),
            FrontDoorViews.ReReferrals12Months => Referred(w.YearFrom, w.Today, reReferralsOnly: true),
            FrontDoorViews.NoFurtherActionReferrals12Months => Referred(w.YearFrom, w.Today, reReferralsOnly: false, noFurtherActionOnly: true),
            FrontDoorViews.BySource => Live().Where(ReceivedSince(w.YearFromUtc)),
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.View, "Unknown front-door view"),
        };
        if (filter.Outcome is { } outcome)
        {
            query = query.Where(WithOutcome(outcome));
        }
        if (filter.Source is { } source)
        {
            query = query.Where(FromSource(source));
        }
        return query;
    }

    /// <summary>
    /// Working days cannot be counted in SQL, so the due date is worked out here for each contact still waiting
    /// (a front door's queue is tens, not thousands) and the list is narrowed to those past it.
    /// </summary>
    private async Task<IQueryable<Contact>> DecisionOverdueAsync(Window w, CancellationToken ct)
    {
        var waiting = await Live().Where(NoDecision).Select(c => new { c.Id, c.ReceivedAtUtc }).ToListAsync(ct);
        var overdue = waiting.Where(c => IsDecisionOverdue(c.ReceivedAtUtc, w.Today)).Select(c => c.Id).ToList();
        return Live().Where(NoDecision).Where(c => overdue.Contains(c.Id));
    }

    public async Task<FrontDoorFigures> FiguresAsync(CancellationToken ct)
    {
        var w = Now();
        async Task<int> Count(string view) => await (await MatchingAsync(new FrontDoorFilter(view), w, ct)).CountAsync(ct);

        // The whole queue, oldest first, so a manager sees every clock at once; the limit only guards the page
        // on a day the front door is overwhelmed, when the list behind the figure still shows them all.
        var awaiting = await ListAsync(new FrontDoorFilter(FrontDoorViews.Awaiting), FrontDoorSort.DecisionDue, descending: false, pageNumber: 1, DashboardQueueLimit, w, ct);
        var decided = await (await MatchingAsync(new FrontDoorFilter(FrontDoorViews.DecidedThisWeek), w, ct))
            .GroupBy(c => c.Decision!.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bySource = await (await MatchingAsync(new FrontDoorFilter(FrontDoorViews.BySource), w, ct))
            .GroupBy(c => c.SourceCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        // In the DfE's order, which is the order the front door's forms list them in.
        var sourceOrder = FrontDoorCodes.ReferralSources.Select(s => s.Code).ToList();
        return new FrontDoorFigures(
            w.Today,
            w.WeekStart,
            w.YearFrom,
            Awaiting: awaiting.Total,
            DecisionOverdue: await Count(FrontDoorViews.DecisionOverdue),
            DecidedThisWeek: decided.Sum(g => g.Count),
            DecidedThisWeekByOutcome: decided.OrderBy(g => g.Key).Select(g => new OutcomeCount(g.Key, g.Count)).ToList(),
            FeedbackDue: await Count(FrontDoorViews.FeedbackDue),
            FeedbackOverdue: await Count(FrontDoorViews.FeedbackOverdue),
            Referrals: await Count(FrontDoorViews.Referrals12Months),
            ReReferrals: await Count(FrontDoorViews.ReReferrals12Months),
            NoFurtherActionReferrals: await Count(FrontDoorViews.NoFurtherActionReferrals12Months),
            ContactsLast12Months: bySource.Sum(g => g.Count),
            BySource: bySource
                .OrderBy(g => sourceOrder.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.Key)
                .Select(g => new SourceCount(g.Key, g.Count)).ToList(),
            AwaitingContacts: awaiting.Rows);
    }

    public Task<FrontDoorPage> ListAsync(FrontDoorFilter filter, FrontDoorSort sort, bool descending, int pageNumber, int pageSize, CancellationToken ct) =>
        ListAsync(filter, sort, descending, pageNumber, pageSize, Now(), ct);

    private async Task<FrontDoorPage> ListAsync(FrontDoorFilter filter, FrontDoorSort sort, bool descending, int pageNumber, int pageSize, Window w, CancellationToken ct)
    {
        var matching = await MatchingAsync(filter, w, ct);
        var total = await matching.CountAsync(ct);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);

        var sorted = (sort, descending) switch
        {
            // The decision is due a fixed number of working days after the day the contact arrived, so the
            // order of due dates is the order of arrival: SQL can sort by it without knowing the calendar.
            // Contacts the referrer said are at immediate risk come first in the decision queue, whenever they arrived.
            (FrontDoorSort.DecisionDue, false) => matching.OrderByDescending(c => c.ImmediateRisk).ThenBy(c => c.ReceivedAtUtc),
            (FrontDoorSort.DecisionDue, true) => matching.OrderByDescending(c => c.ImmediateRisk).ThenByDescending(c => c.ReceivedAtUtc),
            (FrontDoorSort.Received, false) => matching.OrderBy(c => c.ReceivedAtUtc),
            (FrontDoorSort.Received, true) => matching.OrderByDescending(c => c.ReceivedAtUtc),
            // SQLite and PostgreSQL put nulls at opposite ends; contacts with no feedback go last either way.
            (_, false) => matching.OrderBy(c => c.Feedback == null).ThenBy(c => c.Feedback!.DueAtUtc),
            (_, true) => matching.OrderBy(c => c.Feedback == null).ThenByDescending(c => c.Feedback!.DueAtUtc),
        };
        var open = visible.OpenIds;
        var page = await sorted.ThenBy(c => c.Reference)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new
            {
                c.Id,
                c.PersonId,
                p.LaPersonId,
                p.FirstName,
                p.LastName,
                p.IsRestricted,
                CanOpen = open.Any(id => id == p.Id),
                c.Reference,
                c.ReceivedAtUtc,
                c.SourceCode,
                c.ImmediateRisk,
                Decided = c.Decision != null,
                Outcome = c.Decision != null ? (ScreeningOutcome?)c.Decision.Outcome : null,
                FeedbackStatus = c.Feedback != null ? (FeedbackStatus?)c.Feedback.Status : null,
                FeedbackDue = c.Feedback != null ? (DateTime?)c.Feedback.DueAtUtc : null,
            })
            .ToListAsync(ct);

        var rows = page.Select(r =>
        {
            var hidden = !r.CanOpen;
            var receivedOn = UkClock.DateOf(r.ReceivedAtUtc);
            var due = FrontDoorRules.DecisionDueOn(receivedOn, Calendar);
            var decisionClock = r.Decided ? DecisionClock.Decided
                : due < w.Today ? DecisionClock.Overdue
                : due == w.Today ? DecisionClock.DueToday
                : DecisionClock.InTime;
            var feedbackOverdue = r.FeedbackStatus is FeedbackStatus.NotSent or FeedbackStatus.Failed && r.FeedbackDue < w.NowUtc;
            return new FrontDoorRow(
                r.Id, r.PersonId, r.LaPersonId, hidden, r.IsRestricted,
                hidden ? null : $"{r.FirstName} {r.LastName}",
                hidden ? null : r.Reference,
                r.ReceivedAtUtc,
                hidden ? null : r.SourceCode,
                r.Decided,
                hidden ? null : r.Outcome,
                due,
                decisionClock,
                Calendar.WorkingDaysBetween(receivedOn, w.Today),
                r.FeedbackStatus,
                r.FeedbackDue,
                feedbackOverdue,
                // Shown even on a row whose child is hidden: it names nobody, and the front door must act on it.
                r.ImmediateRisk);
        }).ToList();
        return new FrontDoorPage(rows, total, pageNumber, pageCount);
    }
}
