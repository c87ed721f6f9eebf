namespace Haven.Domain.Ssda903.Rules;

// header.csv's mother items (MOTHER, MC_DOB), its UPN for a child newly in care, and the age of a child in uasc.csv.

public sealed class MothersChildBirthInvalid() : HeaderRule("171", "Date of birth of mother's child is not a valid date.", "MC_DOB", h => h.McDob, (h, _) => Ssda903Dates.IsInvalid(h.McDob));

public sealed class MothersChildBirthForMale() : HeaderRule("174", "Mother's child date of birth is recorded but sex shows that the child is a male.", "MC_DOB", h => h.McDob, (h, _) => h.Sex == "M" && h.McDob is not null);

/// <summary>
/// Once a young woman is recorded as a mother she stays one: a child looked after this year whose MOTHER was 1 last year
/// must be 1 again (only with last year's files).
/// </summary>
public sealed class MotherChangedSinceLastYear() : Ssda903Rule("207", "Mother status for the current year disagrees with the mother status already recorded for this child.", "MOTHER")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        context.PreviousHeaders is not { } last ? [] :
        from h in context.Return.Header
        where h.Child is { } child && last.TryGetValue(child, out var before) && before.Mother == "1" && h.Mother != "1" && context.EpisodesOf[child].Any()
        select Issue(h.Child, Ssda903Files.Header, "MOTHER", h.Mother);
}

/// <summary>
/// UN4 (UPN not yet obtained) is for a child newly looked after: not for one whose care at 31 March began more than a
/// week before it. The DfE's validator reports UN4 for a child whose episode began on or after 24 March, the opposite
/// of its text; this follows the text.
/// </summary>
public sealed class Un4AfterAWeekInCare() : HeaderRule("210", "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.", "UPN", h => h.Upn,
    (h, c) => h.Upn == "UN4" && CareAtYearEndBegan(c, h.Child) < c.Year.End.AddDays(-7))
{
    /// <summary>The start of the period of care open at 31 March: its latest episode with reason S (or its first episode).</summary>
    private static DateOnly? CareAtYearEndBegan(Ssda903RuleContext c, string? child)
    {
        var episodes = c.EpisodesOf[child].Where(e => EpisodeDates.Start(e) is not null).ToList();
        if (episodes.Count == 0 || episodes[^1].Dec is not null)
        {
            return null;
        }
        return EpisodeDates.Start(episodes.LastOrDefault(e => e.Rne == "S") ?? episodes[0]);
    }
}

/// <summary>Unaccompanied asylum-seeking children are mostly teenagers: one under 11 at 31 March is queried (from header.csv's DOB).</summary>
public sealed class UascUnder11() : UascRule("231", "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.", "DOB", u => u.Dob,
    (u, c) => c.BornOf(u.Child) > c.Year.End.AddYears(-11));
