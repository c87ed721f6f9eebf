namespace Haven.Web.Features.People.Record;

/// <summary>
/// A page about one of the child's warnings, taken from the route's <c>{flagId}</c> and keyed on the person, so a
/// warning of another record is not found rather than changed.
/// </summary>
public abstract class WarningPageModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public PersonFlag Warning { get; private set; } = null!;

    public string WarningsUrl => Url.Page("/People/Record/Warnings", new { personId = PersonId })!;

    protected override Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var flagId = Guid.TryParse(RouteData.Values["flagId"]?.ToString(), out var id) ? id : throw RecordStopException.NotFound();
        Warning = Person.Flags.SingleOrDefault(f => f.Id == flagId) ?? throw RecordStopException.NotFound();
        return Task.CompletedTask;
    }
}
