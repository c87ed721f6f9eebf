using Haven.Domain.CinCensus;

namespace Haven.Domain.Tests.CinCensus;

public sealed class CinUnfinishedWorkTests
{
    private static CinIssue Issue(string rule) => new("C1", rule, CinRuleLevel.Query, "m", "f", "2026-11-02", CinIssueLocation.Child);

    [Fact]
    public void Before_31_March_an_open_assessment_or_enquiry_query_only_means_not_finished_yet_and_after_it_is_a_real_query()
    {
        var end = new DateOnly(2027, 3, 31);
        Assert.True(CinUnfinishedWork.OnlyMeansNotFinishedYet(Issue("8670Q"), new DateOnly(2026, 11, 25), end));
        Assert.True(CinUnfinishedWork.OnlyMeansNotFinishedYet(Issue("8675Q"), new DateOnly(2027, 3, 30), end));
        Assert.False(CinUnfinishedWork.OnlyMeansNotFinishedYet(Issue("8670Q"), end, end));
        Assert.False(CinUnfinishedWork.OnlyMeansNotFinishedYet(Issue("8770Q"), new DateOnly(2026, 11, 25), end));
    }
}
