using System.Net;
using Haven.Web.Features.FrontDoor;

namespace Haven.Web.Features.PartnerReferral;

/// <summary>Settings for the public "Refer a child" form (section "Haven:PartnerReferral").</summary>
public sealed class PartnerReferralOptions
{
    public const string Section = "Haven:PartnerReferral";

    /// <summary>New submissions allowed from one client address in an hour; a school sending a class's worth still fits.</summary>
    public int SubmissionsPerHour { get; set; } = 10;

    public string FrontDoorPhone { get; set; } = "01632 960000";

    public string OutOfHoursPhone { get; set; } = "01632 960999";
}

public static class PartnerReferralSetup
{
    public static IServiceCollection AddPartnerReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PartnerReferralOptions>().Bind(configuration.GetSection(PartnerReferralOptions.Section));
        services.AddScoped<PartnerReferralLimiter>();
        services.AddSingleton<PartnerReferralDrafts>();
        services.AddScoped<PartnerReferralService>();
        services.AddScoped<PartnerQueueService>();
        return services;
    }
}

/// <summary>
/// A fixed window of an hour per client address, counted in the database so that a restart (or a second instance)
/// does not hand out a fresh allowance. The address is the forwarded client's when the request came through a
/// configured proxy (Deployment), so partners behind one proxy are not counted as one. Checked by the submission
/// itself rather than as middleware so a re-post of the same submission (same token) never uses up the allowance.
/// </summary>
public sealed class PartnerReferralLimiter(HavenDbContext db, TimeProvider clock, IOptions<PartnerReferralOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public async Task<bool> TryAcquireAsync(IPAddress? client, CancellationToken ct)
    {
        var key = "partner-referral:" + (client is null ? "unknown" : client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client);
        var permits = Math.Max(1, options.Value.SubmissionsPerHour);
        var now = clock.GetUtcNow().UtcDateTime;
        var windowOpenedAfter = now - Window;
        // Each step is one conditional statement, so two submissions at the same moment cannot both take the last place.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // A place left in the current window?
            if (await db.RateLimitCounters.Where(c => c.Key == key && c.WindowStartUtc > windowOpenedAfter && c.Count < permits)
                    .ExecuteUpdateAsync(c => c.SetProperty(x => x.Count, x => x.Count + 1), ct) == 1)
            {
                return true;
            }
            // The window is over: start a new one.
            if (await db.RateLimitCounters.Where(c => c.Key == key && c.WindowStartUtc <= windowOpenedAfter)
                    .ExecuteUpdateAsync(c => c.SetProperty(x => x.WindowStartUtc, now).SetProperty(x => x.Count, 1), ct) == 1)
            {
                return true;
            }
            if (await db.RateLimitCounters.AnyAsync(c => c.Key == key, ct))
            {
                return false; // a current window with no places left
            }
            db.RateLimitCounters.Add(new RateLimitCounter { Key = key, WindowStartUtc = now, Count = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                // Another submission from this address made the row first: count against it instead.
                db.ChangeTracker.Clear();
            }
        }
        return false;
    }
}
