namespace Haven.Web.Features.WorkTray;

/// <summary>Registers this feature's services; called once from HavenWebApp.</summary>
public static class WorkTraySetup
{
    public static IServiceCollection AddWorkTray(this IServiceCollection services) => services;
}
