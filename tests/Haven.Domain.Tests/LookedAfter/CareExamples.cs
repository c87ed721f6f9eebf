using System.Globalization;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Tests.LookedAfter;

/// <summary>
/// The worked example these tests share: Ava came into care on Friday 18 December 2026 under police protection, placed
/// in an emergency foster home (carers A); on Monday 21 December her parents agreed to section 20; on Wednesday 23
/// December she moved to new foster carers (B) as the care plan said; on 8 January 2027 the court made an interim care
/// order; she went home as planned on 30 June 2027. Christmas 2026 falls across the first weeks: Friday 25 December,
/// Monday 28 December (Boxing Day substitute) and Friday 1 January 2027 are bank holidays.
/// </summary>
internal static class CareExamples
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static PeriodOfCare Ava(DateOnly? leftOn = null, string? reason = null) => new(
        Start: D("2026-12-18"),
        CategoryOfNeed: "N1",
        LegalStatuses: [new(D("2026-12-18"), "L1"), new(D("2026-12-21"), "V2"), new(D("2027-01-08"), "C1")],
        Placements:
        [
            new(D("2026-12-18"), D("2026-12-23"), "U6", "PR1", "carers-A", "HV1 1AA", ReasonForChange: "CARPL"),
            new(D("2026-12-23"), leftOn, "U6", "PR4", "carers-B", "HV2 2BB"),
        ],
        End: leftOn,
        ReasonCeased: reason);
}
