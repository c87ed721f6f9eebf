using Haven.Domain.LookedAfter;
using static Haven.Domain.Tests.LookedAfter.CareExamples;

namespace Haven.Domain.Tests.LookedAfter;

public sealed class CareEpisodesTests
{
    [Fact]
    public void Each_change_of_legal_status_or_placement_starts_an_episode_with_the_right_reason()
    {
        var episodes = CareEpisodes.From(Ava(D("2027-06-30"), "E4A"));

        Assert.Equal(
        [
            new CareEpisode(D("2026-12-18"), "S", "L1", "N1", "U6", "PR1", "HV1 1AA", null, D("2026-12-21"), "X1", null),
            new CareEpisode(D("2026-12-21"), "L", "V2", "N1", "U6", "PR1", "HV1 1AA", null, D("2026-12-23"), "X1", "CARPL"),
            new CareEpisode(D("2026-12-23"), "P", "V2", "N1", "U6", "PR4", "HV2 2BB", null, D("2027-01-08"), "X1", null),
            new CareEpisode(D("2027-01-08"), "L", "C1", "N1", "U6", "PR4", "HV2 2BB", null, D("2027-06-30"), "E4A", null),
        ], episodes);
    }

    [Fact]
    public void An_open_period_leaves_its_last_episode_open()
    {
        var last = CareEpisodes.From(Ava())[^1];
        Assert.Null(last.End);
        Assert.Null(last.ReasonCeased);
    }

    [Theory]
    [InlineData(true, false, false, "L")]
    [InlineData(false, true, true, "P")]
    [InlineData(false, true, false, "T")]
    [InlineData(true, true, true, "B")]
    [InlineData(true, true, false, "U")]
    public void The_reason_for_a_new_episode_says_what_changed(bool legalStatus, bool placement, bool carers, string expected) =>
        Assert.Equal(expected, CareEpisodes.ReasonForNewEpisode(legalStatus, placement, carers));

    [Fact]
    public void A_move_with_the_same_carers_on_the_day_the_legal_status_changes_is_one_episode_coded_U()
    {
        var period = new PeriodOfCare(D("2026-04-01"), "N1",
            [new(D("2026-04-01"), "C1"), new(D("2026-09-01"), "C2")],
            [new(D("2026-04-01"), D("2026-09-01"), "U6", "PR1", "carers-A"), new(D("2026-09-01"), null, "U4", "PR1", "carers-A")]);

        var episodes = CareEpisodes.From(period);

        Assert.Equal(["S", "U"], episodes.Select(e => e.ReasonForNewEpisode));
    }

    [Fact]
    public void A_temporary_placement_and_the_return_from_it_carry_no_reason_for_change_and_no_provider()
    {
        var period = new PeriodOfCare(D("2026-04-01"), "N1", [new(D("2026-04-01"), "C2")],
        [
            new(D("2026-04-01"), D("2026-08-01"), "U4", "PR1", "carers-A", ReasonForChange: "OTHER"),
            new(D("2026-08-01"), D("2026-08-10"), "T3", "PR1", "carers-C", ReasonForChange: "OTHER"),
            new(D("2026-08-10"), null, "U4", "PR1", "carers-A"),
        ]);

        var episodes = CareEpisodes.From(period);

        Assert.Equal(["S", "P", "P"], episodes.Select(e => e.ReasonForNewEpisode));
        Assert.Equal(["OTHER", null, null], episodes.Select(e => e.ReasonForPlacementChange));
        Assert.Null(episodes[1].Provider);
    }

    [Fact]
    public void A_period_with_a_day_not_covered_by_a_placement_gives_no_episodes_rather_than_wrong_ones()
    {
        var period = new PeriodOfCare(D("2026-04-01"), "N1", [new(D("2026-04-01"), "C2")],
            [new(D("2026-04-02"), null, "U4", "PR1", "carers-A")]);

        Assert.Empty(CareEpisodes.From(period));
    }
}
