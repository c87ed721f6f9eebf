using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Lado;

/// <summary>
/// One allegation: the adult, what is alleged, its two clocks, the steps so far, and the children it concerns (linked
/// here by Haven number; named only when the officer may open the child's record, as any list of children is).
/// </summary>
public sealed class AllegationModel(AllegationService allegations, HavenDbContext db, VisiblePeople visible) : AllegationPageModel(allegations)
{
    public TimescaleStatus InitialConsideration { get; private set; } = null!;
    public TimescaleStatus Outcome { get; private set; } = null!;
    public IReadOnlyList<LinkedChild> Children { get; private set; } = [];

    /// <summary>The child's Haven number, to link them.</summary>
    [BindProperty] public string? Child { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostChildAsync(CancellationToken ct)
    {
        try
        {
            var name = await Allegations.LinkChildAsync(AllegationId, Child, visible, ct);
            TempData["Success"] = $"{name} linked to the allegation";
            return Redirect(AllegationUrl);
        }
        catch (CaseRuleException refused)
        {
            ModelState.AddErrors(refused.Result);
            await ShowAsync(ct);
            return this.InvalidPage();
        }
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        InitialConsideration = AllegationTimescales.InitialConsiderationStatus(Allegation, Today, calendar);
        Outcome = AllegationTimescales.OutcomeStatus(Allegation, Today, calendar);
        var ids = Allegation.Children.Select(c => c.PersonId).ToList();
        var open = await visible.OpenAmongAsync(ids, ct);
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.LaPersonId, Name = p.FirstName + " " + p.LastName }).ToListAsync(ct);
        Children = [.. people.Select(p => new LinkedChild(p.Id, p.LaPersonId, open.Contains(p.Id) ? p.Name : null))
            .OrderBy(c => c.Name is null).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}

/// <summary>A child linked to an allegation; <see cref="Name"/> is null when the viewer may not open their record.</summary>
public sealed record LinkedChild(Guid PersonId, string HavenNumber, string? Name);
