namespace Haven.Domain.Fostering;

/// <summary>
/// The clock of a connected person (a relative, friend or other person connected with the child) approved as a foster
/// carer for one child before their full assessment is done. Care Planning, Placement and Case Review (England)
/// Regulations 2010 reg 24: temporary approval lasts up to 16 weeks; reg 25: where the assessment is not finished it
/// may be extended once, by up to 8 weeks, after the fostering panel has been consulted. Dates are the first day
/// without approval, so "ends on 22 February" means the carers are approved up to and including 21 February.
/// </summary>
public static class ConnectedPersonsApproval
{
    public const int TemporaryWeeks = 16;
    public const int ExtensionWeeks = 8;

    /// <summary>When temporary approval from <paramref name="approvedOn"/> ends, with the extension's weeks (0 to 8) if one was granted.</summary>
    public static DateOnly EndsOn(DateOnly approvedOn, int extensionWeeks = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extensionWeeks);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extensionWeeks, ExtensionWeeks);
        return approvedOn.AddDays(7 * (TemporaryWeeks + extensionWeeks));
    }

    /// <summary>
    /// An extension may be granted only while the temporary approval still runs (an ended approval cannot be revived:
    /// the child must be moved or the carers fully approved), for 1 to 8 weeks, and only once.
    /// </summary>
    public static RuleResult CheckExtension(DateOnly approvedOn, int? weeks, bool alreadyExtended, DateOnly decidedOn) =>
        new RuleResult()
            .AddIf(alreadyExtended, "", "Temporary approval can be extended only once (regulation 25)")
            .AddIf(weeks is null or < 1 or > ExtensionWeeks, "Weeks", $"Enter an extension of 1 to {ExtensionWeeks} weeks")
            .AddIf(decidedOn >= EndsOn(approvedOn), "DecidedOn", $"Temporary approval ended on {DateText.Date(EndsOn(approvedOn))}, so it cannot be extended");
}
