namespace Haven.Domain.CaseRecording;

/// <summary>
/// A case note: a visit, call, meeting or other piece of work. Visits record whether the child was seen and
/// seen alone, and failed visits are kept too (Ofsted: attempts to see children were not robust).
/// </summary>
public sealed class CaseNote : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public CaseNoteType Type { get; set; }
    public DateOnly OccurredOn { get; set; }
    public required string Subject { get; set; }
    public required string Text { get; set; }

    /// <summary>Visits only: was the child seen, and seen alone.</summary>
    public bool? ChildSeen { get; set; }
    public bool? SeenAlone { get; set; }

    /// <summary>Visits only: nobody answered or the family refused; the attempt still counts as work done.</summary>
    public bool VisitFailed { get; set; }

    /// <summary>Which plan's visit this was, when it was a statutory visit.</summary>
    public VisitPurpose? VisitPurpose { get; set; }

    public bool IsSignificant { get; set; }
    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    /// <summary>A statutory visit that counts: the child was actually seen.</summary>
    public bool IsVisitWhereChildSeen => Type == CaseNoteType.HomeVisit && ChildSeen == true && !VisitFailed;
}

public enum CaseNoteType
{
    HomeVisit,
    OfficeVisit,
    PhoneCall,
    Meeting,
    Email,
    DirectWork,
    Supervision,
    Other,
}

public enum VisitPurpose
{
    ChildProtection,
    ChildInNeed,
    Assessment,
    /// <summary>A statutory visit to a looked-after child (its clock restarts with each placement: CareTimescales.NextVisitDue).</summary>
    LookedAfter,
    Other,
}
