namespace Haven.Domain.Workforce;

/// <summary>
/// A change of social worker. Children and inspectors both say changes of worker harm relationships, so each one needs
/// a reason, and a handover note so the new worker starts from what the last one knew, not from a blank page.
/// </summary>
public static class AllocationRules
{
    public const string Worker = nameof(Worker);
    public const string Reason = nameof(Reason);
    public const string HandoverNote = nameof(HandoverNote);

    /// <summary>The longest reason and handover note kept (they are read on screen, not essays).</summary>
    public const int ReasonLength = 500;
    public const int HandoverLength = 10_000;

    /// <summary>
    /// Checks a (re)allocation. A first allocation needs only the worker; a change of worker also needs the reason and
    /// the handover note, and must be to someone else.
    /// </summary>
    public static RuleResult Check(string? currentWorkerUserId, string? newWorkerUserId, string? reason, string? handoverNote)
    {
        var result = new RuleResult();
        if (string.IsNullOrWhiteSpace(newWorkerUserId))
        {
            result.Add(Worker, "Select a social worker");
        }
        else if (newWorkerUserId == currentWorkerUserId)
        {
            result.Add(Worker, "Select a different social worker: this child is already allocated to them");
        }
        if (currentWorkerUserId is null)
        {
            return result;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            result.Add(Reason, "Enter why the social worker is changing");
        }
        else if (reason.Trim().Length > ReasonLength)
        {
            result.Add(Reason, $"Reason must be {ReasonLength} characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(handoverNote))
        {
            result.Add(HandoverNote, "Enter a handover note for the new social worker");
        }
        else if (handoverNote.Trim().Length > HandoverLength)
        {
            result.Add(HandoverNote, $"Handover note must be {HandoverLength:N0} characters or fewer");
        }
        return result;
    }

    /// <summary>Changes of worker in the 12 months up to <paramref name="today"/>: allocations that began then, after the first.</summary>
    public static int ChangesOfWorkerInYearTo(IEnumerable<Allocation> allocations, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        var ordered = allocations.OrderBy(a => a.StartDate).ToList();
        var yearAgo = today.AddYears(-1);
        return ordered.Skip(1).Count(a => a.StartDate > yearAgo && a.StartDate <= today);
    }
}
