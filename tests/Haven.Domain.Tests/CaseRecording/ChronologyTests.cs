using Haven.Domain.CaseRecording;

namespace Haven.Domain.Tests.CaseRecording;

public sealed class ChronologyTests
{
    private static readonly Guid Referral = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Assessment = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static ChronologyEvent Event(string key, string date, ChronologyCategory category, bool significant = false, int step = 0) =>
        new(key, DateOnly.Parse(date), category, key, null, significant, step);

    [Fact]
    public void Keys_are_stable_and_name_the_step()
    {
        Assert.Equal("assessment:22222222-2222-2222-2222-222222222222:authorised", Chronology.Key("assessment", Assessment, "authorised"));
        Assert.Equal("referral:11111111-1111-1111-1111-111111111111", Chronology.Key("referral", Referral));
    }

    [Fact]
    public void Events_are_newest_first_and_work_on_one_day_runs_in_reverse_order_of_happening()
    {
        var lines = Chronology.Compose(
        [
            Event("referral", "2026-09-01", ChronologyCategory.Referral, step: 2),
            Event("contact", "2026-09-01", ChronologyCategory.Contact, step: 0),
            Event("assessment-started", "2026-09-01", ChronologyCategory.Assessment, step: 4),
            Event("visit", "2026-10-14", ChronologyCategory.Visit),
            Event("early", "2025-01-05", ChronologyCategory.EarlyHelp),
        ], new Dictionary<string, bool>());
        Assert.Equal(["visit", "assessment-started", "referral", "contact", "early"], lines.Select(l => l.Event.Key));
    }

    [Fact]
    public void An_event_reached_twice_appears_once()
    {
        var lines = Chronology.Compose([Event("a", "2026-01-01", ChronologyCategory.Note), Event("a", "2026-01-01", ChronologyCategory.Note)], new Dictionary<string, bool>());
        Assert.Single(lines);
    }

    [Fact]
    public void A_workers_mark_overrides_the_default_either_way()
    {
        var marks = new Dictionary<string, bool> { ["plan"] = false, ["note"] = true };
        var lines = Chronology.Compose(
        [
            Event("plan", "2026-02-01", ChronologyCategory.Plan, significant: true),
            Event("note", "2026-02-02", ChronologyCategory.Note),
            Event("visit", "2026-02-03", ChronologyCategory.Visit),
        ], marks).ToDictionary(l => l.Event.Key);
        Assert.False(lines["plan"].IsSignificant);
        Assert.True(lines["plan"].IsMarked);
        Assert.True(lines["note"].IsSignificant);
        Assert.False(lines["visit"].IsSignificant);
        Assert.False(lines["visit"].IsMarked);
    }

    [Fact]
    public void Filters_by_category_dates_and_significance_together()
    {
        var lines = Chronology.Compose(
        [
            Event("v1", "2026-03-01", ChronologyCategory.Visit, significant: true),
            Event("v2", "2026-05-01", ChronologyCategory.Visit),
            Event("p1", "2026-04-01", ChronologyCategory.Plan, significant: true),
            Event("m1", "2026-04-15", ChronologyCategory.Missing, significant: true),
        ], new Dictionary<string, bool>());

        Assert.Equal(4, Chronology.Filter(lines, ChronologyFilter.All).Count);
        var visits = new ChronologyFilter(new HashSet<ChronologyCategory> { ChronologyCategory.Visit }, null, null, false);
        Assert.Equal(["v2", "v1"], Chronology.Filter(lines, visits).Select(l => l.Event.Key));
        var april = new ChronologyFilter(new HashSet<ChronologyCategory>(), DateOnly.Parse("2026-04-01"), DateOnly.Parse("2026-04-30"), false);
        Assert.Equal(["m1", "p1"], Chronology.Filter(lines, april).Select(l => l.Event.Key));
        var significantVisitsOrMissing = new ChronologyFilter(new HashSet<ChronologyCategory> { ChronologyCategory.Visit, ChronologyCategory.Missing }, null, null, true);
        Assert.Equal(["m1", "v1"], Chronology.Filter(lines, significantVisitsOrMissing).Select(l => l.Event.Key));
    }

    [Fact]
    public void A_worker_adds_only_events_the_record_cannot_know_with_a_summary()
    {
        Assert.Empty(Chronology.ValidateEntry(ChronologyCategory.Court, "Interim care order hearing adjourned"));
        Assert.Equal("Select what kind of event this was", Chronology.ValidateEntry(ChronologyCategory.Assessment, "x")["Category"]);
        Assert.Equal("Enter what happened", Chronology.ValidateEntry(ChronologyCategory.Move, " ")["Summary"]);
        Assert.Contains("500 characters", Chronology.ValidateEntry(ChronologyCategory.Move, new string('a', 501))["Summary"], StringComparison.Ordinal);
    }
}
