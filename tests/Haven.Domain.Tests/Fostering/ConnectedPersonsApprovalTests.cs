using Haven.Domain.Fostering;

namespace Haven.Domain.Tests.Fostering;

/// <summary>Connected persons' temporary approval worked by hand: approved on Monday 2 November 2026.</summary>
public sealed class ConnectedPersonsApprovalTests
{
    private static readonly DateOnly Approved = new(2026, 11, 2);

    [Fact]
    public void Temporary_approval_lasts_16_weeks_and_an_extension_adds_up_to_8()
    {
        // 28 days of November, 31 of December, 31 of January and 22 of February: 112 days, 16 weeks.
        Assert.Equal(new DateOnly(2027, 2, 22), ConnectedPersonsApproval.EndsOn(Approved));
        // Then 6 + 31 + 19 days: 56, 8 weeks.
        Assert.Equal(new DateOnly(2027, 4, 19), ConnectedPersonsApproval.EndsOn(Approved, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConnectedPersonsApproval.EndsOn(Approved, 9));
    }

    [Fact]
    public void An_extension_is_granted_once_for_1_to_8_weeks_before_the_approval_ends()
    {
        Assert.True(ConnectedPersonsApproval.CheckExtension(Approved, 8, false, new DateOnly(2027, 2, 21)).IsValid);
        Assert.Equal("Temporary approval ended on 22 February 2027, so it cannot be extended",
            ConnectedPersonsApproval.CheckExtension(Approved, 4, false, new DateOnly(2027, 2, 22)).MessageFor("DecidedOn"));
        Assert.NotNull(ConnectedPersonsApproval.CheckExtension(Approved, 9, false, new DateOnly(2027, 1, 4)).MessageFor("Weeks"));
        Assert.NotNull(ConnectedPersonsApproval.CheckExtension(Approved, 4, true, new DateOnly(2027, 1, 4)).MessageFor(""));
    }
}
