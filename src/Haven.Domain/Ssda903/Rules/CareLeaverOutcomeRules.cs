using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// oc3.csv: care leavers around their 17th to 21st birthdays: whether the authority is in touch, their activity and
// their accommodation. 0 is the return's "not known" for activity and accommodation when the authority is not in
// touch (or the young person died or went home), so a blank is never right once IN_TOUCH is given.

internal static class LeavingCareAnswers
{
    /// <summary>
    /// A valid ACCOM: 0, or an accommodation letter then 1 (suitable) or 2 (unsuitable); no fixed abode (S) and
    /// custody (X) are only ever unsuitable.
    /// </summary>
    public static bool IsAccommodation(string? accom) =>
        accom == "0" || (accom is { Length: 2 } a && LookedAfterCodes.CareLeaverAccommodation.Contains(a[..1])
            && (a[1] == '2' || (a[1] == '1' && !LookedAfterCodes.AlwaysUnsuitable.Contains(a[..1]))));

    public static bool Answered(Ssda903Oc3 o) => (o.InTouch ?? o.Activ ?? o.Accom) is not null;
}

public sealed class InTouchInvalid() : Oc3Rule("131", "Data entry for being in touch after leaving care is invalid.", "IN_TOUCH", o => o.InTouch, (o, _) => !LookedAfterCodes.CareLeaverInTouch.Contains(o.InTouch));

public sealed class ActivityInvalid() : Oc3Rule("132", "Data entry for activity after leaving care is invalid.", "ACTIV", o => o.Activ, (o, _) => o.Activ != "0" && !LookedAfterCodes.CareLeaverActivity.Contains(o.Activ));

public sealed class AccommodationInvalid() : Oc3Rule("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid", "ACCOM", o => o.Accom, (o, _) => !LeavingCareAnswers.IsAccommodation(o.Accom));

/// <summary>In touch, activity and accommodation are answered together or not at all: the first blank one is reported.</summary>
public sealed class LeavingCarePartlyCompleted() : Ssda903Rule("153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from o in context.Return.Oc3
        let items = new[] { o.InTouch, o.Activ, o.Accom }
        where items.Any(i => i is not null) && items.Any(i => i is null)
        select Issue(o.Child, Ssda903Files.Oc3, Fields[Array.FindIndex(items, i => i is null)], null);
}

/// <summary>Nothing is asked of a young person who died or has lived back at home for six months: activity and accommodation are 0.</summary>
public sealed class ActivityForDiedOrHome() : Oc3Rule("344", "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.", "ACTIV", o => o.Activ,
    (o, _) => LookedAfterCodes.InTouchEndsSupport.Contains(o.InTouch ?? "") && (o.Activ != "0" || o.Accom != "0"));

public sealed class InTouchWithoutActivity() : Oc3Rule("345", "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.", "ACTIV", o => o.Activ,
    (o, _) => o.InTouch == "YES" && (o.Activ == "0" || o.Accom == "0"));

/// <summary>
/// A foyer (accommodation T) is for adults. The DfE's validator compares the whole ACCOM with "T", which no valid code
/// (T1, T2) equals, so it never fires; this follows the DfE's text and reads the accommodation letter. The age is the
/// one the row is about, the birthday reached in the year (so the 17th birthday's answers), where the validator's
/// age on 1 April would also catch every 18th birthday.
/// </summary>
public sealed class FoyerUnder18() : Oc3Rule("347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.", "ACCOM", o => o.Accom,
    (o, c) => o.Accom is { Length: > 0 } a && a[0] == LookedAfterCodes.Foyer[0] && Ssda903Dates.Parse(o.Dob) is { } born && Ssda903FromRecord.Age(born, c.Year.End) < 18);

/// <summary>A young person reported as having died last year is reported as having died again (only with last year's files).</summary>
public sealed class DiedLastYear() : Oc3Rule("348", "Care leaver has previously been reported as having died.", "IN_TOUCH", o => o.InTouch,
    (o, c) => c.Previous is { } last && o.InTouch != "DIED" && last.Oc3.Any(l => l.Child == o.Child && l.InTouch == "DIED"));

/// <summary>Care leavers are asked about at their 17th birthday onwards: not before it falls in the year.</summary>
public sealed class CareLeaverUnder17() : Oc3Rule("391", "Young person was not 17, 18, 19, 20 or 21 during the current collection year.", "DOB", o => o.Dob,
    (o, c) => LeavingCareAnswers.Answered(o) && Ssda903Dates.Parse(o.Dob)?.AddYears(17) > c.Year.End);

/// <summary>A child adopted in the year is not a care leaver in it.</summary>
public sealed class AdoptionForCareLeaver() : Ad1Rule("134", "Data on adoption should not be entered for the OC3 cohort.", "CHILD", a => a.Child,
    (a, c) => (a.DateInt ?? a.DateMatch ?? a.FosterCare ?? a.NbAdoptr ?? a.SexAdoptr ?? a.LsAdoptr) is not null
        && c.Return.Oc3.Any(o => o.Child == a.Child && LeavingCareAnswers.Answered(o)));
