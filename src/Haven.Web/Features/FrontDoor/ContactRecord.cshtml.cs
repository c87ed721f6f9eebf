using Haven.Domain.Workforce;
using Haven.Web.Features.Allocations;
using Haven.Web.Features.Messaging;
using Haven.Web.Infrastructure.Authorisation;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Features.FrontDoor;

/// <summary>One entry in the history shown when a contact is opened.</summary>
public sealed record HistoryItem(DateTime AtUtc, Guid PersonId, string PersonName, string Relationship, string What, string Reference, string? Outcome, bool IsThisContact);

/// <summary>
/// A contact as the front door works it: the history Haven found, the confirmation that it was read,
/// the manager's decision with rationale, any referral and its allocation, and feedback to the referrer.
/// </summary>
public sealed class ContactRecordModel(
    HavenDbContext db, TimeProvider clock, FrontDoorService frontDoor, AllocationService allocations, CurrentUser user,
    IEmailSender email, PdfRenderer pdf, Microsoft.Extensions.Options.IOptions<HavenOptions> options, VisiblePeople visible) : PersonPageModel(db, clock)
{

    [FromRoute] public Guid ContactId { get; set; }

    [BindProperty] public string? HistoryNote { get; set; }
    [BindProperty] public ScreeningOutcome? Outcome { get; set; }
    [BindProperty] public ThresholdLevel? Threshold { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public string? LeadProfessional { get; set; }
    [BindProperty] public string? LeadAgency { get; set; }
    [BindProperty] public string? PrimaryNeed { get; set; }
    [BindProperty] public string? AmendReason { get; set; }
    [BindProperty] public Guid? TeamId { get; set; }
    [BindProperty] public string? WorkerId { get; set; }

    public Contact Contact { get; private set; } = null!;
    public Referral? Referral { get; private set; }
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];
    public bool RecentReferral { get; private set; }
    public DateOnly DecisionDue { get; private set; }
    public bool MayDecide => user.May(Capabilities.DecideContacts);

    public bool MayAllocate => user.May(Capabilities.AllocateWork);
    public IReadOnlyList<WorkerChoice> Workers { get; private set; } = [];
    public string? AllocatedWorker { get; private set; }
    public bool Amending { get; private set; }
    public DateTime NowUtc => Clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(bool amend, CancellationToken ct)
    {
        Amending = amend && MayDecide && Contact.Decision is not null;
        if (Amending)
        {
            var d = Contact.Decision!;
            (Outcome, Threshold, Rationale, LeadProfessional, LeadAgency, PrimaryNeed) = (d.Outcome, d.Threshold, d.Rationale, d.LeadProfessional, d.LeadAgency, Referral?.PrimaryNeedCode);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostHistoryReadAsync(CancellationToken ct)
    {
        await frontDoor.MarkHistoryReadAsync(ContactId, HistoryNote, ct);
        TempData["Success"] = "Recorded that you read the history";
        return RedirectToPage(new { personId = PersonId, contactId = ContactId });
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        if (!MayDecide)
        {
            return Forbid();
        }
        if (Contact.Decision is { } earlier)
        {
            ModelState.AddModelError(nameof(Outcome), FrontDoorService.AlreadyDecided(earlier));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (Contact.HistoryReadAtUtc is null)
        {
            ModelState.AddModelError(nameof(HistoryNote), "Read the history and confirm you have read it before making the decision");
        }
        if (!AddDecisionErrors())
        {
            return this.InvalidPage();
        }
        try
        {
            await frontDoor.DecideAsync(ContactId, Details(), ct);
        }
        catch (CaseRuleException decided)
        {
            // Another manager decided while this one was deciding: show the contact with their decision.
            await LoadAsync(HttpContext.RequestServices.GetRequiredService<RecordLoader>(), ct);
            AddErrors(decided.Result);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Success"] = $"Decision recorded: {FrontDoorText.Outcome(Outcome!.Value).ToLowerInvariant()}";
        return RedirectToPage(new { personId = PersonId, contactId = ContactId });
    }

    public async Task<IActionResult> OnPostAmendAsync(CancellationToken ct)
    {
        if (!MayDecide)
        {
            return Forbid();
        }
        Amending = true;
        if (string.IsNullOrWhiteSpace(AmendReason))
        {
            ModelState.AddModelError(nameof(AmendReason), "Enter why the decision is being changed");
        }
        if (!AddDecisionErrors())
        {
            return this.InvalidPage();
        }
        await frontDoor.AmendAsync(ContactId, Details(), AmendReason!, ct);
        TempData["Success"] = "Decision changed. The earlier decision and your reason are kept in the history.";
        return RedirectToPage(new { personId = PersonId, contactId = ContactId });
    }

    public async Task<IActionResult> OnPostAllocateAsync(CancellationToken ct)
    {
        if (!MayAllocate)
        {
            return Forbid();
        }
        if (Referral is null)
        {
            return BadRequest();
        }
        try
        {
            await allocations.AllocateAsync(PersonId, Referral.Id, WorkerId, null, null, ct);
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Result, new Dictionary<string, string> { [AllocationRules.Worker] = nameof(WorkerId) });
            return this.InvalidPage();
        }
        TempData["Success"] = $"Allocated to {Workers.First(w => w.Id == WorkerId).Name}";
        return RedirectToPage(new { personId = PersonId, contactId = ContactId });
    }

    public async Task<IActionResult> OnPostLetterPostedAsync(CancellationToken ct)
    {
        if (Contact.Feedback is null)
        {
            return BadRequest();
        }
        await frontDoor.RecordFeedbackAsync(ContactId, FeedbackMethod.Letter, sent: true, null, null, ct);
        TempData["Success"] = "Recorded that the outcome letter was posted";
        return RedirectToPage(new { personId = PersonId, contactId = ContactId });
    }

    /// <summary>Emails the outcome to the referrer; a failure is recorded and shown, never lost.</summary>
    public async Task<IActionResult> OnPostSendEmailAsync(CancellationToken ct)
    {
        if (Contact.Feedback is null || Contact.ReferrerEmail is null)
        {
            return BadRequest();
        }
        var letter = Letter();
        var result = await email.SendAsync(new OutgoingEmail(Contact.ReferrerEmail, Contact.ReferrerName ?? Contact.ReferrerOrganisation ?? "Referrer",
            letter.EmailSubject, letter.ToPlainText(), Contact.Reference), ct);
        await frontDoor.RecordFeedbackAsync(ContactId, FeedbackMethod.Email, result.Succeeded, result.FailureReason, result.ProviderMessageId, ct);
        if (result.Succeeded)
        {
            TempData["Success"] = $"Outcome emailed to {Contact.ReferrerEmail}";
        }
        else
        {
            TempData["Problem"] = $"The email could not be sent: {result.FailureReason}. Try again, or post the letter.";
        }
        return RedirectToPage(null, null, new { personId = PersonId, contactId = ContactId }, "feedback");
    }

    /// <summary>The outcome letter as a PDF for post: the same wording as the email.</summary>
    public async Task<IActionResult> OnGetLetterAsync(CancellationToken ct)
    {
        if (Contact.Decision is null)
        {
            return BadRequest();
        }
        var letter = Letter();
        return File(await pdf.RenderAsync(letter.ToHtml(), ct), "application/pdf", letter.PdfFileName);
    }

    private ReferrerLetter Letter()
    {
        var decision = Contact.Decision!;
        return new ReferrerLetter
        {
            AuthorityName = options.Value.AuthorityName,
            // The service's name (ReferrerLetter.ServiceName) heads the address already; repeating it here printed it twice.
            AuthorityAddress = ["Town Hall", "Northbridge", "HV1 1AA"],
            LetterDate = Today,
            ReferrerName = Contact.ReferrerName ?? "The referrer",
            ReferrerOrganisation = Contact.ReferrerOrganisation,
            ReferrerAddress = (Contact.ReferrerAddress ?? Contact.ReferrerOrganisation ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ChildName = $"{Person.FirstName} {Person.LastName}",
            ChildDateOfBirth = Person.DateOfBirth,
            ChildIsUnborn = Person.IsUnborn,
            ContactDate = UkClock.DateOf(Contact.ReceivedAtUtc),
            Reference = Contact.Reference,
            Outcome = FrontDoorText.Outcome(decision.Outcome),
            WhatHappensNext = FrontDoorText.WhatHappensNext(decision.Outcome),
            FrontDoorPhone = "01632 960 000",
            FrontDoorEmail = "frontdoor@havenshire.example.gov.uk",
        };
    }

    private bool AddDecisionErrors()
    {
        foreach (var (field, message) in FrontDoorRules.ValidateDecision(Outcome, Threshold, Rationale, LeadProfessional, LeadAgency, PrimaryNeed))
        {
            ModelState.AddModelError(field, message);
        }
        return ModelState.IsValid;
    }

    private DecisionDetails Details() => new(Outcome!.Value, Threshold!.Value, Rationale!, LeadProfessional, LeadAgency, PrimaryNeed);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var contact = await Db.Contacts.AsNoTracking().Include(c => c.Decision).Include(c => c.Feedback)
            .SingleOrDefaultAsync(c => c.Id == ContactId && c.PersonId == PersonId, ct);
        if (contact is null)
        {
            throw RecordStopException.NotFound();
        }
        Contact = contact;
        Referral = await Db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.ContactId == ContactId, ct);
        DecisionDue = FrontDoorRules.DecisionDueOn(UkClock.DateOf(contact.ReceivedAtUtc), Calendar);
        await LoadHistoryAsync(ct);
        AllocatedWorker = await Db.UserNameAsync(Referral?.AllocatedWorkerUserId, ct);
        if (MayAllocate && Referral is not null && Referral.AllocatedWorkerUserId is null)
        {
            Workers = await allocations.WorkersAsync(ct);
        }
    }

    /// <summary>
    /// Earlier contacts and referrals for the child, their brothers and sisters, and the adults around them,
    /// so history informs the decision. Relatives the viewer could not open show only that something exists.
    /// </summary>
    private async Task LoadHistoryAsync(CancellationToken ct)
    {
        var relationships = await Db.Relationships.AsNoTracking()
            .Where(r => r.PersonId == PersonId || r.RelatedPersonId == PersonId).ToListAsync(ct);
        var relation = new Dictionary<Guid, string> { [PersonId] = "This child" };
        foreach (var r in relationships)
        {
            var otherIsSubject = r.RelatedPersonId == PersonId;
            relation.TryAdd(otherIsSubject ? r.PersonId : r.RelatedPersonId, RelationshipTypes.Describe(r.Type, otherIsSubject));
        }
        var ids = relation.Keys.ToList();
        var people = await Db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName }).ToDictionaryAsync(p => p.Id, ct);
        var open = await visible.OpenAmongAsync(ids, ct);
        string Name(Guid id) => open.Contains(id) ? $"{people[id].FirstName} {people[id].LastName}" : "Restricted record";

        var contacts = await Db.Contacts.AsNoTracking().Include(c => c.Decision).Where(c => ids.Contains(c.PersonId))
            .OrderByDescending(c => c.ReceivedAtUtc).Take(200).ToListAsync(ct);
        var referrals = await Db.Referrals.AsNoTracking().Where(r => ids.Contains(r.PersonId)).ToListAsync(ct);
        var items = contacts.Select(c => new HistoryItem(c.ReceivedAtUtc, c.PersonId, Name(c.PersonId), relation[c.PersonId], "Contact", c.Reference,
                c.Decision is null ? "Awaiting decision" : FrontDoorText.Outcome(c.Decision.Outcome), c.Id == ContactId))
            .Concat(referrals.Select(r => new HistoryItem(UkClock.ToUtc(r.ReferralDate.ToDateTime(new TimeOnly(12, 0))), r.PersonId, Name(r.PersonId), relation[r.PersonId],
                r.IsReReferral ? "Referral (re-referral)" : "Referral", FrontDoorCodes.PrimaryNeedLabel(r.PrimaryNeedCode), r.NoFurtherAction ? "No further action" : null, r.ContactId == ContactId)))
            .Concat((await Db.EarlyHelpEpisodes.AsNoTracking().Where(e => ids.Contains(e.PersonId)).ToListAsync(ct))
                .Select(e => new HistoryItem(UkClock.ToUtc(e.StartDate.ToDateTime(new TimeOnly(12, 0))), e.PersonId, Name(e.PersonId), relation[e.PersonId],
                    "Early help", $"Lead: {e.LeadProfessional}, {e.LeadAgency}",
                    e.EndDate is { } end ? $"Closed {Haven.Domain.Formatting.DateText.Short(end)}: {(e.ClosureOutcome is { } outcome ? Haven.Domain.EarlyHelp.EarlyHelpText.Closure(outcome) : "")}" : "Open", false)))
            .OrderByDescending(i => i.AtUtc).ToList();
        History = items;
        var received = UkClock.DateOf(Contact.ReceivedAtUtc);
        RecentReferral = FrontDoorRules.IsReReferral(received.AddDays(1), referrals.Where(r => r.PersonId == PersonId && r.ContactId != ContactId).Select(r => r.ReferralDate));
    }
}
