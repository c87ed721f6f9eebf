using Haven.Domain.People;
using Xunit;

namespace Haven.Domain.Tests.People;

public class NhsNumberTests
{
    // 943 476 5919, worked by hand with weights 10 to 2 over the first nine digits:
    // 9x10 + 4x9 + 3x8 + 4x7 + 7x6 + 6x5 + 5x4 + 9x3 + 1x2 = 90+36+24+28+42+30+20+27+2 = 299.
    // 299 mod 11 = 2 (11 x 27 = 297), and 11 - 2 = 9, which is the tenth digit.
    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("  943 476 5919 ")]
    [InlineData("943 4765919")]
    public void Accepts_the_number_as_people_type_it(string input)
    {
        Assert.True(NhsNumber.TryParse(input, out var nhs));
        Assert.Equal("9434765919", nhs.Value);
        Assert.Equal("943 476 5919", nhs.ToString());
    }

    [Fact]
    public void A_wrong_check_digit_is_rejected()
    {
        Assert.False(NhsNumber.TryParse("943 476 5918", out var nhs));
        Assert.Null(nhs);
    }

    [Fact]
    public void A_remainder_of_0_gives_check_digit_0()
    {
        // 999 000 005: 9x10 + 9x9 + 9x8 + 5x2 = 90+81+72+10 = 253 = 11 x 23, so the remainder is 0.
        // 11 - 0 = 11, which becomes check digit 0.
        Assert.True(NhsNumber.TryParse("999 000 0050", out _));
    }

    [Fact]
    public void Another_999_number_worked_by_hand()
    {
        // 999 000 001: 243 + 1x2 = 245. 245 mod 11 = 3 (11 x 22 = 242), and 11 - 3 = 8.
        Assert.True(NhsNumber.TryParse("999 000 0018", out _));
        Assert.False(NhsNumber.TryParse("999 000 0019", out _));
    }

    [Fact]
    public void When_the_check_digit_would_be_10_no_number_is_valid()
    {
        // 999 000 000: 90+81+72 = 243. 243 mod 11 = 1, and 11 - 1 = 10, so no tenth digit works.
        for (var last = 0; last <= 9; last++)
        {
            Assert.False(NhsNumber.TryParse($"999000000{last}", out _));
        }
    }

    [Theory]
    // Every repeated-digit number passes the modulus 11 check (the weights sum to 54, which is 10 mod 11), so
    // these must be turned away by the separate rule.
    [InlineData("0000000000")]
    [InlineData("1111111111")]
    [InlineData("9999999999")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("943 476 591")]   // nine digits
    [InlineData("943 476 59190")] // eleven digits
    [InlineData("943.476.5919")]  // full stops are not separators that people use
    [InlineData("NHS9434765919")]
    public void Rejects(string? input) => Assert.False(NhsNumber.TryParse(input, out _));

    [Theory]
    [InlineData("943 476 5919", null)]
    [InlineData("943-476-5919", null)]
    [InlineData("", "Enter an NHS number")]
    [InlineData("   ", "Enter an NHS number")]
    [InlineData(null, "Enter an NHS number")]
    [InlineData("943 476 591", "NHS number must be 10 digits")]
    [InlineData("943 476 59190", "NHS number must be 10 digits")]
    [InlineData("943 476 5918", "Enter a valid NHS number, like 943 476 5919")]
    [InlineData("943 476 591A", "Enter a valid NHS number, like 943 476 5919")]
    [InlineData("000 000 0000", "Enter a valid NHS number, like 943 476 5919")]
    public void Validate_gives_gov_uk_style_messages(string? input, string? expected) =>
        Assert.Equal(expected, NhsNumber.Validate(input));

    [Fact]
    public void Equal_numbers_are_equal_however_they_were_typed()
    {
        Assert.Equal(NhsNumber.Parse("943 476 5919"), NhsNumber.Parse("943-476-5919"));
    }

    [Fact]
    public void Parse_throws_on_an_invalid_number()
    {
        Assert.Throws<FormatException>(() => NhsNumber.Parse("943 476 5918"));
    }

    [Fact]
    public void Generated_numbers_are_valid_and_in_the_999_test_range()
    {
        var rng = new Random(20251215);
        for (var i = 0; i < 2000; i++)
        {
            var nhs = NhsNumber.Generate(rng);
            Assert.StartsWith("999", nhs.Value, StringComparison.Ordinal);
            Assert.True(NhsNumber.TryParse(nhs.ToString(), out var reparsed));
            Assert.Equal(nhs, reparsed);
        }
    }

    [Fact]
    public void Generation_is_repeatable_from_a_seed()
    {
        Assert.Equal(NhsNumber.Generate(new Random(7)), NhsNumber.Generate(new Random(7)));
    }
}
