namespace Haven.Domain.CinCensus;

/// <summary>An episode of a child, with where it is for an issue.</summary>
public readonly record struct EpisodeAt(CinDetails Episode, int Index)
{
    public CinIssueLocation Location => new(CinModule.CinDetails, Index, Episode.CINreferralDate);
}

/// <summary>An item (assessment, plan, enquiry) inside an episode, with where it is for an issue.</summary>
public readonly record struct ItemAt<T>(T Item, CinDetails Episode, CinIssueLocation Location);

/// <summary>The walks over a child's record that rules share, each giving the location to report.</summary>
public static class CinWalk
{
    public static IEnumerable<EpisodeAt> Episodes(CinCensusChild child) =>
        child.CinDetails.Select((episode, index) => new EpisodeAt(episode, index));

    public static IEnumerable<ItemAt<CinAssessment>> Assessments(CinCensusChild child) =>
        Items(child, e => e.Assessments, CinModule.Assessment, a => a.ActualStartDate);

    public static IEnumerable<ItemAt<CinPlanDates>> CinPlans(CinCensusChild child) =>
        Items(child, e => e.CinPlanDates, CinModule.CinPlan, p => p.StartDate);

    public static IEnumerable<ItemAt<CinSection47>> Section47s(CinCensusChild child) =>
        Items(child, e => e.Section47s, CinModule.Section47, s => s.ActualStartDate);

    public static IEnumerable<ItemAt<CinChildProtectionPlan>> ProtectionPlans(CinCensusChild child) =>
        Items(child, e => e.ChildProtectionPlans, CinModule.ChildProtectionPlan, p => p.StartDate);

    /// <summary>The items of one episode only, for rules that compare items within an episode.</summary>
    public static IEnumerable<ItemAt<T>> Within<T>(IEnumerable<ItemAt<T>> items, EpisodeAt episode) =>
        items.Where(i => i.Location.EpisodeIndex == episode.Index);

    private static IEnumerable<ItemAt<T>> Items<T>(
        CinCensusChild child, Func<CinDetails, IReadOnlyList<T>> select, CinModule module, Func<T, DateOnly?> date)
    {
        foreach (var (episode, episodeIndex) in Episodes(child))
        {
            var items = select(episode);
            for (var i = 0; i < items.Count; i++)
            {
                yield return new ItemAt<T>(
                    items[i], episode, new CinIssueLocation(module, episodeIndex, episode.CINreferralDate, i, date(items[i])));
            }
        }
    }
}
