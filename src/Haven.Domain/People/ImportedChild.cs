namespace Haven.Domain.People;

/// <summary>
/// A child first met in another system's return (the CIN census, the SSDA903). Returns carry no names, so the child
/// is named by their id until a worker records their name; "NOBT" (ethnicity not obtained) is no answer, so none is
/// stored.
/// </summary>
public static class ImportedChild
{
    public static Person New(string laPersonId, DateOnly? bornOn, Sex sex, string? ethnicity, string? upn, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        LaPersonId = laPersonId,
        Kind = PersonKind.Child,
        FirstName = "Unnamed child",
        LastName = laPersonId,
        DateOfBirth = bornOn,
        Sex = sex,
        EthnicityCode = ethnicity is null or "NOBT" ? null : ethnicity,
        UniquePupilNumber = upn,
        CreatedAtUtc = nowUtc,
    };
}
