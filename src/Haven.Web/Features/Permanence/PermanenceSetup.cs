using Haven.Web.Features.Permanence.Adoption;
using Haven.Web.Features.Permanence.Court;

namespace Haven.Web.Features.Permanence;

/// <summary>Registers the court record's and the adoption and permanence services; called once from HavenWebApp.</summary>
public static class PermanenceSetup
{
    public static IServiceCollection AddPermanence(this IServiceCollection services)
    {
        services.AddScoped<CourtService>();
        services.AddScoped<AdoptionService>();
        services.AddScoped<PermanenceFollowUpService>();
        return services;
    }
}
