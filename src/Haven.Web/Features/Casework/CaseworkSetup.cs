namespace Haven.Web.Features.Casework;

/// <summary>Registers this feature's services; called once from HavenWebApp.</summary>
public static class CaseworkSetup
{
    public static IServiceCollection AddCasework(this IServiceCollection services) => services;
}
