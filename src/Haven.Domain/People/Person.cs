namespace Haven.Domain.People;

/// <summary>
/// Anyone the local authority records: a child (including an unborn child), an adult in the family network,
/// or a professional. One record per human being, so that history follows the person, not the case.
/// </summary>
public sealed class Person : IVersioned
{
    /// <summary>Goes up with every save; an edit made from an older version is refused (<see cref="IVersioned"/>).</summary>
    public int Version { get; set; }

    public Guid Id { get; set; }

    /// <summary>The LA's own person reference, printed on letters and quoted on the phone.</summary>
    public required string LaPersonId { get; set; }

    public PersonKind Kind { get; set; }
    public required string FirstName { get; set; }
    public string? MiddleNames { get; set; }
    public required string LastName { get; set; }
    public string? PreferredName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Set for an unborn child, so pre-birth work can start before there is a date of birth.</summary>
    public DateOnly? ExpectedDateOfBirth { get; set; }
    public DateOnly? DateOfDeath { get; set; }

    public Sex Sex { get; set; }
    public string? GenderIdentity { get; set; }

    /// <summary>DfE ethnicity code (CIN census / SSDA903), e.g. WBRI.</summary>
    public string? EthnicityCode { get; set; }
    public string? FirstLanguage { get; set; }
    public bool InterpreterRequired { get; set; }
    public string? Religion { get; set; }

    /// <summary>DfE CIN census disability codes, space separated (NONE, MOB, HAND, ...).</summary>
    public string? DisabilityCodes { get; set; }
    public string? NhsNumber { get; set; }
    public string? UniquePupilNumber { get; set; }

    /// <summary>For professionals: their role and organisation (e.g. GP at Riverside Surgery).</summary>
    public string? ProfessionalRole { get; set; }
    public string? Organisation { get; set; }

    /// <summary>A restricted record opens only for named users; everyone else sees that it exists.</summary>
    public bool IsRestricted { get; set; }

    /// <summary>When a duplicate is merged, it points at the record that survives; it is never deleted.</summary>
    public Guid? MergedIntoId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<PersonName> OtherNames { get; set; } = [];
    public List<Address> Addresses { get; set; } = [];
    public List<ContactDetail> ContactDetails { get; set; } = [];
    public List<PersonFlag> Flags { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfBirth is not null;

    public Address? CurrentAddress(DateOnly today) =>
        Addresses.Where(a => a.StartDate <= today && (a.EndDate is null || a.EndDate >= today))
            .OrderByDescending(a => a.StartDate).FirstOrDefault();

    /// <summary>Age in whole years, or null when the date of birth is not known.</summary>
    public int? AgeOn(DateOnly today)
    {
        if (DateOfBirth is not { } dob || dob > today)
        {
            return null;
        }
        var age = today.Year - dob.Year;
        return dob.AddYears(age) > today ? age - 1 : age;
    }
}

public enum PersonKind
{
    Child,
    Adult,
    Professional,
}

/// <summary>Sex as the DfE returns record it (CIN census codes 0/1/2/9 map to these).</summary>
public enum Sex
{
    NotKnown = 0,
    Male = 1,
    Female = 2,
    Indeterminate = 9,
}
