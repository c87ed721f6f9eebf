using Haven.Domain.LookedAfter;
using Haven.Domain.Performance;

namespace Haven.Domain.Tests.Performance;

/// <summary>
/// A small authority with known answers for 2025-26 (1 April 2025 to 31 March 2026), worked out by hand below. The
/// bank holidays that matter: Good Friday 18 April, Easter Monday 21 April, 5 and 26 May, 25 and 26 December 2025,
/// 1 January 2026.
/// </summary>
internal static class SmallAuthority
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static readonly Guid Amy = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid Ben = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    public static readonly Guid Cara = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    public static readonly Guid Dan = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    public static readonly Guid Eve = Guid.Parse("00000000-0000-0000-0000-00000000000e");
    public static readonly Guid Hal = Guid.Parse("00000000-0000-0000-0000-000000000011");
    public static readonly Guid Ivy = Guid.Parse("00000000-0000-0000-0000-000000000012");
    public static readonly Guid Jon = Guid.Parse("00000000-0000-0000-0000-000000000013");

    private static readonly Guid AmyEarlier = Guid.NewGuid(), AmyLater = Guid.NewGuid(), BenEarlier = Guid.NewGuid(), BenLater = Guid.NewGuid();
    private static readonly Guid CaraReferral = Guid.NewGuid(), DanReferral = Guid.NewGuid(), EveReferral = Guid.NewGuid();
    private static readonly Guid DanEnquiry = Guid.NewGuid(), AmyEnquiry = Guid.NewGuid();

    public static ScorecardRecord Build() => new()
    {
        Contacts =
        [
            new(Amy, D("2025-05-30")), new(Cara, D("2025-04-11")), new(Dan, D("2025-11-28")), new(Eve, D("2026-02-09")), new(Eve, D("2025-01-05")),
        ],
        Referrals =
        [
            // Amy: referred again 364 days after her last referral, a re-referral. Ben: 366 days after his, not one.
            new(AmyEarlier, Amy, D("2024-06-01"), D("2024-09-01")),
            new(AmyLater, Amy, D("2025-05-31"), null),
            new(BenEarlier, Ben, D("2024-06-01"), D("2024-09-01")),
            new(BenLater, Ben, D("2025-06-02"), null),
            new(CaraReferral, Cara, D("2025-04-14"), D("2025-09-30")),
            new(DanReferral, Dan, D("2025-12-01"), null),
            // Eve's episode closed on the last day of the year, so she is not a child in need at its end.
            new(EveReferral, Eve, D("2026-02-10"), D("2026-03-31")),
        ],
        Assessments =
        [
            // 45 working days from Monday 14 April 2025 is Friday 20 June, not Monday 16 June, because of four bank holidays.
            new(Guid.NewGuid(), Cara, CaraReferral, D("2025-04-14"), D("2025-06-20")),
            new(Guid.NewGuid(), Ben, BenLater, D("2025-06-03"), D("2025-09-30")),
            // Exactly 45 working days from its start (over Christmas), but 53 from the referral.
            new(Guid.NewGuid(), Dan, DanReferral, D("2025-12-10"), D("2026-02-16")),
            new(Guid.NewGuid(), Eve, EveReferral, D("2026-02-11"), null),
        ],
        Enquiries = [new(DanEnquiry, Dan, D("2025-12-15")), new(AmyEnquiry, Amy, D("2025-12-15"))],
        InitialConferences =
        [
            // 15 working days from Monday 15 December 2025 is Thursday 8 January 2026 (three bank holidays between).
            new(Guid.NewGuid(), Dan, D("2026-01-08"), DanEnquiry),
            new(Guid.NewGuid(), Amy, D("2026-01-09"), AmyEnquiry),
        ],
        ProtectionPlans =
        [
            // Amy's first plan lasted exactly two years; Ben's one day less.
            new(Guid.NewGuid(), Amy, D("2023-06-01"), D("2025-06-01"), "NEG", 0),
            new(Guid.NewGuid(), Ben, D("2023-06-02"), D("2025-06-01"), "NEG", 0),
            new(Guid.NewGuid(), Amy, D("2025-09-01"), null, "EMO", 0),
            new(Guid.NewGuid(), Dan, D("2026-01-08"), null, "NEG", 0),
            // Hal had a plan in another authority; his plan here ended on the last day of the year.
            new(Guid.NewGuid(), Hal, D("2025-10-01"), D("2026-03-31"), "PHY", 1),
        ],
        CarePeriods =
        [
            // Ivy: in care since January 2022, aged 11 at the year end, with the same carers throughout.
            new(Ivy, D("2015-01-01"), new PeriodOfCare(D("2022-01-01"), "N1", [new(D("2022-01-01"), "C2")],
                [new(D("2022-01-01"), null, "U4", "PR1", "carer-1")])),
            // Jon: came into care in May 2025 and has had three placements since.
            new(Jon, D("2012-05-01"), new PeriodOfCare(D("2025-05-01"), "N1", [new(D("2025-05-01"), "V2")],
                [new(D("2025-05-01"), D("2025-07-01"), "U4", "PR1", "carer-2"), new(D("2025-07-01"), D("2025-10-01"), "U4", "PR1", "carer-3"),
                 new(D("2025-10-01"), null, "K2", "PR2", "home-1")])),
        ],
    };
}
