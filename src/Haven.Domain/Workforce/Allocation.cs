namespace Haven.Domain.Workforce;

/// <summary>A worker allocated to a child for a period. The history of allocations shows changes of worker.</summary>
public sealed class Allocation
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string WorkerUserId { get; set; }
    public Guid TeamId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>Why the worker changed (none for a first allocation), and what the last worker handed over.</summary>
    public string? Reason { get; set; }
    public string? HandoverNote { get; set; }

    public bool IsCurrent(DateOnly today) => StartDate <= today && (EndDate is null || EndDate >= today);
}
