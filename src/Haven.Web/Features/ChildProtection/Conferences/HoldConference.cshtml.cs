using System.Globalization;

namespace Haven.Web.Features.ChildProtection.Conferences;

/// <summary>
/// Records a conference as held: who came and sent reports, the child's part, the decision and its reasons, and
/// when the family had the report and the minutes. An initial conference's plan starts here.
/// </summary>
public sealed class HoldConferenceModel(HavenDbContext db, TimeProvider clock, ConferenceService service, ChildProtectionQueries queries) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid ConferenceId { get; set; }
    public ConferencePart Part { get; private set; } = null!;

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Chair { get; set; }
    [BindProperty] public List<PersonRow> Attendees { get; set; } = PersonRow.Blank(4);
    [BindProperty] public bool? ChildAttended { get; set; }
    [BindProperty] public string? ChildsViews { get; set; }
    [BindProperty] public ConferenceDecision? Decision { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public PlanEndReason? EndReason { get; set; }
    [BindProperty] public string? PreviousPlans { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public DateInput ReportSharedWithParentsOn { get; set; } = new();
    [BindProperty] public DateInput MinutesSentOn { get; set; } = new();

    public bool IsInitial => Part.Conference.Type == ConferenceType.Initial;
    public int PreviousPlansInHaven { get; private set; }
    public string? CurrentCategory { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Part.Conference.ScheduledFor <= Today)
        {
            HeldOn = DateInput.From(Part.Conference.ScheduledFor);
        }
        Category = CurrentCategory;
        PreviousPlans = PreviousPlansInHaven.ToString(CultureInfo.InvariantCulture);
        var members = await Db.CoreGroupMembers.AsNoTracking().Where(m => m.PlanId == Part.Conference.ChildProtectionPlanId).OrderBy(m => m.Agency).ToListAsync(ct);
        if (members.Count > 0)
        {
            // A review invites the core group, so their names start the list.
            Attendees = PersonRow.WithRoomFor(members.Select(m => new PersonRow { Name = m.Name, Agency = Agencies.All.Contains(m.Agency) ? m.Agency : Agencies.Other }), 3);
        }
        return Page();
    }

    public IActionResult OnPostAddRow()
    {
        ModelState.Clear();
        Attendees = PersonRow.WithRoomFor(Attendees, 3);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date the conference was held", required: true, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        var shared = DateInputValidation.Validate(ReportSharedWithParentsOn, "the date the report was shared with parents", required: false, notAfter: Today, today: Today);
        shared.AddTo(ModelState, nameof(ReportSharedWithParentsOn));
        var minutes = DateInputValidation.Validate(MinutesSentOn, "the date the minutes were sent", required: false, notAfter: Today, today: Today);
        minutes.AddTo(ModelState, nameof(MinutesSentOn));
        int? previous = int.TryParse(PreviousPlans?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (previous is null && !string.IsNullOrWhiteSpace(PreviousPlans))
        {
            ModelState.AddModelError(nameof(PreviousPlans), "Enter the number of earlier plans as a whole number, like 0 or 2");
        }
        var attendees = Attendees.Select(a => new ChildProtectionChecks.Participant(a.Name, a.Agency)).ToList();
        if (IsInitial)
        {
            var s47Start = await Db.Section47Enquiries.Where(e => e.Id == Part.Conference.Section47Id).Select(e => (DateOnly?)e.StartDate).SingleOrDefaultAsync(ct);
            AddErrors(ChildProtectionChecks.ValidateInitialConferenceHeld(held.Date, s47Start, Part.Referral.ReferralDate, Decision, Category, Rationale, Chair, attendees,
                previous, PreviousPlansInHaven, Today, Calendar));
        }
        else
        {
            var last = await service.LastConferenceBeforeAsync(Part.Conference, ct);
            AddErrors(ChildProtectionChecks.ValidateReviewConferenceHeld(held.Date, last, Decision, Category, EndReason, Rationale, Chair, attendees, Today, Calendar));
        }
        AddErrors(ChildProtectionChecks.ValidateMinutes(held.Date, minutes.Date));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        Domain.ChildProtection.ChildProtectionPlan? plan;
        try
        {
            plan = await service.RecordConferenceHeldAsync(ConferenceId, new ConferenceHeldDetails(
                held.Date!.Value, Chair!,
                [.. Attendees.Where(a => !a.IsBlank).Select(a => new ConferenceAttendance(a.Name!, a.Agency!, a.Attended, a.ReportSubmitted))],
                ChildAttended, ChildsViews, Decision!.Value, Category, Rationale!, EndReason, previous, shared.Date, minutes.Date), ct);
        }
        catch (CaseRuleException e)
        {
            // The DfE census rules run as the conference is saved; a failure saves nothing.
            AddErrors(e.Errors);
            return this.InvalidPage();
        }
        TempData["Success"] = Decision switch
        {
            ConferenceDecision.ChildProtectionPlan => "Conference recorded. The child protection plan has started: add its actions and core group",
            ConferenceDecision.PlanContinues => "Review conference recorded. The plan continues",
            ConferenceDecision.PlanEnds => "Review conference recorded. The child protection plan has ended",
            _ => "Conference recorded",
        };
        return plan is not null && Decision != ConferenceDecision.PlanEnds
            ? RedirectToPage("/ChildProtection/ProtectionPlans/Plan", new { personId = PersonId, referralId = ReferralId, planId = plan.Id })
            : Redirect(Part.EpisodeUrl);
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await ConferencePart.OpenAsync(records, queries, PersonId, ReferralId, ConferenceId,
            Url.SocialCareEpisode(PersonId, ReferralId), Url.ChildProtectionSummary(PersonId, ReferralId), Today, ct);
        PreviousPlansInHaven = await service.PreviousPlansInHavenAsync(PersonId, ct);
        CurrentCategory = Part.Conference.ChildProtectionPlanId is { } planId
            ? await Db.ChildProtectionPlans.Where(p => p.Id == planId).Select(p => p.LatestCategory).SingleOrDefaultAsync(ct)
            : null;
    }
}
