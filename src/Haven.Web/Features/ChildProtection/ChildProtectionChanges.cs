using static Haven.Web.Features.ChildProtection.ChildProtectionText;

namespace Haven.Web.Features.ChildProtection;

/// <summary>
/// What every child protection change needs, whichever step of the journey it is: the open episode, enquiry,
/// conference or plan it changes (refused with the reason when closed), and ending a plan, which both a review
/// conference and the end-plan page do. The journey's services (StrategyDiscussions, Section47Enquiries,
/// Conferences, ProtectionPlans, CoreGroups) each record their own events in the same SaveChanges as the change.
/// </summary>
public sealed class ChildProtectionChanges(HavenDbContext db, CaseRecorder recorder)
{
    public void EndPlan(ChildProtectionPlan plan, DateOnly endDate, PlanEndReason reason, string? note)
    {
        plan.EndDate = endDate;
        plan.EndReason = reason;
        plan.EndNote = Typed.Clean(note);
        recorder.Record(plan.PersonId, CaseEventTypes.ChildProtectionPlanEnded, $"Child protection plan ended: {PlanEndReasons.InSentence(reason)}",
            Present(
                new FieldChange("Status", "Open", "Ended"),
                new FieldChange("Ended", null, Date(endDate)),
                new FieldChange("Reason", null, PlanEndReasons.Label(reason)),
                new FieldChange("Note", null, plan.EndNote)));
    }

    public async Task<Domain.FrontDoor.Referral> OpenReferralAsync(Guid personId, Guid referralId, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId && r.PersonId == personId, ct)
            ?? throw new InvalidOperationException("There is no such referral for this child.");
        return referral.IsOpen ? referral : throw CaseRuleException.Of("", "This episode is closed, so it cannot be changed");
    }

    public async Task<Section47Enquiry> EnquiryAsync(Guid enquiryId, CancellationToken ct)
    {
        var enquiry = await db.Section47Enquiries.SingleAsync(e => e.Id == enquiryId, ct);
        await OpenReferralAsync(enquiry.PersonId, enquiry.ReferralId, ct);
        return enquiry.CompletedOn is null ? enquiry : throw CaseRuleException.Of("", "This enquiry is complete, so it cannot be changed");
    }

    public async Task<ChildProtectionConference> UnheldConferenceAsync(Guid conferenceId, CancellationToken ct)
    {
        var conference = await db.ChildProtectionConferences.SingleAsync(c => c.Id == conferenceId, ct);
        return conference.IsHeld ? throw CaseRuleException.Of("", "This conference has been held, so it cannot be changed") : conference;
    }

    public async Task<ChildProtectionPlan> OpenPlanAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.ChildProtectionPlans.SingleAsync(p => p.Id == planId, ct);
        await OpenReferralAsync(plan.PersonId, plan.ReferralId, ct);
        return plan.IsOpen ? plan : throw CaseRuleException.Of("", "This plan has ended, so it cannot be changed");
    }

    public static IEnumerable<FieldChange> Present(params FieldChange[] changes) => changes.Where(c => !string.IsNullOrEmpty(c.NewValue) || c.OldValue is not null);

}
