using Haven.Web.Features.People;

namespace Haven.Web.Features.FrontDoor;

/// <summary>
/// One online referral: what the partner sent, the records it most likely concerns, and the worker's choice of
/// an existing child or a new record, which records the contact.
/// </summary>
public sealed class PartnerSubmissionModel(PartnerQueueService queue) : PageModel
{
    public PartnerSubmission Submission { get; private set; } = null!;
    public IReadOnlyList<PersonSearchResult> Matches { get; private set; } = [];

    [BindProperty] public Guid? PersonId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMatchAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Submission.Status != PartnerSubmissionStatus.New)
        {
            return RedirectToPage(new { id });
        }
        // Only a record the worker was shown (and may see) can be chosen, so a crafted post cannot attach a
        // referral to some other child or to a restricted record.
        if (PersonId is not { } personId || !Matches.Any(m => m.Id == personId && m.Name is not null))
        {
            ModelState.AddModelError(nameof(PersonId), "Select the child's record, or create a new record");
            return this.InvalidPage();
        }
        return Recorded(await queue.MatchAsync(id, personId, ct));
    }

    public async Task<IActionResult> OnPostCreateAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        return Recorded(await queue.CreateChildAsync(id, ct));
    }

    private IActionResult Recorded(Contact? contact)
    {
        if (contact is null)
        {
            // Someone else dealt with it between this page loading and the button being pressed.
            return RedirectToPage(new { id = Submission.Id });
        }
        TempData["Success"] = $"Online referral {Submission.Reference} recorded as contact {contact.Reference}. Check the history before the decision.";
        return Redirect($"/people/{contact.PersonId}/contacts/{contact.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await queue.FindAsync(id, ct) is not { } submission)
        {
            return false;
        }
        Submission = submission;
        if (submission.Status == PartnerSubmissionStatus.New)
        {
            Matches = await queue.LikelyMatchesAsync(submission, ct);
        }
        return true;
    }
}
