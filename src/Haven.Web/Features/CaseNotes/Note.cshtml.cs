using Haven.Data;
using Haven.Domain.CaseRecording;
using Haven.Web.Features.People.Record;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.CaseNotes;

public sealed class NoteModel(HavenDbContext db, TimeProvider clock, CaseNoteService notes) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid NoteId { get; set; }

    public CaseNote Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct) || await notes.FindAsync(PersonId, NoteId, ct) is not { } note)
        {
            return NotFound();
        }
        Note = note;
        return Page();
    }
}
