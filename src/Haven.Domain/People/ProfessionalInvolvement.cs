namespace Haven.Domain.People;

/// <summary>A professional involved with a child (GP, school, health visitor), with dates of involvement.</summary>
public sealed class ProfessionalInvolvement
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid ProfessionalId { get; set; }
    public required string Role { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}
