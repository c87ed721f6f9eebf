using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.People;

/// <summary>
/// The person details form, shared by "Add a person" and "Change details", with its validation written once.
/// Every field is kept as typed so a page redisplayed with errors loses nothing.
/// </summary>
public sealed class PersonDetailsForm
{
    public PersonKind Kind { get; set; } = PersonKind.Child;
    public string? FirstName { get; set; }
    public string? MiddleNames { get; set; }
    public string? LastName { get; set; }
    public string? PreferredName { get; set; }

    /// <summary>"born" or "unborn": an unborn child has an expected date of birth instead.</summary>
    public string? BornStatus { get; set; } = "born";
    public DateInput DateOfBirth { get; set; } = new();
    public DateInput ExpectedDateOfBirth { get; set; } = new();
    public Sex? Sex { get; set; }
    public string? GenderIdentity { get; set; }
    public string? EthnicityCode { get; set; }
    public string? FirstLanguage { get; set; }
    public string? InterpreterRequired { get; set; }
    public string? Religion { get; set; }
    public List<string> Disabilities { get; set; } = [];
    public string? NhsNumber { get; set; }
    public string? UniquePupilNumber { get; set; }
    public string? ProfessionalRole { get; set; }
    public string? Organisation { get; set; }

    public bool IsUnborn => Kind == PersonKind.Child && BornStatus == "unborn";

