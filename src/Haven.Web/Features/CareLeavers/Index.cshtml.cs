using Haven.Domain.CareLeavers;

namespace Haven.Web.Features.CareLeavers;

/// <summary>
/// A young person's leaving care record: their category worked out from the care history, personal adviser,
/// pathway plan and when it is next due, each birthday from 17 with its "in touch" window, and the contacts.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public CareLeaverCase? Case { get; private set; }
    public CareLeaverStatus? Status { get; private set; }
    public TimescaleStatus? PlanDue { get; private set; }
    public IReadOnlyList<BirthdayContact> Birthdays { get; private set; } = [];
    public string LeavingCareUrl => $"/people/{PersonId}/leaving-care";

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Case = await CareLeaverQuery.LoadAsync(Db, PersonId, ct);
        if (Case is null)
        {
            return;
        }
        Status = Case.StatusOn(Today);
        if (Status.HasPathwayPlan)
        {
            PlanDue = DueWork.StatusOn(CareLeaverTimescales.NextPlanDueOn(Case.DateOfBirth, Status, Case.Plans), Today, Calendar);
        }
        Birthdays = Case.Birthdays(Today);
    }

    /// <summary>A young person who has left care and is owed support is a care leaver; one still in care is not yet.</summary>
    public override string PersonCaption => Status?.Category is CareLeaverCategory.Relevant or CareLeaverCategory.FormerRelevant or CareLeaverCategory.Qualifying
        ? "Care leaver" : base.PersonCaption;

    public bool CanRecord => Access.CanEdit && Status is { Category: not CareLeaverCategory.None };

    public static string Tag(BirthdayContactState state) => state switch
    {
        BirthdayContactState.InTouch => "green",
        BirthdayContactState.NotInTouch or BirthdayContactState.Missed => "red",
        BirthdayContactState.Due => "yellow",
        _ => "grey",
    };

    public IActionResult OnGet() => Page();
}
