namespace Haven.Domain.People;

/// <summary>A previous name, alias or name at birth: search finds people by every name they have used.</summary>
public sealed class PersonName
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public NameKind Kind { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly? UsedFrom { get; set; }
    public DateOnly? UsedTo { get; set; }
}

public enum NameKind
{
    Previous,
    Alias,
    BirthName,
}
