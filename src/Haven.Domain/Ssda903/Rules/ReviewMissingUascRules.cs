using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// reviews.csv, missing.csv and uasc.csv.

public sealed class ReviewDateInvalid() : ReviewRule("166", "Date of review is invalid or blank.", "REVIEW", v => v.Review, (v, _) => Ssda903Dates.Parse(v.Review) is null);

public sealed class ReviewParticipationInvalid() : ReviewRule("167", "Data entry for participation is invalid or blank.", "REVIEW_CODE", v => v.ReviewCode, (v, _) => !LookedAfterCodes.ReviewParticipation.Contains(v.ReviewCode));

public sealed class ReviewChildNotInHeader() : InHeaderRule<Ssda903Review>("INT08", "Internal Check: Child in Reviews does not exist in Header.", Ssda903Files.Reviews, r => r.Reviews, v => v.Child);

public sealed class ReviewBirthNotAsHeader() : SameAsHeaderRule<Ssda903Review>("INT17", "Internal Check: DOB in Reviews is different to DOB in Header.", Ssda903Files.Reviews, "DOB", r => r.Reviews, v => v.Child, v => v.Dob, h => h.Dob);

public sealed class MissingWithoutStart() : MissingRule("564", "Child was missing or away from placement without authorisation and the date started is blank.", "MIS_START", m => m.MisStart, (m, _) => m.Missing is not null && m.MisStart is null);

public sealed class MissingStartWithoutType() : MissingRule("565", "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.", "MISSING", m => m.Missing, (m, _) => m.MisStart is not null && m.Missing is null);

public sealed class MissingEndWithoutType() : MissingRule("566", "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.", "MISSING", m => m.Missing, (m, _) => m.MisEnd is not null && m.Missing is null);

public sealed class MissingEndsBeforeStart() : MissingRule("567", "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.", "MIS_END", m => m.MisEnd, (m, _) => Ssda903Dates.Parse(m.MisEnd) < Ssda903Dates.Parse(m.MisStart));

public sealed class MissingStartsAfterYear() : MissingRule("570", "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.", "MIS_START", m => m.MisStart, (m, c) => Ssda903Dates.Parse(m.MisStart) > c.Year.End);

public sealed class MissingEndsOutsideYear() : MissingRule("571", "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.", "MIS_END", m => m.MisEnd,
    (m, c) => Ssda903Dates.Parse(m.MisEnd) is { } end && (end < c.Year.Start || end > c.Year.End));

public sealed class MissingBeforeBirth() : MissingRule("586", "Dates of missing periods are before child’s date of birth.", "MIS_START", m => m.MisStart,
    (m, c) => c.BornOf(m.Child) is { } born && (Ssda903Dates.Parse(m.MisStart) < born || Ssda903Dates.Parse(m.MisEnd) < born));

public sealed class MissingStartInvalid() : MissingRule("1004", "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.", "MIS_START", m => m.MisStart, (m, _) => Ssda903Dates.IsInvalid(m.MisStart));

public sealed class MissingEndInvalid() : MissingRule("1005", "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.", "MIS_END", m => m.MisEnd, (m, _) => Ssda903Dates.IsInvalid(m.MisEnd));

public sealed class MissingTypeInvalid() : MissingRule("1006", "Missing type invalid.", "MISSING", m => m.Missing, (m, _) => m.Missing is not null && !LookedAfterCodes.MissingOrAway.Contains(m.Missing));

public sealed class MissingChildNotInHeader() : InHeaderRule<Ssda903Missing>("INT04", "Internal Check: Child in Missing does not exist in Header.", Ssda903Files.Missing, r => r.Missing, m => m.Child);

public sealed class MissingBirthNotAsHeader() : SameAsHeaderRule<Ssda903Missing>("INT13", "Internal Check: DOB in Missing is different to DOB in Header.", Ssda903Files.Missing, "DOB", r => r.Missing, m => m.Child, m => m.Dob, h => h.Dob);

public sealed class UascEndInvalid() : UascRule("104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.", "DUC", u => u.Duc, (u, _) => Ssda903Dates.IsInvalid(u.Duc));

public sealed class UascEndAfter18() : UascRule("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.", "DUC", u => u.Duc,
    (u, _) => Ssda903Dates.Parse(u.Duc) is { } ended && Ssda903Dates.Parse(u.Dob) is { } born && ended > born.AddYears(18));

public sealed class UascChildNotInHeader() : InHeaderRule<Ssda903Uasc>("INT09", "Internal Check: Child in UASC does not exist in Header.", Ssda903Files.Uasc, r => r.Uasc, u => u.Child);

public sealed class UascBirthNotAsHeader() : SameAsHeaderRule<Ssda903Uasc>("INT18", "Internal Check: DOB in UASC is different to DOB in Header.", Ssda903Files.Uasc, "DOB", r => r.Uasc, u => u.Child, u => u.Dob, h => h.Dob);

public sealed class UascSexNotAsHeader() : SameAsHeaderRule<Ssda903Uasc>("INT21", "Internal Check: SEX in UASC is different to SEX in Header.", Ssda903Files.Uasc, "SEX", r => r.Uasc, u => u.Child, u => u.Sex, h => h.Sex);

public sealed class ChildTwiceInUasc() : OncePerChildRule<Ssda903Uasc>("INT36", "Internal Check: Child should only exist once in UASC.", Ssda903Files.Uasc, r => r.Uasc, u => u.Child);
