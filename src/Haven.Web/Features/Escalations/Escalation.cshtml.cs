using Haven.Domain.Escalations;

namespace Haven.Web.Features.Escalations;

/// <summary>One escalation: what it is about, each stage it reached with its date, and the outcome.</summary>
public sealed class EscalationModel(HavenDbContext db, TimeProvider clock, EscalationService escalations) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EscalationId { get; set; }
    public Escalation Escalation { get; private set; } = null!;
    public PlanSummary? Plan { get; private set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Escalation = await Db.Escalations.AsNoTracking().Include(e => e.Steps)
            .SingleOrDefaultAsync(e => e.Id == EscalationId && e.PersonId == PersonId, ct) ?? throw RecordStopException.NotFound();
        Plan = await escalations.PlanAsync(PersonId, Escalation.ConcernsKind, Escalation.ConcernsId, ct);
    }

    public void OnGet()
    {
    }
}
