namespace Haven.Domain.People;

public sealed class ContactDetail
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public ContactMethod Method { get; set; }
    public required string Value { get; set; }
    public string? Note { get; set; }
}

public enum ContactMethod
{
    Phone,
    Mobile,
    Email,
}
