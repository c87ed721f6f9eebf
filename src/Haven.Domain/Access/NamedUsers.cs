namespace Haven.Domain.Access;

/// <summary>
/// The colleagues named on a restricted record. A restricted record opens for nobody else (auditors read it, but
/// cannot change it or its named users), so it must always have at least one.
/// </summary>
public static class NamedUsers
{
    /// <summary>The domain's name for the list of named users, for pages to map to their own field.</summary>
    public const string Field = "NamedUsers";

    public static RuleResult Remove(bool isRestricted, int namedNow) =>
        new RuleResult().AddIf(isRestricted && namedNow <= 1, Field,
            "Name another colleague before removing the last one: a restricted record must have someone who can open it");
}
