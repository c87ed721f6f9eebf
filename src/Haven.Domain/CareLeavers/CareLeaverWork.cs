using Haven.Domain.Casework;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.CareLeavers;

/// <summary>
/// Everything about one young person that the leaving care clocks run from: their date of birth, periods of care,
/// leaving care record (if made), pathway plans and contacts. The caller loads it; nothing here reads a database.
/// </summary>
public sealed record CareLeaverCase(Guid PersonId, DateOnly DateOfBirth, IReadOnlyList<CarePeriod> Periods, CareLeaver? Record,
    IReadOnlyList<PathwayPlanRecord> Plans, IReadOnlyList<CareLeaverContact> Contacts)
{
    public IReadOnlyList<PeriodOfCare> PeriodsOfCare { get; } = [.. Periods.Select(p => p.ToPeriodOfCare())];

    public CareLeaverStatus StatusOn(DateOnly day) =>
        CareLeaverEligibility.On(DateOfBirth, PeriodsOfCare, day, Record?.DetainedOrInHospitalAt16 ?? false, Record?.SupportTo25 ?? false);

    public IReadOnlyList<BirthdayContact> Birthdays(DateOnly today) =>
        CareLeaverTimescales.Birthdays(DateOfBirth, StatusOn(today), PeriodsOfCare, Contacts, today, Record?.SupportTo25 ?? false);

    /// <summary>The social care episode the young person was last looked after in: the tray files their work under it.</summary>
    public Guid ReferralId => Periods.OrderBy(p => p.StartDate).LastOrDefault()?.ReferralId ?? Guid.Empty;
}

/// <summary>
/// A care leaver's due work for the tray: the pathway plan (or its next review) and the birthday contact, from the
/// same rules the leaving care page shows, so the two cannot disagree. A looked-after child's own clocks stay with
/// <see cref="DueWork"/>; these run whether or not a social care episode is still open, as leaving care work does.
/// </summary>
public static class CareLeaverWork
{
    public static string Link(Guid person) => $"/people/{person}/leaving-care";

    public static IReadOnlyList<WorkItem> For(CareLeaverCase young, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(young);
        ArgumentNullException.ThrowIfNull(calendar);
        var status = young.StatusOn(today);
        if (!status.HasPathwayPlan)
        {
            return [];
        }
        var items = new List<WorkItem>
        {
            new(young.PersonId, young.ReferralId, CareLeaverTimescales.HasPlan(young.Plans) ? WorkKind.PathwayPlanReview : WorkKind.PathwayPlan,
                DueWork.StatusOn(CareLeaverTimescales.NextPlanDueOn(young.DateOfBirth, status, young.Plans), today, calendar), Link(young.PersonId)),
        };
        if (CareLeaverTimescales.ContactDue(young.Birthdays(today), today) is { } birthday)
        {
            items.Add(new(young.PersonId, young.ReferralId, WorkKind.BirthdayContact, DueWork.StatusOn(birthday.WindowCloses, today, calendar), Link(young.PersonId)));
        }
        return items;
    }
}
