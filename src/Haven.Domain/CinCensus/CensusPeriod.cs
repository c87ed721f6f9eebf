namespace Haven.Domain.CinCensus;

/// <summary>A census year: 1 April to the reference date (normally 31 March).</summary>
public sealed record CensusPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The year named by the March it ends in: 2025 is 1 April 2024 to 31 March 2025.</summary>
    public static CensusPeriod YearEnding(int year) => new(new DateOnly(year - 1, 4, 1), new DateOnly(year, 3, 31));

    /// <summary>The DfE validator's rule: the period starts the day after the reference date a year earlier.</summary>
    public static CensusPeriod EndingOn(DateOnly referenceDate) => new(referenceDate.AddYears(-1).AddDays(1), referenceDate);

    /// <summary>True when something that ran from <paramref name="start"/> to <paramref name="end"/> was open in the period.</summary>
    public bool Overlaps(DateOnly start, DateOnly? end) => start <= End && (end is null || end >= Start);

    /// <summary>A date on or before the reference date; later dates had not happened as far as the return is concerned.</summary>
    public DateOnly? UpToEnd(DateOnly? date) => date is { } d && d <= End ? d : null;
}
