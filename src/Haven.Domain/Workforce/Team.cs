namespace Haven.Domain.Workforce;

public sealed class Team : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Identity user id of the team manager.</summary>
    public string? ManagerUserId { get; set; }

    /// <summary>Service area, e.g. "Assessment", "Child protection", "Children in care".</summary>
    public string? Service { get; set; }
}
