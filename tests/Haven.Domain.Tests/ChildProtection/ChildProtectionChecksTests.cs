using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using static Haven.Domain.ChildProtection.ChildProtectionChecks;

namespace Haven.Domain.Tests.ChildProtection;

/// <summary>The worked examples of each step's checks are in the step's folder; the fixtures they share are here.</summary>
public sealed partial class ChildProtectionChecksTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateOnly Today = D("2027-01-20");
    private static readonly DateOnly Referral = D("2026-12-11");
    private static readonly DateOnly EnquiryStart = D("2026-12-14");

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly Participant[] Agencies3 =
        [new("DS Rowe", Agencies.Police), new("Sam Okafor", Agencies.SocialCare), new("Dr Lena Marsh", Agencies.Health)];

    private static Dictionary<string, string> Icpc(DateOnly? held, DateOnly? s47 = null) =>
        ChildProtectionRules.ValidateInitialConference(held, s47 ?? EnquiryStart, Referral, ConferenceDecision.ChildProtectionPlan, "NEG", Today, Calendar);
}
