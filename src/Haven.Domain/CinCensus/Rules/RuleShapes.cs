namespace Haven.Domain.CinCensus.Rules;

/// <summary>A dated element of a record, with where it is. What most rules compare and report.</summary>
public readonly record struct DatedField(CinCensusRecord Record, string Field, DateOnly? Date, CinIssueLocation At)
{
    public string? Shown => Record.Shown(Field, Date);
}

/// <summary>A coded value and where it is, for code-set rules.</summary>
public readonly record struct CodedValue(string? Value, CinIssueLocation At);

/// <summary>
/// A rule that a code, where present (or always, when <see cref="Required"/>), is in the DfE's code set.
/// Missing and invalid share one rule in the DfE's list, so one shape serves both.
/// </summary>
public abstract class CodeSetRule(string id, string message, string field, IReadOnlySet<string> codes, bool required)
    : CinChildRule(id, message, field)
{
    public bool Required { get; } = required;

    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        foreach (var (value, at) in Values(child))
        {
            var missing = string.IsNullOrWhiteSpace(value);
            if ((missing && Required) || (!missing && !codes.Contains(value!)))
            {
                yield return Issue(child, Fields[0], value, at);
            }
        }
    }

    protected abstract IEnumerable<CodedValue> Values(CinCensusChild child);
}

/// <summary>A rule that a date, where present, falls within the census period.</summary>
public abstract class InCensusPeriodRule(
    string id, string message, Func<CinCensusChild, CinRuleContext, IEnumerable<DatedField>> dates, params string[] fields)
    : CinChildRule(id, message, fields)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from date in dates(child, context)
        where date.Date is { } d && !context.InCensusPeriod(d)
        select Issue(child, date.Field, date.Shown, date.At);
}

/// <summary>A rule that a date is present and not after the end of the census period.</summary>
public abstract class MissingOrAfterCensusRule(string id, string message, Func<CinCensusChild, IEnumerable<DatedField>> dates, string field)
    : CinChildRule(id, message, field)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from date in dates(child)
        where date.Date is not { } d || d > context.ReferenceDate
        select Issue(child, date.Field, date.Shown, date.At);
}

/// <summary>
/// A date that must not be before (or after) another. <see cref="Limit"/> null means there is nothing to compare
/// with, so the rule does not apply: a missing date is another rule's business.
/// </summary>
public readonly record struct DateLimit(DatedField Checked, DateOnly? Limit);

/// <summary>A rule that each checked date is on or after its limit.</summary>
public abstract class NotBeforeRule(
    string id, string message, Func<CinCensusChild, CinRuleContext, IEnumerable<DateLimit>> limits, params string[] fields)
    : CinChildRule(id, message, fields)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from pair in limits(child, context)
        where pair.Checked.Date is { } date && pair.Limit is { } limit && date < limit
        select Issue(child, pair.Checked.Field, pair.Checked.Shown, pair.Checked.At);
}

/// <summary>A rule that each checked date is on or before its limit.</summary>
public abstract class NotAfterRule(
    string id, string message, Func<CinCensusChild, CinRuleContext, IEnumerable<DateLimit>> limits, params string[] fields)
    : CinChildRule(id, message, fields)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from pair in limits(child, context)
        where pair.Checked.Date is { } date && pair.Limit is { } limit && date > limit
        select Issue(child, pair.Checked.Field, pair.Checked.Shown, pair.Checked.At);
}

/// <summary>
/// A rule that no start of one kind (say CIN plans) falls while a period of another kind (say protection
/// plans) is running. A start on the day the other period ends is allowed: that is a step up or down.
/// </summary>
public abstract class StartsDuringRule(
    string id, string message, Func<CinCensusChild, IEnumerable<DatedField>> starts, Func<CinCensusChild, IEnumerable<Period>> periods,
    params string[] fields)
    : CinChildRule(id, message, fields)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        var running = periods(child).ToList();
        return from start in starts(child)
               where start.Date is { } date && running.Any(p => p.Covers(date, context.ReferenceDate, endInclusive: false))
               select Issue(child, start.Field, start.Shown, start.At);
    }
}

/// <summary>A rule that a period does not start and end on the same day.</summary>
public abstract class SameDayRule(string id, string message, params string[] fields) : CinChildRule(id, message, fields)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        from period in Periods(child)
        where period.Start.Date is { } start && start == period.End
        select Issue(child, period.Start.Field, period.Start.Shown, period.Start.At);

    protected abstract IEnumerable<Period> Periods(CinCensusChild child);
}

/// <summary>
/// A span of time: from a start to an end, or, with no end, up to the reference date when it is still ongoing.
/// A period with no end that is not ongoing (closed without a date) covers only its start.
/// </summary>
public readonly record struct Period(DatedField Start, DateOnly? End, bool Ongoing)
{
    public bool Covers(DateOnly date, DateOnly referenceDate, bool endInclusive) =>
        Start.Date is { } start && date >= start && End switch
        {
            { } end => endInclusive ? date <= end : date < end,
            null => Ongoing && date <= referenceDate,
        };
}

/// <summary>A rule that no period in a group starts while another period of the same group is running.</summary>
public abstract class OverlapRule(string id, string message, params string[] fields) : CinChildRule(id, message, fields)
{
    /// <summary>Whether a period may start on the day another one ends.</summary>
    protected virtual bool EndInclusive => true;

    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        foreach (var group in Groups(child))
        {
            var periods = group.ToList();
            for (var i = 0; i < periods.Count; i++)
            {
                var start = periods[i].Start;
                if (start.Date is not { } date)
                {
                    continue;
                }

                var overlaps = periods.Where((other, j) => j != i && other.Covers(date, context.ReferenceDate, EndInclusive));
                if (overlaps.Any())
                {
                    yield return Issue(child, start.Field, start.Shown, start.At);
                }
            }
        }
    }

    protected abstract IEnumerable<IEnumerable<Period>> Groups(CinCensusChild child);
}

/// <summary>A rule that a group holds at most one open item (an item with no end).</summary>
public abstract class OneOpenRule(string id, string message, params string[] fields) : CinChildRule(id, message, fields)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        foreach (var group in OpenItems(child))
        {
            var open = group.ToList();
            if (open.Count > 1)
            {
                foreach (var item in open)
                {
                    yield return Issue(child, item.Field, item.Shown, item.At);
                }
            }
        }
    }

    /// <summary>For each group, its open items, each given by the end date element that is missing.</summary>
    protected abstract IEnumerable<IEnumerable<DatedField>> OpenItems(CinCensusChild child);
}
