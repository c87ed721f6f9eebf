using Haven.Web.Infrastructure.Authorisation;

namespace Haven.Web.Features.People.Record;

/// <summary>Merges a duplicate record into this one, after the worker compares them side by side and gives a reason.</summary>
public sealed class MergeModel(HavenDbContext db, TimeProvider clock, CurrentUser user, PeopleService people, RecordAccess access, PersonReferences references)
    : PersonPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? DuplicateId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    public Person? Duplicate { get; private set; }

    /// <summary>What belongs to the duplicate and will move to this record, in words ("2 case notes").</summary>
    public IReadOnlyList<string> Moving { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MayMerge())
        {
            return Forbid();
        }
        if (!string.IsNullOrWhiteSpace(DuplicateId))
        {
            await FindDuplicateAsync(ct);
            if (!ModelState.IsValid)
            {
                return this.InvalidPage();
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayMerge())
        {
            return Forbid();
        }
        await FindDuplicateAsync(ct);
        if (Duplicate is not null)
        {
            if (!Confirmed)
            {
                ModelState.AddModelError(nameof(Confirmed), "Confirm that these two records are the same person");
            }
            if (string.IsNullOrWhiteSpace(Reason))
            {
                ModelState.AddModelError(nameof(Reason), "Enter how you know these records are the same person");
            }
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await people.MergeAsync(PersonId, Duplicate!.Id, Reason!, ct);
        TempData["Success"] = $"{Duplicate.LaPersonId} merged into this record. Its history is kept and shown below.";
        return RedirectToPage("/People/Record/History", new { personId = PersonId });
    }

    /// <summary>Merging changes two records, so it is a manager's decision.</summary>
    private bool MayMerge() => user.May(Capabilities.MergeRecords);

    private async Task FindDuplicateAsync(CancellationToken ct)
    {
        var id = DuplicateId?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(id))
        {
            ModelState.AddModelError(nameof(DuplicateId), "Enter the Haven ID of the duplicate record, like H0001234");
            return;
        }
        var duplicate = await Db.People.AsNoTracking().Include(p => p.Addresses).SingleOrDefaultAsync(p => p.LaPersonId == id, ct);
        if (duplicate is null)
        {
            ModelState.AddModelError(nameof(DuplicateId), "There is no record with that Haven ID");
        }
        else if (duplicate.Id == PersonId)
        {
            ModelState.AddModelError(nameof(DuplicateId), "Enter the ID of the other record, not this one");
        }
        else if (duplicate.MergedIntoId is not null)
        {
            ModelState.AddModelError(nameof(DuplicateId), "That record has already been merged");
        }
        else if (!(await access.DecideAsync(duplicate.Id, ct)).CanEdit)
        {
            // Merging shows and moves everything on both records, so it is only for someone who may change both.
            ModelState.AddModelError(nameof(DuplicateId), "You cannot merge that record: you do not have access to change it");
        }
        else
        {
            Duplicate = duplicate;
            Moving = await references.DescribeAsync(duplicate.Id, ct);
        }
    }
}
