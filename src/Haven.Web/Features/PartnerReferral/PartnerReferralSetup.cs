using System.Net;
using System.Threading.RateLimiting;
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
        services.AddSingleton<PartnerReferralLimiter>();
        services.AddSingleton<PartnerReferralDrafts>();
        services.AddScoped<PartnerReferralService>();
        services.AddScoped<PartnerQueueService>();
        return services;
    }
}

/// <summary>
/// A fixed window per client address, held in memory: one server is the expected deployment, and a restart
/// forgetting the counts only lets a few more through. Checked by the submission itself rather than as
/// middleware so a re-post of the same submission (same token) never uses up the allowance.
/// </summary>
public sealed class PartnerReferralLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public PartnerReferralLimiter(IOptions<PartnerReferralOptions> options)
    {
        var permits = Math.Max(1, options.Value.SubmissionsPerHour);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));
    }

    public bool TryAcquire(IPAddress? client)
    {
        using var lease = _limiter.AttemptAcquire(client?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
