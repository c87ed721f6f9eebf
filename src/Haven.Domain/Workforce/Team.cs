namespace Haven.Domain.Workforce;

public sealed class Team
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Identity user id of the team manager.</summary>
    public string? ManagerUserId { get; set; }

    /// <summary>Service area, e.g. "Assessment", "Child protection", "Children in care".</summary>
    public string? Service { get; set; }
}
