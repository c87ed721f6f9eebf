using Haven.Web.Features.WorkTray;

namespace Haven.Web.Features.Home;

/// <summary>What a child on a caseload is open for, most demanding first.</summary>
public enum PlanType
{
    ChildProtection,
    ChildInNeed,
    Assessment,
    EarlyHelp,
    NoPlan,
}

/// <summary>
/// Each allocated child's plan type, read from the same snapshots the work tray's clocks use, and the weights a
/// manager reads a caseload by. The weights are said on the team manager's page too, so nobody has to guess how a
/// "weighted caseload" was counted.
/// </summary>
public static class CaseloadPlans
{
    /// <summary>
    /// A child protection plan brings the most visits (every 10 working days), core groups and conferences: 1.5.
    /// A child in need plan and an assessment under way are the usual unit of work: 1. Early help led by the worker,
    /// or an allocated child with no plan or assessment open (waiting for closure or step-down): 0.5.
    /// </summary>
    public static decimal Weight(PlanType type) => type switch
    {
        PlanType.ChildProtection => 1.5m,
        PlanType.ChildInNeed => 1m,
        PlanType.Assessment => 1m,
        PlanType.EarlyHelp => 0.5m,
        _ => 0.5m,
    };

    public static string Label(PlanType type) => type switch
    {
        PlanType.ChildProtection => "Child protection plan",
        PlanType.ChildInNeed => "Child in need plan",
        PlanType.Assessment => "Assessment",
        PlanType.EarlyHelp => "Early help",
        _ => "No plan open",
    };

    /// <summary>The short heading for a count of children of this type, as managers say it.</summary>
    public static string Short(PlanType type) => type switch
    {
        PlanType.ChildProtection => "CP",
        PlanType.ChildInNeed => "CIN",
        PlanType.Assessment => "Assessment",
        PlanType.EarlyHelp => "Early help",
        _ => "No plan",
    };

    /// <summary>The weights in a sentence, for the page.</summary>
    public static string WeightsSentence =>
        string.Join(", ", Enum.GetValues<PlanType>().Select(t => $"{Label(t).ToLowerInvariant()} {Weight(t):0.#}"));

    /// <summary>
    /// The plan type of each child in <paramref name="tray"/>: an open child protection plan, else an open child in
    /// need plan, else an assessment not yet authorised, else open early help (one query for all the children), else none.
    /// </summary>
    public static async Task<Dictionary<Guid, PlanType>> ForAsync(HavenDbContext db, Tray tray, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tray);
        var ids = tray.Children.Select(c => c.PersonId).Distinct().ToList();
        var earlyHelp = ids.Count == 0 ? [] : (await db.EarlyHelpEpisodes.AsNoTracking()
            .Where(e => e.EndDate == null && tray.People.Contains(e.PersonId)).Select(e => e.PersonId).Distinct().ToListAsync(ct)).ToHashSet();
        return ids.ToDictionary(id => id, id => Of(tray.Cases.GetValueOrDefault(id), earlyHelp.Contains(id)));
    }

    public static PlanType Of(ChildCaseSnapshot? child, bool earlyHelpOpen)
    {
        var open = child?.Referrals.Where(r => r.IsOpen).Select(r => r.Id).ToHashSet() ?? [];
        if (child is not null && child.ChildProtectionPlans.Any(p => p.IsOpen && open.Contains(p.ReferralId)))
        {
            return PlanType.ChildProtection;
        }
        if (child is not null && child.ChildInNeedPlans.Any(p => p.IsOpen && open.Contains(p.ReferralId)))
        {
            return PlanType.ChildInNeed;
        }
        if (child is not null && child.Assessments.Any(a => !a.IsAuthorised && open.Contains(a.ReferralId)))
        {
            return PlanType.Assessment;
        }
        return earlyHelpOpen ? PlanType.EarlyHelp : PlanType.NoPlan;
    }
}
