namespace Haven.Web.Features.Home;

public static class HomeSetup
{
    /// <summary>What the homes share: the children they name, the audit search, the escalations service. The homes themselves are built per request by Index.</summary>
    public static IServiceCollection AddHomes(this IServiceCollection services)
    {
        services.AddScoped<HomeChildren>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<Escalations.EscalationService>();
        return services;
    }
}
