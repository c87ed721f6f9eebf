using System.Globalization;

namespace Haven.Domain.CinCensus;

/// <summary>
/// A value from the file that could not be read as its type, kept as written so a report can show the person
/// exactly what to fix (a date written 31/03/2025 is reported as "31/03/2025", not as missing).
/// </summary>
public sealed record UnparsedValue(string Element, string Text);

/// <summary>Any group of the census that can hold values the reader could not parse.</summary>
public abstract record CinCensusRecord
{
    public EquatableList<UnparsedValue> Unparsed { get; init; } = [];

    /// <summary>The text of the first unparsable value of <paramref name="element"/>, or null.</summary>
    public string? UnparsedText(string element)
    {
        foreach (var value in Unparsed)
        {
            if (value.Element == element)
            {
                return value.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// The date as the DfE writes it, or the unparsable text that stood in its place, or null when the element
    /// was absent. Used for the "value" of an issue and by the writer, so a bad value survives a round trip.
    /// </summary>
    public string? Shown(string element, DateOnly? date) => date is { } d ? CinDates.Format(d) : UnparsedText(element);

    /// <summary>True when the element was in the file, even with a value that could not be read.</summary>
    public bool IsPresent(string element, DateOnly? date) => date is not null || UnparsedText(element) is not null;
}

/// <summary>The header of a census file: which collection, which year, which local authority sent it.</summary>
public sealed record CinCensusHeader : CinCensusRecord
{
    public string? Collection { get; init; }

    public string? Year { get; init; }

    /// <summary>The last day of the census year (31 March). The census period is the year ending on this day.</summary>
    public DateOnly? ReferenceDate { get; init; }

    public string? SourceLevel { get; init; }

    /// <summary>The local authority's 3-digit DfE code.</summary>
    public string? LEA { get; init; }

    public string? SoftwareCode { get; init; }

    public string? Release { get; init; }

    public string? SerialNo { get; init; }

    /// <summary>When the file was made, as written (xs:dateTime). Kept as text: it is never calculated with.</summary>
    public string? DateTime { get; init; }

    /// <summary>The calendar year in which the census year ends, from the reference date or else the Year element.</summary>
    public int? CensusYearEnd =>
        ReferenceDate?.Year ?? (int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null);

    /// <summary>
    /// From the census year ending in 2025 the DfE collects Sex (M, F, U) instead of GenderCurrent (1, 2, 0, 9).
    /// A header with no usable year is treated as current.
    /// </summary>
    public bool UsesSex => CensusYearEnd is null or >= 2025;
}

/// <summary>One child in the census, with every CIN episode (CINdetails) reported for them.</summary>
public sealed record CinCensusChild : CinCensusRecord
{
    public string? LAchildID { get; init; }

    public string? UPN { get; init; }

    public string? FormerUPN { get; init; }

    /// <summary>Why there is no UPN: UN1 to UN7.</summary>
    public string? UPNunknown { get; init; }

    public DateOnly? PersonBirthDate { get; init; }

    /// <summary>For an unborn child, instead of <see cref="PersonBirthDate"/>.</summary>
    public DateOnly? ExpectedPersonBirthDate { get; init; }

    /// <summary>M, F or U (census years ending 2025 and later).</summary>
    public string? Sex { get; init; }

    /// <summary>1, 2, 0 or 9: the element that Sex replaced, still found in older files.</summary>
    public string? GenderCurrent { get; init; }

    public DateOnly? PersonDeathDate { get; init; }

    public string? Ethnicity { get; init; }

    public EquatableList<string> Disabilities { get; init; } = [];

    public EquatableList<CinDetails> CinDetails { get; init; } = [];

    /// <summary>An unborn child has an expected date of birth and no date of birth.</summary>
    public bool IsUnborn => !IsPresent(CinElements.PersonBirthDate, PersonBirthDate) && ExpectedPersonBirthDate is not null;
}

/// <summary>One CIN episode: a referral, what followed it, and how it closed.</summary>
public sealed record CinDetails : CinCensusRecord
{
    public DateOnly? CINreferralDate { get; init; }

    public string? ReferralSource { get; init; }

    public string? PrimaryNeedCode { get; init; }

    public DateOnly? CINclosureDate { get; init; }

    public string? ReasonForClosure { get; init; }

    /// <summary>An initial child protection conference held with no section 47 enquiry in the year.</summary>
    public DateOnly? DateOfInitialCPC { get; init; }

    public EquatableList<CinAssessment> Assessments { get; init; } = [];

    public EquatableList<CinPlanDates> CinPlanDates { get; init; } = [];

    public EquatableList<CinSection47> Section47s { get; init; } = [];

    /// <summary>Referral with no further action, as written (true, false, 1, 0 in any case).</summary>
    public string? ReferralNFA { get; init; }

    public EquatableList<CinChildProtectionPlan> ChildProtectionPlans { get; init; } = [];

    /// <summary>True, false, or null when <see cref="ReferralNFA"/> is missing or not a yes/no value.</summary>
    public bool? IsReferralNfa => CinFlags.Parse(ReferralNFA);

    /// <summary>Open and not a referral with no further action: the case is still being worked.</summary>
    public bool IsOpenWithFurtherAction => CINclosureDate is null && IsReferralNfa == false;
}

/// <summary>A child and family assessment within an episode.</summary>
public sealed record CinAssessment : CinCensusRecord
{
    public DateOnly? ActualStartDate { get; init; }

    public DateOnly? InternalReviewDate { get; init; }

    /// <summary>When the assessment was completed and signed off: its end date.</summary>
    public DateOnly? AuthorisationDate { get; init; }

    /// <summary>Parental or child factors identified at assessment (AssessmentFactors codes).</summary>
    public EquatableList<string> Factors { get; init; } = [];
}

/// <summary>A CIN plan's dates.</summary>
public sealed record CinPlanDates : CinCensusRecord
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

/// <summary>A section 47 enquiry and, where held, its initial child protection conference.</summary>
public sealed record CinSection47 : CinCensusRecord
{
    public DateOnly? ActualStartDate { get; init; }

    public DateOnly? InitialCPCtarget { get; init; }

    public DateOnly? DateOfInitialCPC { get; init; }

    /// <summary>As written (true, false, 1, 0 in any case).</summary>
    public string? ICPCnotRequired { get; init; }

    public bool? IsIcpcNotRequired => CinFlags.Parse(ICPCnotRequired);

    /// <summary>Still waiting for its conference: no conference date and a conference still required.</summary>
    public bool IsAwaitingConference => DateOfInitialCPC is null && IsIcpcNotRequired != true;
}

/// <summary>A child protection plan within an episode.</summary>
public sealed record CinChildProtectionPlan : CinCensusRecord
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public string? InitialCategoryOfAbuse { get; init; }

    public string? LatestCategoryOfAbuse { get; init; }

    /// <summary>As written: 0 is common although the 2024 XSD says positiveInteger.</summary>
    public string? NumberOfPreviousCPP { get; init; }

    /// <summary>One entry per CPPreviewDate element; null where the element was empty or unreadable.</summary>
    public EquatableList<DateOnly?> ReviewDates { get; init; } = [];
}

/// <summary>The census's yes/no type: true, false, 1 or 0, in any case.</summary>
public static class CinFlags
{
    public static bool? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" => true,
        "FALSE" or "0" => false,
        _ => null,
    };
}

/// <summary>Dates in the census are xs:date, written yyyy-MM-dd.</summary>
public static class CinDates
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
