namespace Haven.Web.Features.CaseNotes;

public sealed class NoteModel(HavenDbContext db, TimeProvider clock, CaseNoteService notes) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid NoteId { get; set; }

    public CaseNote Note { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Note = await notes.FindAsync(PersonId, NoteId, ct) ?? throw RecordStopException.NotFound();

    public IActionResult OnGet() => Page();
}
