using Haven.Domain.LookedAfter;

namespace Haven.Domain.CareLeavers;

/// <summary>Where one birthday's "in touch" contact stands.</summary>
public enum BirthdayContactState
{
    /// <summary>The window (3 months before the birthday) has not opened.</summary>
    Upcoming,
    /// <summary>The window is open and nobody has recorded a contact in it yet.</summary>
    Due,
    /// <summary>A contact in the window found the young person in touch (OC3 IN_TOUCH YES).</summary>
    InTouch,
    /// <summary>A contact in the window was recorded with another code (not in touch, refused, died…).</summary>
    NotInTouch,
    /// <summary>The window closed with no contact recorded in it: the return will say not in touch.</summary>
    Missed,
}

/// <summary>
/// One birthday on which the authority must know whether it is in touch with a care leaver, with its window: from 3
/// months before to 1 month after the birthday (the DfE children looked after return guide's "around the birthday",
/// kpis.md K53; the public validator does not check the window, so Haven does), and the contact that answers it.
/// </summary>
public sealed record BirthdayContact(int Age, DateOnly Birthday, DateOnly WindowOpens, DateOnly WindowCloses, BirthdayContactState State, CareLeaverContact? Contact)
{
    /// <summary>The OC3 IN_TOUCH value for this birthday: the contact's code, or NO when the window closed without one.</summary>
    public string? InTouchCode => Contact?.InTouch ?? (State == BirthdayContactState.Missed ? "NO" : null);
}

/// <summary>The leaving care clocks: the needs assessment and pathway plan, its six-monthly reviews, and birthday contacts.</summary>
public static class CareLeaverTimescales
{
    /// <summary>
    /// The needs assessment must be done within three months of the 16th birthday, or of becoming eligible after it
    /// (Care Planning, Placement and Case Review (England) Regulations 2010 reg 42(1)); the pathway plan is prepared
    /// from it as soon as possible, which Haven holds to the same day (the leaving care team works from 15 years 9
    /// months to 16 years 3 months).
    /// </summary>
    public static DateOnly FirstPlanDueOn(DateOnly dateOfBirth, CareLeaverStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var at16 = dateOfBirth.AddYears(16);
        var from = status.EligibleFrom is { } eligible && eligible > at16 ? eligible : at16;
        return from.AddMonths(3);
    }

    /// <summary>
    /// When the pathway plan is next due: the first plan by <see cref="FirstPlanDueOn"/>, then a review no more than
    /// six months after the plan or its last review (reg 43 of the 2010 care planning regulations while looked after;
    /// Care Leavers (England) Regulations 2010 reg 7 after).
    /// </summary>
    public static DateOnly NextPlanDueOn(DateOnly dateOfBirth, CareLeaverStatus status, IEnumerable<PathwayPlanRecord> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var last = plans.Where(p => p.Step is PathwayStep.PathwayPlan or PathwayStep.Review).Select(p => (DateOnly?)p.CompletedOn).Max();
        return last is { } done ? done.AddMonths(6) : FirstPlanDueOn(dateOfBirth, status);
    }

    /// <summary>Whether the first plan is still to be written (the tray says "pathway plan due" rather than "review due").</summary>
    public static bool HasPlan(IEnumerable<PathwayPlanRecord> plans) => plans.Any(p => p.Step is PathwayStep.PathwayPlan or PathwayStep.Review);

    /// <summary>The first birthday whose contact the return asks about, and the last (21, or 25 on request).</summary>
    public const int FirstContactBirthday = 17;

    /// <summary>
    /// The birthdays from 17 to 21 (to 25 with support to 25) on which the authority must know if it is in touch, for a
    /// young person who is (or was) eligible. The 17th and 18th count only when the young person was not looked after
    /// on the birthday (validator rules 1007 and 1016): leaving care on the 18th birthday itself counts.
    /// </summary>
    public static IReadOnlyList<BirthdayContact> Birthdays(DateOnly dateOfBirth, CareLeaverStatus status, IEnumerable<PeriodOfCare> periods,
        IEnumerable<CareLeaverContact> contacts, DateOnly today, bool supportTo25)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(contacts);
        if (!status.HasPathwayPlan)
        {
            return [];
        }
        var care = periods.ToList();
        var all = contacts.ToList();
        var result = new List<BirthdayContact>();
        for (var age = FirstContactBirthday; age <= (supportTo25 ? 25 : 21); age++)
        {
            var birthday = dateOfBirth.AddYears(age);
            if (age <= 18 && care.Any(p => p.IsOpenOn(birthday)))
            {
                continue;
            }
            result.Add(For(age, birthday, all, today));
        }
        return result;
    }

    /// <summary>One birthday's window and state: a contact with YES in the window answers it; otherwise the latest contact in it.</summary>
    public static BirthdayContact For(int age, DateOnly birthday, IReadOnlyList<CareLeaverContact> contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var opens = birthday.AddMonths(-3);
        var closes = birthday.AddMonths(1);
        var inWindow = contacts.Where(c => c.ContactOn >= opens && c.ContactOn <= closes).OrderByDescending(c => c.ContactOn).ToList();
        var answer = inWindow.FirstOrDefault(c => c.InTouch == "YES") ?? inWindow.FirstOrDefault();
        var state = answer is not null ? (answer.InTouch == "YES" ? BirthdayContactState.InTouch : BirthdayContactState.NotInTouch)
            : today < opens ? BirthdayContactState.Upcoming
            : today <= closes ? BirthdayContactState.Due
            : BirthdayContactState.Missed;
        return new BirthdayContact(age, birthday, opens, closes, state, answer);
    }

    /// <summary>
    /// The birthday contact the tray asks for: the latest birthday whose window has opened, while nobody has recorded a
    /// contact in it (overdue once it has closed, until the next birthday's window opens).
    /// </summary>
    public static BirthdayContact? ContactDue(IReadOnlyList<BirthdayContact> birthdays, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(birthdays);
        var latest = birthdays.Where(b => b.WindowOpens <= today).OrderByDescending(b => b.Birthday).FirstOrDefault();
        return latest is { State: BirthdayContactState.Due or BirthdayContactState.Missed } ? latest : null;
    }

    public static string Label(BirthdayContactState state) => state switch
    {
        BirthdayContactState.Upcoming => "Upcoming",
        BirthdayContactState.Due => "Contact due",
        BirthdayContactState.InTouch => "In touch",
        BirthdayContactState.NotInTouch => "Not in touch",
        _ => "Missed: no contact",
    };

    public static string Label(PathwayStep step) => step switch
    {
        PathwayStep.NeedsAssessment => "Needs assessment",
        PathwayStep.PathwayPlan => "Pathway plan",
        _ => "Pathway plan review",
    };
}
