namespace Haven.Domain.Ssda903.Rules;

// header.csv: the child's Unique Pupil Number must be there (a UN code when it is not known) and be theirs alone.

/// <summary>Children on short breaks only (V3/V4) are not asked for a UPN; every other child is.</summary>
public sealed class UpnBlank() : Ssda903Rule("442", "Unique Pupil Number (UPN) field is not completed.", "UPN")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from header in context.Return.Header
        where header.Upn is null && context.EpisodesOf[header.Child].Any(e => e.Ls is not ("V3" or "V4"))
        select Issue(header.Child, Ssda903Files.Header, "UPN", header.Upn);
}

/// <summary>
/// A real UPN belongs to one pupil: two children with the same one is a typing mistake (reported on the second and
/// later, as a child twice in a file is). The UN codes are shared.
/// </summary>
public sealed class UpnDuplicated() : Ssda903Rule("444", "Duplicate UPN has been reported", "UPN")
{
    public override IEnumerable<Ssda903Issue> Check(Ssda903RuleContext context) =>
        from header in context.Return.Header
        where header.Upn is not null && !HeaderCodes.UpnUnknown.Contains(header.Upn)
        group header by header.Upn into same
        where same.Count() > 1
        from header in same.Skip(1)
        select Issue(header.Child, Ssda903Files.Header, "UPN", header.Upn);
}
