using Haven.Web.Features.ChildProtection.Conferences;
using Haven.Web.Features.ChildProtection.CoreGroups;
using Haven.Web.Features.ChildProtection.ProtectionPlans;
using Haven.Web.Features.ChildProtection.Section47Enquiries;
using Haven.Web.Features.ChildProtection.StrategyDiscussions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Registers this feature's services; called once from HavenWebApp.</summary>
public static class ChildProtectionSetup
{
    public static IServiceCollection AddChildProtection(this IServiceCollection services)
    {
        // Other casework features read the same local timescales; whichever registers first wins.
        services.TryAddSingleton(LocalTimescales.Default);
        services.AddScoped<ChildProtectionChanges>();
        services.AddScoped<StrategyDiscussionService>();
        services.AddScoped<Section47Service>();
        services.AddScoped<ConferenceService>();
        services.AddScoped<ProtectionPlanService>();
        services.AddScoped<CoreGroupService>();
        services.AddScoped<ChildProtectionQueries>();
        return services;
    }
}
