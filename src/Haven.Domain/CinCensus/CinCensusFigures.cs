namespace Haven.Domain.CinCensus;

/// <summary>
/// The headline counts of a CIN census return, as the DfE publishes them and performance teams report them,
/// gathered in one pass over the children so they can be read off any file, ours or another system's.
/// </summary>
public sealed class CinCensusFigures(CensusPeriod period)
{
    public CensusPeriod Period { get; } = period;
    public int Children { get; private set; }
    public int Referrals { get; private set; }
    public int ReReferrals { get; private set; }
    public int ReferralsNoFurtherAction { get; private set; }
    public int AssessmentsCompleted { get; private set; }
    public int AssessmentsWithin45WorkingDays { get; private set; }
    public int Section47Enquiries { get; private set; }
    public int InitialConferences { get; private set; }
    public int InitialConferencesInTime { get; private set; }
    public int ChildProtectionPlansStarted { get; private set; }
    public int SecondOrSubsequentPlans { get; private set; }
    public int ChildProtectionPlansEnded { get; private set; }
    public int PlansEndedAfterTwoYearsOrMore { get; private set; }
    public int ChildrenInNeedAtReferenceDate { get; private set; }
    public int ChildProtectionPlansAtReferenceDate { get; private set; }
    public SortedDictionary<string, int> PlansStartedByCategory { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> PlansAtReferenceDateByCategory { get; } = new(StringComparer.Ordinal);

    private bool InYear(DateOnly? d) => d is { } x && x >= Period.Start && x <= Period.End;

    public void Add(CinCensusChild child, Calendar.WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(calendar);
        Children++;
        var referralDates = child.CinDetails.Select(d => d.CINreferralDate).OfType<DateOnly>().Order().ToList();
        var openAtEnd = false;
        foreach (var episode in child.CinDetails)
        {
            if (InYear(episode.CINreferralDate))
            {
                Referrals++;
                var date = episode.CINreferralDate!.Value;
                if (referralDates.Any(d => d < date && d >= date.AddMonths(-12)))
                {
                    ReReferrals++;
                }
                if (episode.IsReferralNfa == true)
                {
                    ReferralsNoFurtherAction++;
                }
            }
            if (episode.CINreferralDate <= Period.End && (episode.CINclosureDate is null || episode.CINclosureDate > Period.End) && episode.IsReferralNfa != true)
            {
                openAtEnd = true;
            }
            foreach (var assessment in episode.Assessments.Where(a => InYear(a.AuthorisationDate)))
            {
                AssessmentsCompleted++;
                // The calendar holds bank holidays from 2010; older referrals in an imported file are not timed.
                if (episode.CINreferralDate is { } referred && referred.Year >= calendar.FirstYear
                    && calendar.WorkingDaysBetween(referred, assessment.AuthorisationDate!.Value) <= 45)
                {
                    AssessmentsWithin45WorkingDays++;
                }
            }
            foreach (var s47 in episode.Section47s)
            {
                if (InYear(s47.ActualStartDate))
                {
                    Section47Enquiries++;
                }
                if (InYear(s47.DateOfInitialCPC))
                {
                    InitialConferences++;
                    if (s47.InitialCPCtarget is { } target && s47.DateOfInitialCPC <= target)
                    {
                        InitialConferencesInTime++;
                    }
                }
            }
            if (InYear(episode.DateOfInitialCPC))
            {
                InitialConferences++;
            }
            foreach (var plan in episode.ChildProtectionPlans)
            {
                if (InYear(plan.StartDate))
                {
                    ChildProtectionPlansStarted++;
                    Increment(PlansStartedByCategory, plan.InitialCategoryOfAbuse);
                    if (int.TryParse(plan.NumberOfPreviousCPP, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var previous) && previous > 0)
                    {
                        SecondOrSubsequentPlans++;
                    }
                }
                if (InYear(plan.EndDate))
                {
                    ChildProtectionPlansEnded++;
                    if (plan.StartDate is { } started && plan.EndDate >= started.AddYears(2))
                    {
                        PlansEndedAfterTwoYearsOrMore++;
                    }
                }
                if (plan.StartDate <= Period.End && (plan.EndDate is null || plan.EndDate > Period.End))
                {
                    ChildProtectionPlansAtReferenceDate++;
                    Increment(PlansAtReferenceDateByCategory, plan.LatestCategoryOfAbuse);
                }
            }
        }
        if (openAtEnd)
        {
            ChildrenInNeedAtReferenceDate++;
        }
    }

    private static void Increment(SortedDictionary<string, int> counts, string? key)
    {
        var k = string.IsNullOrEmpty(key) ? "(none)" : key;
        counts[k] = counts.GetValueOrDefault(k) + 1;
    }

    /// <summary>A share as a whole-number percentage, or null when there is nothing to divide by.</summary>
    public static int? Percent(int part, int whole) => whole == 0 ? null : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
