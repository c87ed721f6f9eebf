using Haven.Domain.Access;

namespace Haven.Domain.Tests.Access;

public sealed class NamedUsersTests
{
    [Fact]
    public void The_last_named_user_of_a_restricted_record_cannot_be_removed()
    {
        Assert.False(NamedUsers.Remove(isRestricted: true, namedNow: 1).IsValid);
        Assert.True(NamedUsers.Remove(isRestricted: true, namedNow: 2).IsValid);
        // Once the restriction is lifted, the list no longer decides who opens the record.
        Assert.True(NamedUsers.Remove(isRestricted: false, namedNow: 1).IsValid);
    }

    [Fact]
    public void Break_glass_needs_a_reason_from_the_list_and_words_of_its_own()
    {
        Assert.Equal(["Select why you need to open this record"], BreakGlassReasons.Check(null, "Police called out of hours").Problems.Select(p => p.Message));
        Assert.Equal([BreakGlassReasons.DetailsField], BreakGlassReasons.Check(BreakGlassReasons.All[0].Code, "short").Problems.Select(p => p.Field));
        Assert.True(BreakGlassReasons.Check(BreakGlassReasons.All[0].Code, "Police called out of hours").IsValid);
        Assert.False(BreakGlassReasons.Check("made-up", "Police called out of hours").IsValid);
    }
}
