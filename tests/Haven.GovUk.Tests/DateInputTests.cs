using Xunit;

namespace Haven.GovUk.Tests;

public sealed class DateInputTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static DateInput Date(string? day, string? month, string? year) => new() { Day = day, Month = month, Year = year };

    [Theory]
    [InlineData("29", "2", "2024", 2024, 2, 29)]
    [InlineData("1", "jan", "2025", 2025, 1, 1)]
    [InlineData(" 1 ", " Jan ", " 2025 ", 2025, 1, 1)]
    [InlineData("07", "03", "2007", 2007, 3, 7)]
    [InlineData("27", "March", "2007", 2007, 3, 27)]
    [InlineData("5", "SEPT", "2019", 2019, 9, 5)]
    [InlineData("5", "sep", "2019", 2019, 9, 5)]
    [InlineData("31", "dec.", "1999", 1999, 12, 31)]
    public void Reads_dates_as_people_type_them(string day, string month, string year, int y, int m, int d)
    {
        Assert.True(Date(day, month, year).TryGetDate(out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31", "2", "2024")] // 31 February
    [InlineData("29", "2", "2023")] // not a leap year
    [InlineData("31", "4", "2024")]
    [InlineData("1", "13", "2024")]
    [InlineData("0", "1", "2024")]
    [InlineData("1", "1", "24")] // years must have 4 digits
    [InlineData("1", "1", "20245")]
    [InlineData("1", "janu", "2024")]
    [InlineData("x", "1", "2024")]
    [InlineData("1", "1", "")]
    [InlineData(null, null, null)]
    public void Rejects_what_is_not_a_date(string? day, string? month, string? year)
    {
        Assert.False(Date(day, month, year).TryGetDate(out _));
        Assert.Null(Date(day, month, year).ToDateOrNull());
    }

    [Fact]
    public void From_a_date_and_back()
    {
        var input = DateInput.From(new DateOnly(2007, 3, 27));
        Assert.Equal(("27", "3", "2007"), (input.Day, input.Month, input.Year));
        Assert.Equal(new DateOnly(2007, 3, 27), input.ToDateOrNull());
        Assert.True(DateInput.From(null).IsEmpty);
    }

    [Fact]
    public void Empty_and_required_says_enter_the_label()
    {
        var result = DateInputValidation.Validate(Date(" ", "", null), "date of birth", required: true, today: Today);
        Assert.False(result.IsValid);
        Assert.Equal("Enter date of birth", result.ErrorMessage);
        Assert.Equal(DateInputParts.All, result.ErrorParts);
    }

    [Fact]
    public void Empty_and_optional_is_valid_without_a_date()
    {
        var result = DateInputValidation.Validate(null, "date of birth", required: false, today: Today);
        Assert.True(result.IsValid);
        Assert.Null(result.Date);
        Assert.Equal(DateInputParts.None, result.ErrorParts);
    }

    [Theory]
    [InlineData("1", "", "2020", "Date of birth must include a month", DateInputParts.Month)]
    [InlineData("", "1", "2020", "Date of birth must include a day", DateInputParts.Day)]
    [InlineData("1", "1", "", "Date of birth must include a year", DateInputParts.Year)]
    [InlineData("", "", "2020", "Date of birth must include a day and month", DateInputParts.Day | DateInputParts.Month)]
    [InlineData("1", "", "", "Date of birth must include a month and year", DateInputParts.Month | DateInputParts.Year)]
    [InlineData("", "3", "", "Date of birth must include a day and year", DateInputParts.Day | DateInputParts.Year)]
    public void Incomplete_dates_say_what_is_missing(string day, string month, string year, string message, DateInputParts parts)
    {
        var result = DateInputValidation.Validate(Date(day, month, year), "date of birth", required: true, today: Today);
        Assert.Equal(message, result.ErrorMessage);
        Assert.Equal(parts, result.ErrorParts);
        Assert.Equal(parts, DateInputValidation.InferErrorParts(Date(day, month, year)));
    }

    [Theory]
    [InlineData("31", "2", "2024", "Date of birth must be a real date", DateInputParts.All)]
    [InlineData("1", "13", "2024", "Date of birth must be a real date", DateInputParts.Month)]
    [InlineData("32", "1", "2024", "Date of birth must be a real date", DateInputParts.Day)]
    [InlineData("x", "y", "2024", "Date of birth must be a real date", DateInputParts.Day | DateInputParts.Month)]
    [InlineData("1", "1", "24", "Year must include 4 numbers", DateInputParts.Year)]
    [InlineData("1", "1", "2o24", "Date of birth must be a real date", DateInputParts.Year)]
    public void Impossible_dates_are_not_real_dates(string day, string month, string year, string message, DateInputParts parts)
    {
        var result = DateInputValidation.Validate(Date(day, month, year), "date of birth", required: true, today: Today);
        Assert.Equal(message, result.ErrorMessage);
        Assert.Equal(parts, result.ErrorParts);
        Assert.Equal(parts, DateInputValidation.InferErrorParts(Date(day, month, year)));
    }

    [Fact]
    public void Leap_day_is_valid()
    {
        var result = DateInputValidation.Validate(Date("29", "2", "2024"), "date of birth", required: true, notAfter: Today, today: Today);
        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(2024, 2, 29), result.Date);
    }

    [Fact]
    public void Future_date_rejected_when_not_after_today()
    {
        var result = DateInputValidation.Validate(Date("16", "6", "2025"), "date of birth", required: true, notAfter: Today, today: Today);
        Assert.Equal("Date of birth must be today or in the past", result.ErrorMessage);
        Assert.Equal(DateInputParts.All, result.ErrorParts);

        var todayIsFine = DateInputValidation.Validate(Date("15", "6", "2025"), "date of birth", required: true, notAfter: Today, today: Today);
        Assert.True(todayIsFine.IsValid);
    }

    [Fact]
    public void Bounds_other_than_today_name_the_date()
    {
        var before = DateInputValidation.Validate(
            Date("1", "jan", "2025"), "date of the visit", required: true, notAfter: new DateOnly(2024, 12, 31), today: Today);
        Assert.Equal("Date of the visit must be the same as or before 31 December 2024", before.ErrorMessage);

        var after = DateInputValidation.Validate(
            Date("1", "jan", "2025"), "date of the visit", required: true, notBefore: new DateOnly(2025, 3, 5), today: Today);
        Assert.Equal("Date of the visit must be the same as or after 5 March 2025", after.ErrorMessage);

        var future = DateInputValidation.Validate(
            Date("1", "jan", "2025"), "review date", required: true, notBefore: Today, today: Today);
        Assert.Equal("Review date must be today or in the future", future.ErrorMessage);
    }

    [Fact]
    public void AddTo_puts_the_message_in_model_state()
    {
        var modelState = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        var result = DateInputValidation.Validate(Date("31", "2", "2024"), "date of birth", required: true, today: Today);
        Assert.True(result.AddTo(modelState, "Input.DateOfBirth"));
        Assert.Equal("Date of birth must be a real date", modelState["Input.DateOfBirth"]!.Errors.Single().ErrorMessage);

        var valid = DateInputValidation.Validate(Date("1", "jan", "2025"), "date of birth", required: true, today: Today);
        Assert.False(valid.AddTo(modelState, "Other"));
        Assert.False(modelState.ContainsKey("Other"));
    }
}
