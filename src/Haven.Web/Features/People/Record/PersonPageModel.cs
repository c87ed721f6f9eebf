using Haven.GovUk.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.People.Record;

/// <summary>
/// The one base for every page of a child's (or any person's) record, and the only one: a page composes the parts
/// it needs (an episode, a plan, a conference…) from <see cref="RecordLoader"/> in its <see cref="LoadAsync"/>
/// rather than inheriting them. <see cref="PersonRecordFilter"/> checks access and logs the view, then loads the
/// person and runs the page's loading step, once, before any handler; so handlers start with their real work, and
/// a part that is not this child's is a 404 and one that cannot be changed is refused, the same on every page.
/// </summary>
public abstract class PersonPageModel(HavenDbContext db, TimeProvider clock) : PageModel, IRecordPage
{
    [FromRoute]
    public Guid PersonId { get; set; }

    public Person Person { get; private set; } = null!;

    /// <summary>Whether the child has ever been looked after, so the header offers the care record.</summary>
    public bool HasBeenInCare { get; private set; }

    /// <summary>The UK date: what due dates, review dates and flags are compared with.</summary>
    public DateOnly Today => UkClock.Today(clock);

    /// <summary>The working days the statutory timescales count in.</summary>
    public static WorkingDayCalendar Calendar => WorkingDayCalendar.EnglandAndWales;

    protected HavenDbContext Db => db;

    protected TimeProvider Clock => clock;

    public AccessDecision Access => HttpContext.Items[PersonRecordFilter.DecisionItem] as AccessDecision
        ?? new AccessDecision(AccessOutcome.DeniedNoCaseRole, false);

    public IEnumerable<PersonFlag> ActiveFlags => Person.Flags.Where(f => f.IsActive(Today));

    /// <summary>What the header's caption calls the person ("Child", "Young person"…); a page may say more.</summary>
    public virtual string PersonCaption => PersonDisplay.Caption(Person, Today);

    public string? SuccessMessage => TempData["Success"] as string;

    /// <summary>
    /// On a page that edits a record in place: the version of it the form was loaded with, sent back as a hidden
    /// field, so a save over someone else's newer save is refused (<see cref="EditSaving"/>).
    /// </summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>Set when the save was refused because someone else saved first: the page shows both versions.</summary>
    public EditConflictException? SaveConflict { get; private set; }

    /// <summary>
    /// Shows the form again, as typed, above a comparison with what is saved now, carrying the saved version: saving
    /// again keeps the user's values, going back keeps the saved ones, and editing the form merges the two.
    /// </summary>
    protected IActionResult ShowConflict(EditConflictException conflict)
    {
        SaveConflict = conflict;
        Version = conflict.SavedVersion;
        ModelState.Remove(nameof(Version));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>A POST (or other write): pages that show a part of the record refuse changes to it only then.</summary>
    protected bool IsChange => !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method);

    async Task<IActionResult?> IRecordPage.LoadRecordAsync(RecordLoader records, CancellationToken ct)
    {
        try
        {
            Person = await records.PersonAsync(PersonId, ct);
            HasBeenInCare = Person.Kind == PersonKind.Child && await records.HasBeenInCareAsync(PersonId, ct);
            await LoadAsync(records, ct);
            return null;
        }
        catch (RecordStopException stop) when (stop.IsNotFound)
        {
            return NotFound();
        }
        catch (RecordStopException stop)
        {
            return Refuse(stop.Message, stop.ReturnUrl!);
        }
    }

    /// <summary>Sends the user back to <paramref name="returnUrl"/> with the reason the change cannot be made.</summary>
    protected IActionResult Refuse(string reason, string returnUrl)
    {
        TempData["Problem"] = reason;
        return Redirect(returnUrl);
    }

    /// <summary>
    /// The page's loading step, after the person: the parts of the record it shows or changes, through
    /// <paramref name="records"/>. Throw <see cref="RecordStopException"/> (or let the loader throw it) to stop instead.
    /// </summary>
    protected virtual Task LoadAsync(RecordLoader records, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Makes a change through its feature service. When the rules refuse it, their problems are shown by the fields
    /// (mapped through <paramref name="fields"/> where the page names them differently) and the form comes back with
    /// status 400, nothing saved; otherwise the success message is kept for the next page and the user goes to
    /// <paramref name="next"/>.
    /// </summary>
    protected Task<IActionResult> SaveAsync(Func<Task> change, string success, string next, IReadOnlyDictionary<string, string>? fields = null) =>
        SaveAsync(change, () => success, next, fields);

    /// <summary>As above, for a success message that reads what was entered, so it is written only once the change is saved.</summary>
    protected async Task<IActionResult> SaveAsync(Func<Task> change, Func<string> success, string next, IReadOnlyDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(success);
        try
        {
            await change();
        }
        catch (EditConflictException conflict)
        {
            // Someone saved the record since this form was loaded: show both rather than overwrite (decision 0010).
            return ShowConflict(conflict);
        }
        catch (CaseRuleException refused)
        {
            AddErrors(refused.Result, fields);
            ViewData[GovUkErrorSummaryTagHelper.LinksKey] = refused.FixLinks;
            return this.InvalidPage();
        }
        TempData["Success"] = success();
        return Redirect(next);
    }

    /// <summary>Adds a rule's messages, skipping fields that already carry an error (a date that would not parse, say).</summary>
    protected void AddErrors(IReadOnlyDictionary<string, string> errors, string prefix = "")
    {
        foreach (var (field, message) in errors)
        {
            AddErrorUnlessInvalid(field, message, prefix);
        }
    }

    /// <summary>
    /// Shows a domain rule's problems by the fields they belong to. The domain names its inputs; where the page's
    /// property has another name, <paramref name="fields"/> maps domain name → page property. A field that already
    /// carries an error (a date that would not parse, say) keeps it, since that is the first thing to fix.
    /// </summary>
    protected void AddErrors(RuleResult result, IReadOnlyDictionary<string, string>? fields = null, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var problem in result.Problems)
        {
            var name = fields is not null && fields.TryGetValue(problem.Field, out var mapped) ? mapped : problem.Field;
            AddErrorUnlessInvalid(name, problem.Message, prefix);
        }
    }

    /// <summary>
    /// Both overloads: an empty field is the whole form, and every whole-form message is kept (the form's state is
    /// invalid as soon as any field is, so asking it would drop them); a field already in error keeps its first message.
    /// </summary>
    private void AddErrorUnlessInvalid(string field, string message, string prefix)
    {
        if (field.Length == 0)
        {
            ModelState.AddModelError("", message);
            return;
        }
        var key = prefix + field;
        if (ModelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(key, message);
        }
    }
}
