using Haven.Domain.Events;

namespace Haven.Domain.Tests.Events;

public sealed class ChangeSetTests
{
    [Fact]
    public void Records_only_fields_that_changed_with_before_and_after()
    {
        var changes = new ChangeSet()
            .Compare("First name", "Amy", "Amy")
            .Compare("Last name", "Smith", "Smyth")
            .Compare("Religion", null, "Christian");

        Assert.Equal(
            [new FieldChange("Last name", "Smith", "Smyth"), new FieldChange("Religion", null, "Christian")],
            changes.Changes);
    }

    [Fact]
    public void Treats_blank_and_missing_as_the_same_and_ignores_surrounding_spaces()
    {
        var changes = new ChangeSet().Compare("Middle names", "", null).Compare("Town", "Eastmoor ", "Eastmoor");

        Assert.True(changes.IsEmpty);
    }
}
