using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haven.Web.Features.WorkTray;

/// <summary>Registers this feature's services; called once from HavenWebApp.</summary>
public static class WorkTraySetup
{
    public static IServiceCollection AddWorkTray(this IServiceCollection services)
    {
        // Other features read the same local timescales; whichever registers first wins, and they are equal.
        services.TryAddSingleton(LocalTimescales.Default);
        services.AddScoped<WorkTrayQueries>();
        // Oversight and sharing have no hook of their own in HavenWebApp; they are registered with the tray they feed.
        services.AddScoped<Oversight.OversightService>();
        services.AddScoped<Sharing.SharingService>();
        return services;
    }
}
