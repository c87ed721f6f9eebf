using Haven.Web.Infrastructure.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.CaseNotes;

public sealed class AddModel(HavenDbContext db, TimeProvider clock, CaseNoteService notes, IAuthorizationService authorization) : PersonPageModel(db, clock)
{
    public const string VisitRefused = "Only a social worker or their manager can record a home visit. Choose another type of note";

    /// <summary>
    /// Business support and reviewing officers file notes here, but a home visit counts toward the child protection
    /// visit clock, so it is casework.
    /// </summary>
    public bool CanRecordVisits { get; private set; }

    [BindProperty] public CaseNoteType? Type { get; set; }
    [BindProperty] public DateInput OccurredOn { get; set; } = new();
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public bool? VisitWentAhead { get; set; }
    [BindProperty] public bool? ChildSeen { get; set; }
    [BindProperty] public bool? SeenAlone { get; set; }
    [BindProperty] public VisitPurpose? VisitPurpose { get; set; }
    [BindProperty] public bool Significant { get; set; }

    /// <summary>A child in care is visited as a looked-after child (its own clock), so the form offers that purpose.</summary>
    public bool InCare { get; private set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        CanRecordVisits = (await authorization.AuthorizeAsync(User, Capabilities.RecordCasework)).Succeeded;
        InCare = await Db.CarePeriods.AnyAsync(p => p.PersonId == PersonId && p.EndDate == null, ct);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        OccurredOn = DateInput.From(UkClock.Today(Clock));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var today = UkClock.Today(Clock);
        var date = DateInputValidation.Validate(OccurredOn, "the date", required: true, notAfter: today, today: today);
        date.AddTo(ModelState, nameof(OccurredOn));
        if (CaseNoteRules.IsVisit(Type) && !CanRecordVisits)
        {
            ModelState.AddModelError(nameof(Type), VisitRefused);
        }
        var draft = new CaseNoteDraft(Type, date.Date, Subject, Text, VisitWentAhead, ChildSeen, SeenAlone, VisitPurpose);
        foreach (var (field, message) in CaseNoteRules.Validate(draft, today))
        {
            // A date already reported as unreadable should not get a second message.
            if (ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid)
            {
                ModelState.AddModelError(field, message);
            }
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var note = await notes.AddAsync(PersonId, draft, date.Date!.Value, Significant, ct);
        TempData["Success"] = $"{CaseNoteRules.TypeLabel(note.Type)} recorded";
        return RedirectToPage("/CaseNotes/Index", new { personId = PersonId });
    }
}