    public static PersonDetailsForm From(Person p) => new()
    {
        Kind = p.Kind,
        FirstName = p.FirstName,
        MiddleNames = p.MiddleNames,
        LastName = p.LastName,
        PreferredName = p.PreferredName,
        BornStatus = p.IsUnborn ? "unborn" : "born",
        DateOfBirth = DateInput.From(p.DateOfBirth),
        ExpectedDateOfBirth = DateInput.From(p.ExpectedDateOfBirth),
        Sex = p.Sex,
        GenderIdentity = p.GenderIdentity,
        EthnicityCode = p.EthnicityCode,
        FirstLanguage = p.FirstLanguage,
        InterpreterRequired = p.InterpreterRequired ? "yes" : "no",
        Religion = p.Religion,
        Disabilities = (p.DisabilityCodes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
        NhsNumber = p.NhsNumber is { Length: 10 } n ? $"{n[..3]} {n[3..6]} {n[6..]}" : p.NhsNumber,
        UniquePupilNumber = p.UniquePupilNumber,
        ProfessionalRole = p.ProfessionalRole,
        Organisation = p.Organisation,
    };

    /// <summary>Checks the form and adds GOV.UK-style messages under "{prefix}.{Field}". Returns the details when valid.</summary>
    public PersonDetails? Validate(ModelStateDictionary modelState, string prefix, DateOnly today)
    {
        string Key(string field) => $"{prefix}.{field}";
        if (string.IsNullOrWhiteSpace(FirstName))
        {
            modelState.AddModelError(Key(nameof(FirstName)), "Enter a first name");
        }
        else if (FirstName.Trim().Length > 100)
        {
            modelState.AddModelError(Key(nameof(FirstName)), "First name must be 100 characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(LastName))
        {
            modelState.AddModelError(Key(nameof(LastName)), "Enter a last name");
        }
        else if (LastName.Trim().Length > 100)
        {
            modelState.AddModelError(Key(nameof(LastName)), "Last name must be 100 characters or fewer");
        }

        DateOnly? dob = null;
        DateOnly? expected = null;
        if (IsUnborn)
        {
            var result = DateInputValidation.Validate(ExpectedDateOfBirth, "expected date of birth", required: true,
                notBefore: today.AddMonths(-1), notAfter: today.AddMonths(10), today: today);
            result.AddTo(modelState, Key(nameof(ExpectedDateOfBirth)));
            expected = result.Date;
        }
        else
        {
            var result = DateInputValidation.Validate(DateOfBirth, "date of birth", required: false,
                notAfter: today, notBefore: today.AddYears(-120), today: today);
            result.AddTo(modelState, Key(nameof(DateOfBirth)));
            dob = result.Date;
        }
        if (Sex is null)
        {
            modelState.AddModelError(Key(nameof(Sex)), "Select the person's sex, or 'Not known'");
        }
        if (!string.IsNullOrWhiteSpace(EthnicityCode) && !CodeSets.IsEthnicity(EthnicityCode))
        {
            modelState.AddModelError(Key(nameof(EthnicityCode)), "Select an ethnicity from the list");
        }
        if (Disabilities.Contains("NONE") && Disabilities.Count > 1)
        {
            modelState.AddModelError(Key(nameof(Disabilities)), "Select 'No disability' or the disabilities the person has, not both");
        }
        // The CIN census needs an answer for every child (rule 8540), so "no disability" is recorded, never assumed.
        if (Kind == PersonKind.Child && !IsUnborn && Disabilities.Count == 0)
        {
            modelState.AddModelError(Key(nameof(Disabilities)), "Select the child's disabilities, or 'No disability'");
        }
        if (Disabilities.Any(d => !CodeSets.IsDisability(d)))
        {
            modelState.AddModelError(Key(nameof(Disabilities)), "Select disabilities from the list");
        }

        string? nhs = null;
        if (!string.IsNullOrWhiteSpace(NhsNumber))
        {
            if (Haven.Domain.People.NhsNumber.Validate(NhsNumber) is { } nhsError)
            {
                modelState.AddModelError(Key(nameof(NhsNumber)), nhsError);
            }
            else if (Haven.Domain.People.NhsNumber.TryParse(NhsNumber, out var parsed))
            {
                nhs = parsed.Value;
            }
        }
        string? upn = null;
        if (!string.IsNullOrWhiteSpace(UniquePupilNumber))
        {
            if (Haven.Domain.People.UniquePupilNumber.Validate(UniquePupilNumber) is { } upnError)
            {
                modelState.AddModelError(Key(nameof(UniquePupilNumber)), upnError);
            }
            else if (Haven.Domain.People.UniquePupilNumber.TryParse(UniquePupilNumber, out var parsedUpn))
            {
                upn = parsedUpn.Value;
            }
        }
        if (Kind == PersonKind.Professional && string.IsNullOrWhiteSpace(ProfessionalRole))
        {
            modelState.AddModelError(Key(nameof(ProfessionalRole)), "Enter the professional's role, like GP or health visitor");
        }

        if (modelState.ErrorCount > 0)
        {
            return null;
        }
        return new PersonDetails
        {
            Kind = Kind,
            FirstName = FirstName!.Trim(),
            MiddleNames = MiddleNames,
            LastName = LastName!.Trim(),
            PreferredName = PreferredName,
            DateOfBirth = dob,
            ExpectedDateOfBirth = expected,
            Sex = Sex ?? Haven.Domain.People.Sex.NotKnown,
            GenderIdentity = GenderIdentity,
            EthnicityCode = string.IsNullOrWhiteSpace(EthnicityCode) ? null : EthnicityCode,
            FirstLanguage = FirstLanguage,
            InterpreterRequired = InterpreterRequired == "yes",
            Religion = Religion,
            Disabilities = Disabilities,
            NhsNumber = nhs,
            UniquePupilNumber = upn,
            ProfessionalRole = Kind == PersonKind.Professional ? ProfessionalRole : null,
            Organisation = Kind == PersonKind.Professional ? Organisation : null,
        };
    }
}

/// <summary>An address as typed, with its validation.</summary>
public sealed class AddressForm
{
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public DateInput StartDate { get; set; } = new();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(Town) && string.IsNullOrWhiteSpace(Postcode) && StartDate.IsEmpty;

    public Address? Validate(ModelStateDictionary modelState, string prefix, DateOnly today)
    {
        string Key(string field) => $"{prefix}.{field}";
        if (string.IsNullOrWhiteSpace(Line1))
        {
            modelState.AddModelError(Key(nameof(Line1)), "Enter address line 1, typically the building and street");
        }
        if (string.IsNullOrWhiteSpace(Town))
        {
            modelState.AddModelError(Key(nameof(Town)), "Enter town or city");
        }
        if (string.IsNullOrWhiteSpace(Postcode))
        {
            modelState.AddModelError(Key(nameof(Postcode)), "Enter postcode");
        }
        else if (!PersonSearch.PostcodePattern().IsMatch(Postcode.Trim()))
        {
            modelState.AddModelError(Key(nameof(Postcode)), "Enter a real postcode, like HV1 4AB");
        }
        var start = DateInputValidation.Validate(StartDate, "the date they moved in", required: true, notAfter: today, today: today);
        start.AddTo(modelState, Key(nameof(StartDate)));
        if (modelState.ErrorCount > 0)
        {
            return null;
        }
        return new Address
        {
            Line1 = Line1!.Trim(),
            Line2 = string.IsNullOrWhiteSpace(Line2) ? null : Line2.Trim(),
            Town = Town!.Trim(),
            Postcode = PersonSearch.NormalisePostcode(Postcode!),
            StartDate = start.Date!.Value,
        };
    }
}
