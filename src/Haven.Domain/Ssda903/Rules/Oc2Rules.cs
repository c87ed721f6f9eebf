namespace Haven.Domain.Ssda903.Rules;

// oc2.csv: outcomes for children looked after continuously for 12 months at 31 March. Conviction is asked from 10,
// health promotion (development checks) under 5; a conviction means the other health items must be answered too.
// Not here yet: 543 (conviction not answered) and 547 (substance misuse not answered with health promotion), because
// Haven does not record convictions or substance misuse, so every return it writes would fail them.

internal static class Oc2Ages
{
    public static int? At31March(Ssda903Oc2 o, Ssda903RuleContext c) =>
        Ssda903Dates.Parse(o.Dob) is { } born ? Ssda903FromRecord.Age(born, c.Year.End) : null;

    /// <summary>
    /// Looked after continuously for 12 months at 31 March, as the DfE's guide defines it from the episodes: in care
    /// on 1 April, and in the year no period of care ended (a reason other than X1), none began (S) and no short
    /// breaks (V3/V4).
    /// </summary>
    public static bool LookedAfterAllYear(string? child, Ssda903RuleContext c)
    {
        var episodes = c.EpisodesOf[child].Where(e => EpisodeDates.Start(e) is { } start && c.Year.Overlaps(start, EpisodeDates.End(e))).ToList();
        return episodes.Count > 0
            && episodes.Min(EpisodeDates.Start) <= c.Year.Start
            && !episodes.Any(e => EpisodeDates.EndsPeriod(e) || (e.Rne == "S" && EpisodeDates.Start(e) > c.Year.Start) || e.Ls is "V3" or "V4");
    }

    public static bool HealthItemMissing(Ssda903Oc2 o) =>
        o.Immunisations is null || o.TeethCheck is null || o.HealthAssessment is null || o.SubstanceMisuse is null;
}

public sealed class ConvictionUnder10() : Oc2Rule("542", "A child aged under 10 at 31 March should not have conviction information completed.", "CONVICTED", o => o.Convicted,
    (o, c) => o.Convicted is not null && Oc2Ages.At31March(o, c) < 10);

public sealed class ConvictionWithoutHealthItems() : Oc2Rule("544", "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.", "CONVICTED", o => o.Convicted,
    (o, _) => o.Convicted == "1" && Oc2Ages.HealthItemMissing(o));

public sealed class HealthPromotionMissing() : Oc2Rule("545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.", "HEALTH_CHECK", o => o.HealthCheck,
    (o, c) => o.HealthCheck is null && Oc2Ages.At31March(o, c) < 5 && Oc2Ages.LookedAfterAllYear(o.Child, c));

public sealed class HealthPromotionFor5AndOver() : Oc2Rule("546", "Children aged 5 or over at 31 March should not have health promotion information completed.", "HEALTH_CHECK", o => o.HealthCheck,
    (o, c) => o.HealthCheck is not null && Oc2Ages.At31March(o, c) >= 5);
