namespace Haven.Data;

/// <summary>
/// One row per name a person has used (current name, previous names, aliases), normalised and with
/// phonetic keys, so a search tolerant of spelling can use an index instead of scanning every person.
/// </summary>
public sealed class PersonSearchName
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string FirstNameKey { get; set; }
    public required string LastNameKey { get; set; }
    public bool IsCurrentName { get; set; }
}

public static class PersonSearchNames
{
    /// <summary>The search rows for every name a person has used, current name first.</summary>
    public static IEnumerable<PersonSearchName> For(Haven.Domain.People.Person person)
    {
        yield return Row(person.Id, person.FirstName, person.LastName, isCurrent: true);
        if (!string.IsNullOrWhiteSpace(person.PreferredName) && person.PreferredName != person.FirstName)
        {
            yield return Row(person.Id, person.PreferredName, person.LastName, isCurrent: false);
        }
        foreach (var name in person.OtherNames)
        {
            yield return Row(person.Id, name.FirstName, name.LastName, isCurrent: false);
        }
    }

    public static PersonSearchName Row(Guid personId, string firstName, string lastName, bool isCurrent) => new()
    {
        PersonId = personId,
        FirstName = Haven.Domain.People.NameMatching.Normalise(firstName),
        LastName = Haven.Domain.People.NameMatching.Normalise(lastName),
        FirstNameKey = Haven.Domain.People.NameMatching.PhoneticKey(firstName),
        LastNameKey = Haven.Domain.People.NameMatching.PhoneticKey(lastName),
        IsCurrentName = isCurrent,
    };
}
