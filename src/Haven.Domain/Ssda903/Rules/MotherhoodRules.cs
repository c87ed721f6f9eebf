namespace Haven.Domain.Ssda903.Rules;

// header.csv MOTHER (1 when the young woman is a mother) and MC_DOB (her first child's date of birth): the two must
// agree with each other, with her age and with last year's return.

public sealed class MotherWithoutChildsBirth() : HeaderRule("611", "Date of birth field is blank, but child is a mother.", "MC_DOB", h => h.McDob,
    (h, _) => h.Mother == "1" && h.McDob is null);

public sealed class ChildsBirthButNotMother() : HeaderRule("612", "Date of birth field has been completed but mother field indicates child is not a mother.", "MOTHER", h => h.Mother,
    (h, _) => h.Sex == "F" && h.McDob is not null && h.Mother is null or "0");

/// <summary>The DfE's check: under 11 on 1 April, the start of the collection year.</summary>
public sealed class MotherUnder11() : HeaderRule("620", "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.", "DOB", h => h.Dob,
    (h, c) => h.Mother == "1" && Ssda903Dates.Parse(h.Dob) is { } born && born.AddYears(11) > c.Year.Start);

public sealed class MotherYoungerThanChild() : HeaderRule("621", "Mother’s field has been completed but date of birth shows that the mother is younger than her child.", "MC_DOB", h => h.McDob,
    (h, _) => Ssda903Dates.Parse(h.McDob) is { } childBorn && Ssda903Dates.Parse(h.Dob) is { } born && childBorn <= born);

/// <summary>The first child's birth cannot be after 31 March or after she left care (her latest episode's end).</summary>
public sealed class ChildsBirthAfterYearOrCare() : HeaderRule("625", "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.", "MC_DOB", h => h.McDob,
    (h, c) => Ssda903Dates.Parse(h.McDob) is { } childBorn
        && (childBorn > c.Year.End || c.EpisodesOf[h.Child].Select(EpisodeDates.End).Max() is { } left && childBorn > left));

/// <summary>A care leaver not looked after this year (only in oc3) is not asked about motherhood.</summary>
public sealed class MotherhoodForCareLeaver() : HeaderRule("628", "Motherhood details are not required for care leavers who have not been looked after during the year.", "MOTHER", h => h.Mother,
    (h, c) => h.Mother is not null && !c.EpisodesOf[h.Child].Any()
        && c.Return.Oc3.Any(o => o.Child == h.Child && (o.InTouch ?? o.Activ ?? o.Accom) is not null));

public sealed class ChildsBirthChangedSinceLastYear() : SameAsLastYearRule("624", "Date of birth of the first child contradicts the date of birth of the first child previously recorded.", "MC_DOB", h => h.McDob,
    (now, before) => before is not null && now != before);

/// <summary>
/// Last year she was not a mother, so a first child born before 1 April would have been in last year's return.
/// </summary>
public sealed class BecameMotherBeforeYear() : Ssda903Rule("626", "Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.", "MC_DOB")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        context.PreviousHeaders is not { } last ? [] :
        from header in context.Return.Header
        where header.Mother == "1" && Ssda903Dates.Parse(header.McDob) < context.Year.Start
            && header.Child is { } child && last.TryGetValue(child, out var before) && before.Mother == "0"
        select Issue(header.Child, Ssda903Files.Header, "MC_DOB", header.McDob);
}
