namespace Haven.Domain.ChildProtection;

/// <summary>
/// The child protection clocks (Working Together) and the checks that stop unsafe or impossible records.
/// Every due date is counted from the event that actually happened, so re-arranging a conference never
/// restarts a clock: an initial conference is due 15 working days after the strategy discussion whatever date
/// it is booked for, and the next review is counted from the day the last conference was actually held.
/// </summary>
public static partial class ChildProtectionRules
{
}
