using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus.Rules;

public sealed class ReferenceDateIncorrect() : CinReturnRule("100", "Reference Date is incorrect", E.ReferenceDate)
{
    public override CinReturnCheck Start(CinCensusHeader header, CinRuleContext? context) => new Check(this, header);

    // The DfE fixes the date for each collection (31 March 2026 for 2025/26). The file says which collection it
    // is for in <Year>, so the reference date must be 31 March of that year, as the reference validator checks.
    private sealed class Check(ReferenceDateIncorrect rule, CinCensusHeader header) : CinReturnCheck
    {
        public override IEnumerable<CinIssue> Finish()
        {
            DateOnly? expected = int.TryParse(header.Year, out var year) && year is > 1 and < 9999 ? new DateOnly(year, 3, 31) : null;
            if (header.ReferenceDate is null || header.ReferenceDate != expected)
            {
                yield return rule.Issue(null, E.ReferenceDate, header.Shown(E.ReferenceDate, header.ReferenceDate), CinIssueLocation.Return);
            }
        }
    }
}

/// <summary>
/// An identifier that must be unique across the return. Keeps one string per distinct value, which for a
/// return of 100,000 children is a few megabytes; every child sharing a value is reported at the end.
/// </summary>
public abstract class UniqueAcrossReturnRule(string id, string message, string field) : CinReturnRule(id, message, field)
{
    public override CinReturnCheck Start(CinCensusHeader header, CinRuleContext? context) => new Check(this);

    protected abstract string? KeyOf(CinCensusChild child);

    private sealed class Check(UniqueAcrossReturnRule rule) : CinReturnCheck
    {
        private readonly Dictionary<string, string?> _firstHolder = new(StringComparer.Ordinal);
        private readonly List<(string Key, string? ChildId)> _repeats = [];

        public override void Observe(CinCensusChild child)
        {
            if (rule.KeyOf(child) is not { Length: > 0 } key)
            {
                return;
            }

            if (!_firstHolder.TryAdd(key, child.LAchildID))
            {
                _repeats.Add((key, child.LAchildID));
            }
        }

        public override IEnumerable<CinIssue> Finish()
        {
            var firsts = _repeats.Select(r => r.Key).Distinct(StringComparer.Ordinal).Select(key => (Key: key, ChildId: _firstHolder[key]));
            return firsts.Concat(_repeats)
                .Select(r => rule.Issue(r.ChildId, rule.Fields[0], r.Key, CinIssueLocation.Child));
        }
    }
}

public sealed class UpnRepeated() : UniqueAcrossReturnRule("1520", "More than one record with the same UPN.", E.UPN)
{
    protected override string? KeyOf(CinCensusChild child) => child.UPN?.Trim();
}

public sealed class LaChildIdRepeated() : UniqueAcrossReturnRule("8510", "More than one child record with the same LA Child ID", E.LAchildID)
{
    protected override string? KeyOf(CinCensusChild child) => child.LAchildID?.Trim();
}

public sealed class MorePlansThanConferences() : CinReturnRule(
    "2883", "There are more child protection plans starting than initial conferences taking place", E.CPPstartDate, E.DateOfInitialCPC)
{
    public override CinReturnCheck Start(CinCensusHeader header, CinRuleContext? context) => new Check(this, context);

    private sealed class Check(MorePlansThanConferences rule, CinRuleContext? context) : CinReturnCheck
    {
        private int _plans;
        private int _conferences;

        public override void Observe(CinCensusChild child)
        {
            if (context is null)
            {
                return;
            }

            foreach (var episode in child.CinDetails)
            {
                _plans += episode.ChildProtectionPlans.Count(p => p.StartDate is { } d && context.InCensusPeriod(d));
                _conferences += episode.DateOfInitialCPC is { } held && context.InCensusPeriod(held) ? 1 : 0;
                _conferences += episode.Section47s.Count(s => s.DateOfInitialCPC is { } d && context.InCensusPeriod(d));
            }
        }

        public override IEnumerable<CinIssue> Finish()
        {
            if (_plans > _conferences)
            {
                yield return rule.Issue(null, E.CPPstartDate, $"{_plans} plans, {_conferences} conferences", CinIssueLocation.Return);
            }
        }
    }
}

public sealed class SexNotRecordedShare() : CinReturnRule(
    "2886Q",
    "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
    E.Sex, E.ExpectedPersonBirthDate)
{
    private const double Threshold = 0.02;

    public override CinReturnCheck Start(CinCensusHeader header, CinRuleContext? context) => new Check(this);

    private sealed class Check(SexNotRecordedShare rule) : CinReturnCheck
    {
        private int _children;
        private int _notRecorded;

        public override void Observe(CinCensusChild child)
        {
            _children++;
            // Unborn children have no sex to record, so they are not counted as missing (but are in the total, as the DfE's sum is).
            var sex = child.Sex ?? CinSexCodes.FromGenderCurrent(child.GenderCurrent);
            if (sex is null or "U" && child.ExpectedPersonBirthDate is null)
            {
                _notRecorded++;
            }
        }

        public override IEnumerable<CinIssue> Finish()
        {
            if (_children > 0 && (double)_notRecorded / _children > Threshold)
            {
                yield return rule.Issue(null, E.Sex, $"{_notRecorded} of {_children}", CinIssueLocation.Return);
            }
        }
    }
}

public sealed class FewDisabilityCodesUsed() : CinReturnRule(
    "2887Q", "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return", E.Disability)
{
    private const int Expected = 8;

    public override CinReturnCheck Start(CinCensusHeader header, CinRuleContext? context) => new Check(this);

    private sealed class Check(FewDisabilityCodesUsed rule) : CinReturnCheck
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public override void Observe(CinCensusChild child) =>
            _used.UnionWith(child.Disabilities.Where(d => d != CinCodeSets.NoDisability));

        public override IEnumerable<CinIssue> Finish()
        {
            if (_used.Count < Expected)
            {
                yield return rule.Issue(null, E.Disability, string.Join(" ", _used.Order(StringComparer.Ordinal)), CinIssueLocation.Return);
            }
        }
    }
}

public sealed class OnlyOneDisabilityPerChild() : CinReturnRule(
    "2888Q",
    "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
    E.Disability)
{
    public override CinReturnCheck Start(CinCensusHeader header, CinRuleContext? context) => new Check(this);

    // Raised only when some child has a disability and none has more than one.
    private sealed class Check(OnlyOneDisabilityPerChild rule) : CinReturnCheck
    {
        private int _mostRecordedForOneChild;

        public override void Observe(CinCensusChild child) =>
            _mostRecordedForOneChild = Math.Max(_mostRecordedForOneChild, child.Disabilities.Count(d => d != CinCodeSets.NoDisability));

        public override IEnumerable<CinIssue> Finish()
        {
            if (_mostRecordedForOneChild == 1)
            {
                yield return rule.Issue(null, E.Disability, "1", CinIssueLocation.Return);
            }
        }
    }
}
