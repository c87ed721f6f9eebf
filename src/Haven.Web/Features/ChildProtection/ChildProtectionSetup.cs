using Haven.Domain.Casework;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Registers this feature's services; called once from HavenWebApp.</summary>
public static class ChildProtectionSetup
{
    public static IServiceCollection AddChildProtection(this IServiceCollection services)
    {
        // Other casework features read the same local timescales; whichever registers first wins.
        services.TryAddSingleton(LocalTimescales.Default);
        services.AddScoped<ChildProtectionService>();
        services.AddScoped<ChildProtectionQueries>();
        return services;
    }
}
