using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// oc3.csv: care leavers around their 17th to 21st birthdays. Only young people who left care as relevant children are
// asked about: not one who died or whose care passed to another authority, not one still looked after on (or who
// left care after) the birthday, and not one never looked after. IN_TOUCH, ACTIV and ACCOM are "the information".

internal static class Oc3Answers
{
    public static bool Given(Ssda903Oc3 o) => (o.InTouch ?? o.Activ ?? o.Accom) is not null;

    public static int? AgeAt31March(Ssda903Oc3 o, Ssda903RuleContext c) =>
        Ssda903Dates.Parse(o.Dob) is { } born ? Ssda903FromRecord.Age(born, c.Year.End) : null;

    /// <summary>The birthday the young person reached in the year, with the age it made them.</summary>
    public static (DateOnly Day, int Age)? Birthday(Ssda903Oc3 o, Ssda903RuleContext c) =>
        Ssda903Dates.Parse(o.Dob) is { } born && AgeAt31March(o, c) is { } age ? (born.AddYears(age), age) : null;
}

public sealed class CareLeaverDied() : Oc3Rule("1000", "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]", "IN_TOUCH", o => o.InTouch,
    (o, c) => c.EpisodesOf[o.Child].Any(e => e.Rec == "E2") || (c.PreviousEpisodesOf?[o.Child].Any(e => e.Rec == "E2") ?? false));

/// <summary>With last year's files: no episode in either year, so never looked after as far as the return knows.</summary>
public sealed class CareLeaverNeverLookedAfter() : Oc3Rule("1002", "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]", "IN_TOUCH", o => o.InTouch,
    (o, c) => c.PreviousEpisodesOf is { } last && !c.EpisodesOf[o.Child].Any() && !last[o.Child].Any());

/// <summary>
/// Looked after on their 17th or 18th birthday in the year: they are not yet a care leaver. The DfE's validator counts
/// only an episode that ended after the birthday, not one still open, though a young person still in care on the
/// birthday is the plainest case the text describes.
/// </summary>
public sealed class CareLeaverStillLookedAfterOnBirthday() : Oc3Rule("1007", "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]", "IN_TOUCH", o => o.InTouch,
    (o, c) => Oc3Answers.Given(o) && Oc3Answers.Birthday(o, c) is { Age: 17 or 18 } birthday
        && c.EpisodesOf[o.Child].Any(e => EpisodeDates.Start(e) <= birthday.Day && (e.Dec is null || EpisodeDates.End(e) > birthday.Day)));

public sealed class CareLeaverNoEpisodesThoughOpenLastYear() : Oc3Rule("1010", "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.", "IN_TOUCH", o => o.InTouch,
    (o, c) => Oc3Answers.Given(o) && !c.EpisodesOf[o.Child].Any() && c.OpenAtEndOfLastYear(o.Child) is not null);

public sealed class CareLeaverTransferred() : Oc3Rule("1011", "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.", "IN_TOUCH", o => o.InTouch,
    (o, c) => Oc3Answers.Given(o) && c.EpisodesOf[o.Child].LastOrDefault() is { Rec: "E3" });

/// <summary>
/// Care left after the 17th (for a 17-year-old) or 18th birthday: the return asks about them next year. Care that
/// ends on the 18th birthday itself is not "after" it, as the DfE's text says (its validator counts that day too).
/// </summary>
public sealed class CareLeaverLeftAfterBirthday() : Oc3Rule("1016", "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.", "IN_TOUCH", o => o.InTouch,
    (o, c) => Oc3Answers.Given(o) && Oc3Answers.Birthday(o, c) is { Age: 17 or 18 } birthday
        && c.EpisodesOf[o.Child].Any(e => EpisodeDates.End(e) > birthday.Day));

/// <summary>At 17 a young person cannot yet be staying on with former foster carers (Z1/Z2), which starts at 18.</summary>
public sealed class WithFormerFosterCarersAt17() : Oc3Rule("3001", "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).", "ACCOM", o => o.Accom,
    (o, c) => o.Accom is { Length: > 0 } accom && accom[..1] == LookedAfterCodes.WithFormerFosterCarers && Oc3Answers.Birthday(o, c) is { Age: 17 });

/// <summary>UASC status is about children looked after: a care leaver with no episode in the year has none.</summary>
public sealed class UascForCareLeaver() : UascRule("1014", "UASC information is not required for care leavers", "DUC", u => u.Duc,
    (u, c) => !c.EpisodesOf[u.Child].Any(e => EpisodeDates.Start(e) is { } start && c.Year.Overlaps(start, EpisodeDates.End(e)))
        && c.Return.Oc3.Any(o => o.Child == u.Child && Oc3Answers.Given(o)));

/// <summary>A child with no episode this year is a care leaver in the return: only header and oc3 are theirs.</summary>
public sealed class CareLeaverWithOtherData() : Ssda903Rule("1012", "No other data should be returned for OC3 children who had no episodes in the current year", "CHILD")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context)
    {
        var r = context.Return;
        IEnumerable<(string? Child, Ssda903File File)> rows =
        [
            .. r.PlacedForAdoption.Select(p => (p.Child, Ssda903Files.PlacedForAdoption)),
            .. r.Missing.Select(m => (m.Child, Ssda903Files.Missing)),
            .. r.Reviews.Select(v => (v.Child, Ssda903Files.Reviews)),
            .. r.Ad1.Select(a => (a.Child, Ssda903Files.Ad1)),
            .. r.PreviousPermanence.Select(p => (p.Child, Ssda903Files.PreviousPermanence)),
            .. r.Oc2.Select(o => (o.Child, Ssda903Files.Oc2)),
        ];
        return
            from row in rows
            where !context.EpisodesOf[row.Child].Any()
            select Issue(row.Child, row.File, "CHILD", row.Child);
    }
}
