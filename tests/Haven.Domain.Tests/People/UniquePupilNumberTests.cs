using Haven.Domain.People;
using Xunit;

namespace Haven.Domain.Tests.People;

/// <summary>
/// Check letter: multiply characters 2 to 13 by weights 2 to 13, take the sum mod 23, and map
/// 0 to 22 to A B C D E F G H J K L M N P Q R T U V W X Y Z (so A=0, H=7, J=8, N=12, P=13, Q=14, T=16, Z=22).
/// </summary>
public class UniquePupilNumberTests
{
    [Theory]
    // From the DfE's UPN guidance: 8x2 + 1x4 + 2x5 + 1x10 + 1x13 = 16+4+10+10+13 = 53. 53 mod 23 = 7, which is H.
    [InlineData("H801200001001")]
    // python-stdnum's example: 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 16+4+10+50+13 = 93. 93 mod 23 = 1, which is B.
    [InlineData("B801200005001")]
    // 1x2 + 2x3 + 3x4 + 4x5 + 5x6 + 6x7 + 7x8 + 8x9 + 9x10 + 0x11 + 1x12 + 2x13
    //   = 2+6+12+20+30+42+56+72+90+0+12+26 = 368 = 23 x 16, so the remainder is 0, which is A.
    [InlineData("A123456789012")]
    // 2x2 + 7x4 + 1x9 + 6x10 + 4x12 + 9x13 = 4+28+9+60+48+117 = 266. 266 mod 23 = 13, which is P.
    // (A school-software help page gives this example as Q207000016049, but its sum is wrong: it says 267.)
    [InlineData("P207000016049")]
    public void Valid_permanent_UPNs(string input)
    {
        Assert.True(UniquePupilNumber.TryParse(input, out var upn));
        Assert.Equal(input, upn.ToString());
        Assert.False(upn.IsTemporary);
    }

    [Theory]
    // From the DfE's UPN guidance: 8x2 + 1x4 + 2x5 + 1x10 + 1x12 + A(0)x13 = 52. 52 mod 23 = 6, which is G.
    [InlineData("G80120000101A")]
    // 1x2 + 2x3 + ... + 9x10 + 0x11 + 1x12 = 342, and A(0)x13 = 0. 342 mod 23 = 20 (23 x 14 = 322), which is X.
    [InlineData("X12345678901A")]
    // 342 + B(1)x13 = 355. 355 mod 23 = 10 (23 x 15 = 345), which is L.
    [InlineData("L12345678901B")]
    public void Valid_temporary_UPNs(string input)
    {
        Assert.True(UniquePupilNumber.TryParse(input, out var upn));
        Assert.True(upn.IsTemporary);
    }

    [Fact]
    public void Lower_case_and_spaces_are_tidied()
    {
        Assert.True(UniquePupilNumber.TryParse(" h801 2000 01001 ", out var upn));
        Assert.Equal("H801200001001", upn.Value);
        Assert.Equal(801, upn.LaNumber);
    }

    [Theory]
    [InlineData("Z801200001001")] // wrong check letter (from the DfE guidance)
    [InlineData("Q207000016049")] // the help-page example with its arithmetic slip: the letter should be P
    [InlineData("A801200005001")] // B is right here
    [InlineData("X80120000A001")] // a letter in the middle
    [InlineData("G80120000101I")] // I, O and S are never used
    [InlineData("G80120000101O")]
    [InlineData("G80120000101S")]
    [InlineData("I801200001001")]
    [InlineData("H80120000100")]  // 12 characters
    [InlineData("H8012000010011")] // 14 characters
    [InlineData("")]
    [InlineData(null)]
    public void Rejects(string? input) => Assert.False(UniquePupilNumber.TryParse(input, out _));

    [Theory]
    [InlineData("H801200001001", null)]
    [InlineData("", "Enter a UPN")]
    [InlineData(null, "Enter a UPN")]
    [InlineData("H80120000100", "UPN must be 13 characters")]
    [InlineData("Z801200001001", "Enter a valid UPN, like A123456789012")]
    [InlineData("X80120000A001", "Enter a valid UPN, like A123456789012")]
    public void Validate_gives_gov_uk_style_messages(string? input, string? expected) =>
        Assert.Equal(expected, UniquePupilNumber.Validate(input));

    [Fact]
    public void The_example_in_the_error_message_is_itself_valid()
    {
        Assert.True(UniquePupilNumber.TryParse("A123456789012", out _));
    }

    [Fact]
    public void Generated_UPNs_are_valid_permanent_UPNs_for_the_given_authority()
    {
        var rng = new Random(20251215);
        for (var i = 0; i < 2000; i++)
        {
            var upn = UniquePupilNumber.Generate(rng, 201);
            Assert.Equal(201, upn.LaNumber);
            Assert.False(upn.IsTemporary);
            Assert.True(UniquePupilNumber.TryParse(upn.Value, out var reparsed));
            Assert.Equal(upn, reparsed);
        }
    }

    [Fact]
    public void A_local_authority_number_needs_three_digits_at_most()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UniquePupilNumber.Generate(new Random(1), 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => UniquePupilNumber.Generate(new Random(1), -1));
    }
}
