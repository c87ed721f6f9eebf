using Haven.Web.Features.Assessments;
using Haven.Web.Features.ChildInNeed;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Haven.Web.Features.Casework;

/// <summary>Registers this feature's services; called once from HavenWebApp. Assessments and child in need plans are parts of an episode, so they are registered here too.</summary>
public static class CaseworkSetup
{
    public static IServiceCollection AddCasework(this IServiceCollection services)
    {
        // Other features read the same local timescales; whoever registers first wins, and all get the defaults.
        services.TryAddSingleton(LocalTimescales.Default);
        services.AddScoped<CaseworkService>();
        services.AddScoped<Dates.DateCorrectionService>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<ChildInNeedService>();
        return services;
    }
}
