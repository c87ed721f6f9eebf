using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Haven.Data.Demo;

/// <summary>
/// How big a demo authority to make and from which seed. The same options give the same people with the same ids.
/// <paramref name="Today"/> fixes the date the data is generated "as at"; when null the caller's today is used.
/// </summary>
public sealed record DemoOptions(int Children = 2000, int Seed = 20261125, DateOnly? Today = null);

/// <summary>One demo sign-in: the role as users see it, the email address and the shared demo password.</summary>
public sealed record DemoLogin(string Role, string Email, string Password)
{
    /// <summary>The Identity role name, one of the <see cref="Haven.Domain.Access.Roles"/> constants.</summary>
    public string IdentityRole { get; init; } = "";
}

/// <summary>What was generated. <see cref="Workers"/> counts every staff account, <see cref="SocialWorkers"/> only the social workers.</summary>
public sealed record DemoResult(int Children, int Adults, int Professionals, int Workers, int Teams, TimeSpan Elapsed)
{
    public int SocialWorkers { get; init; }
    public int Households { get; init; }
    public int People => Children + Adults + Professionals;
}

/// <summary>
/// Fills an empty Haven database with an entirely synthetic local authority ("Havenshire"): teams and staff,
/// families with realistic relationships, addresses, professionals and allocations. No real person's data is
/// used: names are random combinations of common names, postcodes use the non-existent "HV" area, phone numbers
/// are Ofcom's drama ranges, emails are at example.com and NHS numbers are in the 999 test range.
/// </summary>
public static class DemoAuthorityGenerator
{
    /// <summary>The <see cref="SystemSetting"/> key whose presence marks a demo database.</summary>
    public const string SettingKey = "demo-authority";

    /// <summary>The one password every demo account shares.</summary>
    public const string DemoPassword = "Haven-demo-2026!";

    public const string EmailDomain = "demo.haven.local";

    /// <summary>The fixed demo users, one per role: (role, email local part, display name, job title).</summary>
    internal static readonly (Role Role, string LocalPart, string DisplayName, string JobTitle)[] DemoUsers =
    [
        (Role.SocialWorker, "social.worker", "Jess Hollins", "Social worker"),
        (Role.TeamManager, "team.manager", "Marcus Reid", "Team manager"),
        (Role.ServiceManager, "service.manager", "Helen Ashby", "Service manager"),
        (Role.IndependentReviewingOfficer, "iro", "Priya Nair", "Independent reviewing officer"),
        (Role.BusinessSupport, "business.support", "Dan Whitlock", "Business support officer"),
        (Role.PerformanceAnalyst, "analyst", "Aisha Rahman", "Performance analyst"),
        (Role.Auditor, "auditor", "Ruth Penrose", "Auditor"),
        (Role.SystemAdministrator, "admin", "Gareth Lowe", "System administrator"),
    ];

    /// <summary>The demo sign-ins, in role order, for the README and the command line to print.</summary>
    public static IReadOnlyList<DemoLogin> Logins { get; } = DemoUsers
        .Select(u => new DemoLogin(Roles.DisplayName(u.Role), $"{u.LocalPart}@{EmailDomain}", DemoPassword) { IdentityRole = u.Role.ToString() })
        .ToArray();

    /// <summary>The value stored under <see cref="SettingKey"/>, e.g. "seed=20261125;children=2000".</summary>
    public static string SettingValue(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture, $"seed={options.Seed};children={options.Children}");
    }

    /// <summary>
    /// The moment an authority generated on <paramref name="today"/> is "as at": 07:00 UK time that day. Draws depend on it
    /// (nothing may be recorded after it), so it comes from the day alone and not the clock: started at 09:00 or at 17:00 on
    /// the same day, the same seed and size make the same authority.
    /// </summary>
    public static DateTime AsAtUtc(DateOnly today) => Haven.Domain.Calendar.UkClock.ToUtc(today.ToDateTime(new TimeOnly(7, 0)));

    /// <summary>
    /// Generates the authority as the command line does: on the clock's UK today, as at <see cref="AsAtUtc"/> that day,
    /// whatever the clock's time.
    /// </summary>
    public static Task<DemoResult> GenerateAsync(
        HavenDbContext db,
        DemoOptions options,
        IPasswordHasher<ApplicationUser> hasher,
        TimeProvider clock,
        IProgress<string>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var today = Haven.Domain.Calendar.UkClock.Today(clock);
        return GenerateAsync(db, options, hasher, today, AsAtUtc(options.Today ?? today), progress, ct);
    }

    /// <summary>
    /// Generates the authority into <paramref name="db"/>, which must hold no people yet. Rows are written in
    /// batches of 1,000 households, so memory stays flat however many children are asked for.
    /// </summary>
    public static async Task<DemoResult> GenerateAsync(
        HavenDbContext db,
        DemoOptions options,
        IPasswordHasher<ApplicationUser> hasher,
        DateOnly today,
        DateTime nowUtc,
        IProgress<string>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Children, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Children, 2_000_000);

        var builder = new DemoBuilder(db, options, hasher, options.Today ?? today, nowUtc, progress);
        var result = await builder.RunAsync(ct);
        var contacts = await new DemoFrontDoor(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Generated a year of front-door work: {contacts:N0} contacts"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var casework = await new DemoCasework(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"Generated case histories: {casework.Episodes:N0} episodes, {casework.Assessments:N0} assessments, {casework.Section47s:N0} section 47 enquiries, {casework.ChildProtectionPlans:N0} child protection and {casework.ChildInNeedPlans:N0} child in need plans, {casework.CaseNotes:N0} case notes ({watch.Elapsed.TotalSeconds:N1} s)"));
        // Generate first, then report: `progress?.Report(... await Generate ...)` skips the generator when nobody listens.
        var care = await new DemoCare(db, options, options.Today ?? today, nowUtc).GenerateAsync(ct);
        progress?.Report(DemoCare.Progress(care));
        var reviews = await new DemoCareReviews(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        progress?.Report(DemoCareReviews.Progress(reviews));
        await new DemoCareHealth(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        // Generate first, then report: a null progress must not skip the generator (it once did).
        var permanence = await new DemoPermanence(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        progress?.Report(DemoPermanence.Progress(permanence));
        await new DemoCareLeavers(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        var safeguarding = await new DemoSafeguarding(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        progress?.Report(DemoSafeguarding.Progress(safeguarding));
        await new DemoPreviousPermanence(db).GenerateAsync(ct);
        await new DemoFostering(db, options.Today ?? today, nowUtc).GenerateAsync(ct);
        await new DemoPermanenceWork(db, options.Today ?? today, nowUtc).GenerateAsync(ct);
        var themes = await new DemoThemes(db, options.Seed, options.Today ?? today, nowUtc).GenerateAsync(ct);
        progress?.Report(DemoThemes.Progress(themes));
        return result;
    }
}
