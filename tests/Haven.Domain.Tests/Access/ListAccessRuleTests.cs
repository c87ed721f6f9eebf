using Haven.Domain.Access;

namespace Haven.Domain.Tests.Access;

/// <summary>
/// Lists ask the access question of many records at once through <see cref="ListAccessRule"/>; it must give the
/// answer <see cref="AccessPolicy.Decide"/> gives for each record, for every viewer, every fact and both modes.
/// </summary>
public sealed class ListAccessRuleTests
{
    private static readonly Guid TeamA = Guid.Parse("00000000-0000-0000-0000-00000000000a");

    public static TheoryData<AccessMode, string> Viewers()
    {
        var data = new TheoryData<AccessMode, string>();
        var roleSets = Enum.GetValues<Role>().Select(r => r.ToString())
            .Concat(["SocialWorker+Auditor", "PerformanceAnalyst+Auditor", "TeamManager+IndependentReviewingOfficer", "SystemAdministrator+PerformanceAnalyst", ""]);
        foreach (var mode in Enum.GetValues<AccessMode>())
        {
            foreach (var roles in roleSets)
            {
                data.Add(mode, roles);
            }
        }
        return data;
    }

    private static IEnumerable<RecordAccessFacts> EveryFact() =>
        Enumerable.Range(0, 128).Select(bits => new RecordAccessFacts(
            IsRestricted: (bits & 1) != 0,
            ViewerIsNamedOnRestrictedRecord: (bits & 2) != 0,
            ViewerIsAllocated: (bits & 4) != 0,
            ViewerTeamIsAllocated: (bits & 8) != 0,
            ViewerManagesAllocatedTeam: (bits & 16) != 0,
            ViewerHasActiveBreakGlass: (bits & 32) != 0,
            ViewerIsPersonalAdviser: (bits & 64) != 0));

    [Theory]
    [MemberData(nameof(Viewers))]
    public void The_list_rule_agrees_with_the_decision_for_one_record(AccessMode mode, string roles)
    {
        var roleSet = roles.Split('+', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Role>).ToHashSet();
        foreach (var team in new Guid?[] { TeamA, null })
        {
            var viewer = new Viewer("user-1", roleSet, team);
            var rule = AccessPolicy.ForLists(viewer, mode);
            foreach (var facts in EveryFact())
            {
                Assert.True(
                    AccessPolicy.Decide(viewer, facts, mode).ListedAs == rule.Classify(facts),
                    $"{mode}, roles [{roles}], team {team}: {facts}");
            }
        }
    }

    [Fact]
    public void A_record_the_viewer_cannot_open_is_masked_for_case_roles_and_hidden_from_everyone_else()
    {
        var worker = new Viewer("w", new HashSet<Role> { Role.SocialWorker }, TeamA);
        var analyst = new Viewer("a", new HashSet<Role> { Role.PerformanceAnalyst }, null);
        var restricted = new RecordAccessFacts(true, false, false, false, false, false);
        var unallocated = new RecordAccessFacts(false, false, false, false, false, false);

        Assert.Equal(ListedAs.Masked, AccessPolicy.ForLists(worker, AccessMode.Open).Classify(restricted));
        Assert.Equal(ListedAs.Open, AccessPolicy.ForLists(worker, AccessMode.Open).Classify(unallocated));
        Assert.Equal(ListedAs.Masked, AccessPolicy.ForLists(worker, AccessMode.Relationship).Classify(unallocated));
        Assert.Equal(ListedAs.Hidden, AccessPolicy.ForLists(analyst, AccessMode.Open).Classify(unallocated));
    }
}
