using Haven.Domain.LookedAfter;

namespace Haven.Domain.Tests.LookedAfter;

/// <summary>The recorded period of care is read by the care rules and the return exactly as entered, in date order.</summary>
public sealed class CareRecordTests
{
    private static readonly Guid Carers = Guid.NewGuid();

    private static Placement Placed(DateOnly start, DateOnly? end, string type, Guid? carer, string name, string? reason = null) => new()
    {
        StartDate = start, EndDate = end, PlacementType = type, ProviderCode = "PR1", CarerId = carer, CarerName = name,
        Postcode = "HV1 1AA", ReasonForChange = reason, RecordedByUserId = "u", RecordedByName = "Worker",
    };

    private static CareLegalStatus Status(DateOnly from, string code) => new() { From = from, Code = code, RecordedByUserId = "u", RecordedByName = "Worker" };

    private static CarePeriod Period() => new()
    {
        StartDate = new DateOnly(2026, 3, 2),
        CategoryOfNeed = "N1",
        DecisionBy = "Head of service",
        DecisionRationale = "Plan could not keep the child safe at home",
        RecordedByUserId = "u",
        RecordedByName = "Worker",
        // Entered out of order on purpose: the record is read in date order.
        LegalStatuses = [Status(new DateOnly(2026, 5, 1), "C1"), Status(new DateOnly(2026, 3, 2), "V2")],
        Placements =
        [
            Placed(new DateOnly(2026, 4, 6), null, "U4", Carers, "The Fosters"),
            Placed(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 6), "U6", Carers, "The Fosters", "CARPL"),
        ],
    };

    [Fact]
    public void A_move_to_a_new_home_with_the_same_carers_is_episode_reason_T_and_a_change_of_legal_status_is_L()
    {
        var episodes = CareEpisodes.From(Period().ToPeriodOfCare());

        Assert.Equal(["S", "T", "L"], episodes.Select(e => e.ReasonForNewEpisode));
        Assert.Equal(["V2", "V2", "C1"], episodes.Select(e => e.LegalStatus));
        Assert.Equal("CARPL", episodes[0].ReasonForPlacementChange);
    }

    [Fact]
    public void Carers_not_on_the_register_are_told_apart_by_name_so_a_move_between_them_is_reason_P()
    {
        var period = Period();
        period.Placements = [Placed(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 6), "P1", null, "Mother", "CHILD"), Placed(new DateOnly(2026, 4, 6), null, "P1", null, "Father")];
        period.LegalStatuses = [Status(new DateOnly(2026, 3, 2), "C2")];

        Assert.Equal(["S", "P"], CareEpisodes.From(period.ToPeriodOfCare()).Select(e => e.ReasonForNewEpisode));
    }
}
