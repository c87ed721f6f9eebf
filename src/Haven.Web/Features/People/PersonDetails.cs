namespace Haven.Web.Features.People;

/// <summary>The editable facts about a person, compared field by field to record what an edit changed.</summary>
public sealed record PersonDetails
{
    public PersonKind Kind { get; init; }
    public string FirstName { get; init; } = "";
    public string? MiddleNames { get; init; }
    public string LastName { get; init; } = "";
    public string? PreferredName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? ExpectedDateOfBirth { get; init; }
    public Sex Sex { get; init; }
    public string? GenderIdentity { get; init; }
    public string? EthnicityCode { get; init; }
    public string? FirstLanguage { get; init; }
    public bool InterpreterRequired { get; init; }
    public string? Religion { get; init; }
    public IReadOnlyList<string> Disabilities { get; init; } = [];
    public string? NhsNumber { get; init; }
    public string? UniquePupilNumber { get; init; }
    public string? ProfessionalRole { get; init; }
    public string? Organisation { get; init; }

    public static readonly PersonDetails Empty = new();

    public static PersonDetails From(Person p) => new()
    {
        Kind = p.Kind,
        FirstName = p.FirstName,
        MiddleNames = p.MiddleNames,
        LastName = p.LastName,
        PreferredName = p.PreferredName,
        DateOfBirth = p.DateOfBirth,
        ExpectedDateOfBirth = p.ExpectedDateOfBirth,
        Sex = p.Sex,
        GenderIdentity = p.GenderIdentity,
        EthnicityCode = p.EthnicityCode,
        FirstLanguage = p.FirstLanguage,
        InterpreterRequired = p.InterpreterRequired,
        Religion = p.Religion,
        Disabilities = (p.DisabilityCodes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        NhsNumber = p.NhsNumber,
        UniquePupilNumber = p.UniquePupilNumber,
        ProfessionalRole = p.ProfessionalRole,
        Organisation = p.Organisation,
    };

    public void ApplyTo(Person p)
    {
        p.Kind = Kind;
        p.FirstName = FirstName.Trim();
        p.MiddleNames = Typed.Clean(MiddleNames);
        p.LastName = LastName.Trim();
        p.PreferredName = Typed.Clean(PreferredName);
        p.DateOfBirth = DateOfBirth;
        p.ExpectedDateOfBirth = DateOfBirth is null ? ExpectedDateOfBirth : null;
        p.Sex = Sex;
        p.GenderIdentity = Typed.Clean(GenderIdentity);
        p.EthnicityCode = Typed.Clean(EthnicityCode);
        p.FirstLanguage = Typed.Clean(FirstLanguage);
        p.InterpreterRequired = InterpreterRequired;
        p.Religion = Typed.Clean(Religion);
        p.DisabilityCodes = Disabilities.Count == 0 ? null : string.Join(' ', Disabilities);
        p.NhsNumber = Typed.Clean(NhsNumber);
        p.UniquePupilNumber = Typed.Clean(UniquePupilNumber);
        p.ProfessionalRole = Typed.Clean(ProfessionalRole);
        p.Organisation = Typed.Clean(Organisation);
    }

    /// <summary>Adds a before/after line for each field that differs from <paramref name="before"/>, in words people use.</summary>
    public void Describe(ChangeSet changes, PersonDetails before)
    {
        changes
            .Compare("Record type", before == Empty ? null : before.Kind.ToString(), Kind.ToString())
            .Compare("First name", before.FirstName, FirstName)
            .Compare("Middle names", before.MiddleNames, MiddleNames)
            .Compare("Last name", before.LastName, LastName)
            .Compare("Preferred name", before.PreferredName, PreferredName)
            .Compare("Date of birth", before.DateOfBirth, DateOfBirth, PersonDisplay.Date)
            .Compare("Expected date of birth", before.ExpectedDateOfBirth, DateOfBirth is null ? ExpectedDateOfBirth : null, PersonDisplay.Date)
            .Compare("Sex", before == Empty ? null : CodeSets.SexLabel(before.Sex), CodeSets.SexLabel(Sex))
            .Compare("Gender identity", before.GenderIdentity, GenderIdentity)
            .Compare("Ethnicity", before.EthnicityCode is null ? null : CodeSets.EthnicityLabel(before.EthnicityCode), EthnicityCode is null ? null : CodeSets.EthnicityLabel(EthnicityCode))
            .Compare("First language", before.FirstLanguage, FirstLanguage)
            .Compare("Interpreter needed", before == Empty ? null : YesNo(before.InterpreterRequired), YesNo(InterpreterRequired))
            .Compare("Religion", before.Religion, Religion)
            .Compare("Disability", Disability(before.Disabilities), Disability(Disabilities))
            .Compare("NHS number", before.NhsNumber, NhsNumber)
            .Compare("UPN", before.UniquePupilNumber, UniquePupilNumber)
            .Compare("Professional role", before.ProfessionalRole, ProfessionalRole)
            .Compare("Organisation", before.Organisation, Organisation);
    }

    private static string? Disability(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? null : string.Join(", ", codes.Select(CodeSets.DisabilityLabel));

    private static string YesNo(bool value) => value ? "Yes" : "No";

}

/// <summary>How person facts are written on screen, in one place so every page says them the same way.</summary>
public static class PersonDisplay
{
    public static string? Date(DateOnly? date) => DateText.Date(date);

    public static string Flag(FlagType type) => type switch
    {
        FlagType.RiskToStaff => "Risk to staff",
        FlagType.InterpreterNeeded => "Interpreter needed",
        FlagType.DoNotDiscloseAddress => "Do not disclose address",
        FlagType.Disability => "Disability",
        FlagType.Allergy => "Allergy",
        FlagType.DomesticAbuseMarac => "Domestic abuse (MARAC)",
        FlagType.ChildSexualExploitation => "Child sexual exploitation risk",
        FlagType.MissingFromHome => "Missing from home",
        FlagType.PrivateFostering => "Private fostering",
        FlagType.YoungCarer => "Young carer",
        FlagType.FemaleGenitalMutilation => "Female genital mutilation (FGM)",
        FlagType.ChildCriminalExploitation => "Child criminal exploitation risk",
        FlagType.CountyLines => "County lines",
        FlagType.Radicalisation => "Radicalisation (Prevent)",
        FlagType.Trafficking => "Trafficking (NRM)",
        _ => "Other warning",
    };

    /// <summary>A warning as the banner shows it: what it is and since when, so colleagues know how current it is.</summary>
    public static string WarningLine(PersonFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return $"{FlagText(flag)} (since {DateText.Date(flag.From)})";
    }

    /// <summary>"Risk to staff: do not visit alone", without repeating the label when the note already starts with it.</summary>
    public static string FlagText(PersonFlag flag)
    {
        var label = Flag(flag.Type);
        if (string.IsNullOrWhiteSpace(flag.Note))
        {
            return label;
        }
        return flag.Note.StartsWith(label, StringComparison.OrdinalIgnoreCase) ? flag.Note : $"{label}: {flag.Note}";
    }

    public static string Kind(PersonKind kind) => kind switch
    {
        PersonKind.Child => "Child",
        PersonKind.Adult => "Adult",
        _ => "Professional",
    };

    /// <summary>
    /// What the record's caption calls the person: a child's record stays a child's after 16, but social workers
    /// call them a young person from then (and the leaving care page, a care leaver).
    /// </summary>
    public static string Caption(Person person, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Kind == PersonKind.Child && person.AgeOn(today) >= YoungPersonFrom ? "Young person" : Kind(person.Kind);
    }

    /// <summary>The age from which a child is called a young person, as leaving care work and pathway planning do.</summary>
    public const int YoungPersonFrom = 16;
}
