using Haven.Web.Features.LookedAfter.Carers;

namespace Haven.Web.Features.LookedAfter;

/// <summary>Registers the care record's services (entry, legal status, moves, leaving care, the carers register); called once from HavenWebApp.</summary>
public static class CareRecordSetup
{
    public static IServiceCollection AddCareRecord(this IServiceCollection services)
    {
        services.AddScoped<CarePeriodService>();
        services.AddScoped<CarerRegisterService>();
        return services;
    }
}
