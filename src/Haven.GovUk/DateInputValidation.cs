using System.Globalization;

namespace Haven.GovUk;

/// <summary>The parts of a date input; used to say which fields to highlight as in error.</summary>
[Flags]
public enum DateInputParts
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}

/// <summary>The outcome of <see cref="DateInputValidation.Validate"/>.</summary>
public sealed record DateInputValidationResult(DateOnly? Date, string? ErrorMessage, DateInputParts ErrorParts)
{
    /// <summary>True when there is no error. <see cref="Date"/> may still be null if the date was optional and left empty.</summary>
    public bool IsValid => ErrorMessage is null;

    /// <summary>Adds the error (if any) to <paramref name="modelState"/> under <paramref name="key"/>, e.g. "Input.DateOfBirth".</summary>
    public bool AddTo(ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (ErrorMessage is null)
        {
            return false;
        }

        modelState.AddModelError(key, ErrorMessage);
        return true;
    }
}

/// <summary>
/// Validates a <see cref="DateInput"/> with the error messages from the GOV.UK Design System's date input
/// pattern, and says which parts are in error so that only those fields are highlighted.
/// </summary>
public static class DateInputValidation
{
    /// <param name="input">What the user entered (null is treated as empty).</param>
    /// <param name="fieldLabel">How the date is named mid-sentence, e.g. "date of birth": used as
    /// "Enter date of birth" and "Date of birth must be a real date".</param>
    /// <param name="required">Whether an empty date is an error ("Enter [label]").</param>
    /// <param name="today">Today in the service's time zone (the caller's clock), for the wording of the bound
    /// messages. Required, so a page cannot fall back on the server's own clock and time zone.</param>
    /// <param name="notAfter">Latest date allowed (inclusive). When it is today the message is
    /// "[Label] must be today or in the past"; otherwise "[Label] must be the same as or before 5 March 2025".</param>
    /// <param name="notBefore">Earliest date allowed (inclusive), with matching messages.</param>
    public static DateInputValidationResult Validate(
        DateInput? input,
        string fieldLabel,
        bool required,
        DateOnly today,
        DateOnly? notAfter = null,
        DateOnly? notBefore = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldLabel);
        input ??= new DateInput();
        var label = Capitalise(fieldLabel);

        if (input.IsEmpty)
        {
            return required
                ? Error($"Enter {fieldLabel}", DateInputParts.All)
                : new DateInputValidationResult(null, null, DateInputParts.None);
        }

        // Incomplete: "[Label] must include a month" (or "a day and year" and so on).
        var missing = DateInputParts.None;
        if (string.IsNullOrWhiteSpace(input.Day))
        {
            missing |= DateInputParts.Day;
        }

        if (string.IsNullOrWhiteSpace(input.Month))
        {
            missing |= DateInputParts.Month;
        }

        if (string.IsNullOrWhiteSpace(input.Year))
        {
            missing |= DateInputParts.Year;
        }

        if (missing != DateInputParts.None)
        {
            return Error($"{label} must include a {DescribeParts(missing)}", missing);
        }

        // A part that cannot be right on its own ("13" as a month, "x" as a day): highlight just that part.
        var invalid = DateInputParts.None;
        if (!DateInput.TryParseDay(input.Day, out _))
        {
            invalid |= DateInputParts.Day;
        }

        if (!DateInput.TryParseMonth(input.Month, out _))
        {
            invalid |= DateInputParts.Month;
        }

        if (invalid != DateInputParts.None)
        {
            return Error($"{label} must be a real date", invalid);
        }

        if (!DateInput.TryParseYear(input.Year, out _))
        {
            var year = input.Year!.Trim();
            return year.All(char.IsAsciiDigit)
                ? Error("Year must include 4 numbers", DateInputParts.Year)
                : Error($"{label} must be a real date", DateInputParts.Year);
        }

        // Each part is fine on its own but together they are not a date, e.g. 31 February.
        if (!input.TryGetDate(out var date))
        {
            return Error($"{label} must be a real date", DateInputParts.All);
        }

        if (notAfter is { } latest && date > latest)
        {
            return Error(
                latest == today
                    ? $"{label} must be today or in the past"
                    : $"{label} must be the same as or before {Format(latest)}",
                DateInputParts.All);
        }

        if (notBefore is { } earliest && date < earliest)
        {
            return Error(
                earliest == today
                    ? $"{label} must be today or in the future"
                    : $"{label} must be the same as or after {Format(earliest)}",
                DateInputParts.All);
        }

        return new DateInputValidationResult(date, null, DateInputParts.None);
    }

    /// <summary>
    /// The parts to highlight for a date that has an error but no record of which parts: empty parts,
    /// else parts that cannot be right on their own, else the whole date. Used by the date input tag helper
    /// and the error summary; gives the same parts as <see cref="Validate"/> does.
    /// </summary>
    public static DateInputParts InferErrorParts(DateInput? input)
    {
        if (input is null || input.IsEmpty)
        {
            return DateInputParts.All;
        }

        var parts = DateInputParts.None;
        if (string.IsNullOrWhiteSpace(input.Day))
        {
            parts |= DateInputParts.Day;
        }

        if (string.IsNullOrWhiteSpace(input.Month))
        {
            parts |= DateInputParts.Month;
        }

        if (string.IsNullOrWhiteSpace(input.Year))
        {
            parts |= DateInputParts.Year;
        }

        if (parts != DateInputParts.None)
        {
            return parts;
        }

        if (!DateInput.TryParseDay(input.Day, out _))
        {
            parts |= DateInputParts.Day;
        }

        if (!DateInput.TryParseMonth(input.Month, out _))
        {
            parts |= DateInputParts.Month;
        }

        if (parts != DateInputParts.None)
        {
            return parts;
        }

        return DateInput.TryParseYear(input.Year, out _) ? DateInputParts.All : DateInputParts.Year;
    }

    private static DateInputValidationResult Error(string message, DateInputParts parts) => new(null, message, parts);

    private static string DescribeParts(DateInputParts parts)
    {
        var names = new List<string>(3);
        if (parts.HasFlag(DateInputParts.Day))
        {
            names.Add("day");
        }

        if (parts.HasFlag(DateInputParts.Month))
        {
            names.Add("month");
        }

        if (parts.HasFlag(DateInputParts.Year))
        {
            names.Add("year");
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
