namespace Haven.Domain.People;

/// <summary>An address with the dates the person lived there, so the history of moves is kept.</summary>
public sealed class Address
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Line1 { get; set; }
    public string? Line2 { get; set; }
    public required string Town { get; set; }
    public required string Postcode { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public string OneLine => string.Join(", ", new[] { Line1, Line2, Town, Postcode }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
