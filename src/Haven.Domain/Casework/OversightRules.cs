using Haven.Domain.CaseRecording;
using Haven.Domain.Workforce;

namespace Haven.Domain.Casework;

/// <summary>
/// A manager's oversight of a child's case, and the continuity of the child's social worker. Ofsted: "ensure that
/// the reasons for all management decisions are clear and recorded"; "reduce the number of changes of social
/// worker that they experience".
/// </summary>
public static class OversightRules
{
    /// <summary>The oversight form's answers, as <see cref="Validate"/> names them.</summary>
    public static class Fields
    {
        public const string Kind = "Kind";
        public const string RecordedOn = "RecordedOn";
        public const string WorkerUserId = "WorkerUserId";
        public const string Direction = "Direction";
        public const string Rationale = "Rationale";
    }

    /// <summary>Checks an oversight entry or a supervision record.</summary>
    public static RuleResult Validate(OversightKind? kind, DateOnly? recordedOn, string? direction, string? rationale, string? workerUserId, DateOnly today)
    {
        var result = new RuleResult();
        result.AddIf(kind is null, Fields.Kind, "Select whether this is management oversight or case supervision");
        if (recordedOn is not { } date)
        {
            result.Add(Fields.RecordedOn, "Enter the date of the oversight");
        }
        else if (date > today)
        {
            result.Add(Fields.RecordedOn, "The date of the oversight must be today or in the past");
        }
        result.AddIf(kind == OversightKind.Supervision && string.IsNullOrEmpty(workerUserId), Fields.WorkerUserId, "Select the worker who was supervised");
        if (string.IsNullOrWhiteSpace(direction))
        {
            result.Add(Fields.Direction, kind == OversightKind.Supervision
                ? "Enter what was discussed and the direction given"
                : "Enter the direction you are giving");
        }
        result.AddIf(string.IsNullOrWhiteSpace(rationale), Fields.Rationale, "Enter the reasons for the direction");
        return result;
    }

    public static string Describe(OversightKind kind) => kind switch
    {
        OversightKind.ManagementOversight => "Management oversight",
        OversightKind.Supervision => "Case supervision",
        _ => kind.ToString(),
    };

    /// <summary>How often the child's social worker changed, overall and in the 12 months to <paramref name="today"/>.</summary>
    /// <param name="ChangesOverall">Each allocation to a different worker from the one before is one change.</param>
    /// <param name="ChangesLast12Months">Changes whose new worker started in the last 12 months.</param>
    /// <param name="WorkersLast12Months">Different workers allocated at any time in the last 12 months (the Ofsted measure).</param>
    public sealed record WorkerChanges(int ChangesOverall, int ChangesLast12Months, int WorkersLast12Months);

    public static WorkerChanges ChangesOfWorker(IEnumerable<Allocation> allocations, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        var ordered = allocations.Where(a => a.StartDate <= today).OrderBy(a => a.StartDate).ThenBy(a => a.EndDate ?? DateOnly.MaxValue).ToList();
        // "The last 12 months" ends today, so it starts the day after the same date last year.
        var yearFrom = today.AddMonths(-12).AddDays(1);
        int overall = 0, recent = 0;
        for (var i = 1; i < ordered.Count; i++)
        {
            // A case moved to another team with the same worker, or a worker allocated twice, is not a new face for the child.
            if (ordered[i].WorkerUserId == ordered[i - 1].WorkerUserId)
            {
                continue;
            }
            overall++;
            if (ordered[i].StartDate >= yearFrom)
            {
                recent++;
            }
        }
        var workers = ordered.Where(a => a.EndDate is null || a.EndDate >= yearFrom).Select(a => a.WorkerUserId).Distinct().Count();
        return new WorkerChanges(overall, recent, workers);
    }
}
