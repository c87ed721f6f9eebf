using Haven.Domain.LookedAfter;

namespace Haven.Domain.CareLeavers;

/// <summary>The leaving care categories of the Children Act 1989 as amended by the Children (Leaving Care) Act 2000.</summary>
public enum CareLeaverCategory
{
    /// <summary>Not (or not yet, or no longer) owed leaving care support.</summary>
    None,
    /// <summary>Aged 16 or 17, looked after, and 13 weeks in care since 14 including a day after 16 (Sch 2 para 19B).</summary>
    Eligible,
    /// <summary>Aged 16 or 17, no longer looked after, and eligible before they left (s23A; or reg 3 of the 2010 regulations).</summary>
    Relevant,
    /// <summary>Aged 18 to 21 (25 on request), and relevant before 18 or eligible when they left care at 18 (s23C).</summary>
    FormerRelevant,
    /// <summary>Aged 16 to 21 (25), looked after at some time after 16 but not eligible: advice and assistance (s24).</summary>
    Qualifying,
}

/// <summary>
/// A young person's leaving care category on a day, why, and the day they first became an eligible child (from which
/// the needs assessment clock runs).
/// </summary>
public sealed record CareLeaverStatus(CareLeaverCategory Category, string Why, DateOnly? EligibleFrom, int DaysLookedAfterSince14)
{
    /// <summary>Eligible, relevant and former relevant young people are owed a pathway plan, a personal adviser and birthday contact.</summary>
    public bool HasPathwayPlan => Category is CareLeaverCategory.Eligible or CareLeaverCategory.Relevant or CareLeaverCategory.FormerRelevant;
}

/// <summary>
/// Works out the leaving care category from the care history, never typed: the law counts days in care, so the
/// category follows from the periods of care as recorded.
/// <list type="bullet">
/// <item>Eligible (Children Act 1989 Sch 2 para 19B; Care Planning, Placement and Case Review (England) Regulations
/// 2010 reg 40): aged 16 or 17, looked after, for a period or periods totalling at least 13 weeks which began after
/// they reached 14 and ended after they reached 16. Pre-planned short breaks (V3/V4) do not count (reg 48).</item>
/// <item>Relevant (s23A, inserted by the Children (Leaving Care) Act 2000): aged 16 or 17, not looked after, and an
/// eligible child before they last ceased to be looked after; or (Care Leavers (England) Regulations 2010 reg 3) not
/// looked after on their 16th birthday only because they were detained or in hospital, having been looked after for
/// 13 weeks since 14 immediately before.</item>
/// <item>Former relevant (s23C): 18 or over, and a relevant child before (or an eligible child when they ceased to be
/// looked after at 18); support runs to 21, or to 25 when the young person asks for a personal adviser (s23CZB).</item>
/// <item>Qualifying (s24): 16 to 21 (25), and looked after at some time after 16 while still a child, but not eligible.</item>
/// </list>
/// A child looked after for 13 weeks between 14 and 16 who left care before their 16th birthday is none of these:
/// the 13 weeks must end after 16.
/// </summary>
public static class CareLeaverEligibility
{
    /// <summary>Thirteen weeks, in days: the law counts the total of every period, not one continuous stay.</summary>
    public const int ThirteenWeeks = 91;

    public static CareLeaverStatus On(DateOnly dateOfBirth, IEnumerable<PeriodOfCare> periods, DateOnly on,
        bool detainedOrInHospitalAt16 = false, bool supportTo25 = false)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var care = periods.Where(p => !p.IsShortBreaks).ToList();
        var at14 = dateOfBirth.AddYears(14);
        var at16 = dateOfBirth.AddYears(16);
        var at18 = dateOfBirth.AddYears(18);
        var supportEnds = dateOfBirth.AddYears(supportTo25 ? 25 : 21);

        // Count day by day from the 14th birthday: at most a few thousand days, and it finds the day the total
        // reached 13 weeks with the child in care after 16 (the day they became eligible) without interval algebra.
        var days = 0;
        var daysBy16 = 0;
        DateOnly? eligibleFrom = null;
        var inCareAfter16 = false;
        for (var d = at14; d <= on && d < at18; d = d.AddDays(1))
        {
            if (!care.Any(p => p.IsOpenOn(d)))
            {
                continue;
            }
            days++;
            if (d < at16)
            {
                daysBy16++;
            }
            else
            {
                inCareAfter16 = true;
                if (eligibleFrom is null && days >= ThirteenWeeks)
                {
                    eligibleFrom = d;
                }
            }
        }
        var inCareNow = care.Any(p => p.IsOpenOn(on));
        var relevantByDetention = detainedOrInHospitalAt16 && daysBy16 >= ThirteenWeeks && !care.Any(p => p.IsOpenOn(at16));
        var weeks = $"{days / 7} weeks in care since their 14th birthday";

        if (on < at16)
        {
            return new(CareLeaverCategory.None, $"Under 16: {weeks} so far.", null, days);
        }
        if (on >= supportEnds)
        {
            return new(CareLeaverCategory.None, $"Leaving care support ended at {(supportTo25 ? 25 : 21)}.", eligibleFrom, days);
        }
        if (on < at18)
        {
            if (inCareNow)
            {
                return eligibleFrom is not null
                    ? new(CareLeaverCategory.Eligible, $"Eligible: looked after at 16 or 17 with {weeks} (Children Act 1989 Sch 2 para 19B).", eligibleFrom, days)
                    : new(CareLeaverCategory.None, $"Looked after, but only {days} of the 91 days in care since 14 needed to be eligible.", null, days);
            }
            if (eligibleFrom is not null)
            {
                return new(CareLeaverCategory.Relevant, "Relevant: left care at 16 or 17 after being an eligible child (Children Act 1989 s23A).", eligibleFrom, days);
            }
            if (relevantByDetention)
            {
                return new(CareLeaverCategory.Relevant, "Relevant: detained or in hospital on their 16th birthday after 13 weeks in care since 14 (Care Leavers (England) Regulations 2010 reg 3).", null, days);
            }
            return inCareAfter16
                ? new(CareLeaverCategory.Qualifying, $"Qualifying: looked after after 16 but for less than 13 weeks since 14 (Children Act 1989 s24).", null, days)
                : new(CareLeaverCategory.None, NotAfter16(days), null, days);
        }
        if (eligibleFrom is not null || relevantByDetention)
        {
            return new(CareLeaverCategory.FormerRelevant,
                $"Former relevant: an eligible or relevant child before 18 (Children Act 1989 s23C); support to {(supportTo25 ? 25 : 21)}.", eligibleFrom, days);
        }
        return inCareAfter16
            ? new(CareLeaverCategory.Qualifying, $"Qualifying: looked after after 16 but for less than 13 weeks since 14 (Children Act 1989 s24).", null, days)
            : new(CareLeaverCategory.None, NotAfter16(days), null, days);
    }

    private static string NotAfter16(int days) => days >= ThirteenWeeks
        ? "Not a care leaver: in care for 13 weeks after 14, but not on or after their 16th birthday."
        : "Not a care leaver: not looked after on or after their 16th birthday.";

    public static string Label(CareLeaverCategory category) => category switch
    {
        CareLeaverCategory.Eligible => "Eligible",
        CareLeaverCategory.Relevant => "Relevant",
        CareLeaverCategory.FormerRelevant => "Former relevant",
        CareLeaverCategory.Qualifying => "Qualifying",
        _ => "Not a care leaver",
    };
}
