namespace Haven.Web.Features.Home;

public static class HomeSetup
{
    /// <summary>Each role's home is a query class read by Index; the audit search is the auditor's.</summary>
    public static IServiceCollection AddHomes(this IServiceCollection services)
    {
        services.AddScoped<HomeChildren>();
        services.AddScoped<AnalystHome>();
        services.AddScoped<AuditorHome>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<BusinessSupportHome>();
        services.AddScoped<IroHome>();
        services.AddScoped<Escalations.EscalationService>();
        return services;
    }
}
