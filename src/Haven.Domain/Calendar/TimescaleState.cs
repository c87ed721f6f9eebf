namespace Haven.Domain.Calendar;

public enum TimescaleState
{
    /// <summary>Not done, and due more than two working days from today.</summary>
    NotYetDue,

    /// <summary>Not done, and due today or within the next two working days.</summary>
    DueSoon,

    /// <summary>Not done, and the due date has passed.</summary>
    Overdue,

    /// <summary>Done on or before the due date.</summary>
    CompletedInTime,

    /// <summary>Done after the due date.</summary>
    CompletedLate,
}
