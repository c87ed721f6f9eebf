using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

public sealed class EthnicityMissingOrInvalid()
    : CodeSetRule("4220", "Ethnicity is missing or invalid (see Ethnicity table)", E.Ethnicity, CinCodeSets.Ethnicity, required: true)
{
    protected override IEnumerable<CodedValue> Values(CinCensusChild child) => [new(child.Ethnicity, CinIssueLocation.Child)];
}

public sealed class DisabilityMissingOrInvalid()
    : CodeSetRule("8540", "Child’s disability is missing or invalid (see Disability table)", E.Disability, CinCodeSets.Disability, required: true)
{
    /// <summary>
    /// The DfE text: if the child has a birth date and at least one episode is not a referral with no further action,
    /// one or more Disability codes must be present ("NONE" when the child has none). An empty group is then one
    /// missing value; every code given is checked against the list.
    /// </summary>
    protected override IEnumerable<CodedValue> Values(CinCensusChild child) =>
        child.Disabilities.Count == 0 && child.PersonBirthDate is not null && child.CinDetails.Any(e => e.IsReferralNfa == false)
            ? [new CodedValue(null, CinIssueLocation.Child)]
            : child.Disabilities.Select(d => new CodedValue(d, CinIssueLocation.Child));
}

public sealed class DisabilityNoneWithOthers() : CinChildRule("8790", "Disability information includes both None and other values", E.Disability)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context)
    {
        if (child.Disabilities.Contains(CinCodeSets.NoDisability) && child.Disabilities.Any(d => d != CinCodeSets.NoDisability))
        {
            yield return Issue(child, E.Disability, string.Join(" ", child.Disabilities), CinIssueLocation.Child);
        }
    }
}

public sealed class DisabilityRepeated() : CinChildRule("8794", "Child has two or more disabilities with the same code", E.Disability)
{
    public override IEnumerable<CinIssue> Check(CinCensusChild child, CinRuleContext context) =>
        RepeatedCodes.In(child.Disabilities).Select(code => Issue(child, E.Disability, code, CinIssueLocation.Child));
}

/// <summary>Codes given more than once in a list, each named once.</summary>
internal static class RepeatedCodes
{
    public static IEnumerable<string> In(IEnumerable<string> codes) =>
        codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
