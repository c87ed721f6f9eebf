using static Haven.Web.Features.ChildProtection.ChildProtectionChanges;
using static Haven.Web.Features.ChildProtection.ChildProtectionText;

namespace Haven.Web.Features.ChildProtection.CoreGroups;

/// <summary>The core group of a child protection plan: its members and its meetings.</summary>
public sealed class CoreGroupService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, LocalTimescales timescales, ChildProtectionChanges childProtection)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private DateOnly Today => UkClock.Today(clock);

    public async Task AddCoreGroupMemberAsync(Guid planId, string name, string agency, string? role, CancellationToken ct)
    {
        var plan = await childProtection.OpenPlanAsync(planId, ct);
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateCoreGroupMember(name, agency));
        var member = new CoreGroupMember { Id = Guid.NewGuid(), PlanId = plan.Id, Name = name.Trim(), Agency = agency.Trim(), Role = Typed.Clean(role) };
        db.CoreGroupMembers.Add(member);
        recorder.Record(plan.PersonId, CaseEventTypes.CoreGroupMemberAdded, $"{member.Name} ({member.Agency}) joined the core group",
            Present(new FieldChange("Name", null, member.Name), new FieldChange("Agency", null, member.Agency), new FieldChange("Role", null, member.Role)));
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordCoreGroupAsync(Guid planId, DateOnly heldOn, string attendees, string progress, CancellationToken ct)
    {
        var plan = await childProtection.OpenPlanAsync(planId, ct);
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateCoreGroupMeeting(heldOn, plan.StartDate, Today, attendees, progress));
        var held = await db.CoreGroupMeetings.Where(m => m.PlanId == plan.Id).Select(m => m.HeldOn).ToListAsync(ct);
        var dueBefore = ChildProtectionRules.NextCoreGroupDueOn(plan.StartDate, held, timescales.CoreGroupInterval, Calendar);
        var dueAfter = ChildProtectionRules.NextCoreGroupDueOn(plan.StartDate, [.. held, heldOn], timescales.CoreGroupInterval, Calendar);
        db.CoreGroupMeetings.Add(new CoreGroupMeeting { Id = Guid.NewGuid(), PlanId = plan.Id, HeldOn = heldOn, Attendees = attendees.Trim(), Progress = progress.Trim() });
        recorder.Record(plan.PersonId, CaseEventTypes.CoreGroupHeld, $"Core group held on {Date(heldOn)}",
            [
                new FieldChange("Held on", null, Date(heldOn)),
                new FieldChange("Who came", null, attendees.Trim()),
                new FieldChange("Progress", null, progress.Trim()),
                new FieldChange("Next core group due", Date(dueBefore), Date(dueAfter)),
            ]);
        await db.SaveChangesAsync(ct);
    }
}
