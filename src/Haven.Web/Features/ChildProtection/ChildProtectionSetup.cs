namespace Haven.Web.Features.ChildProtection;

/// <summary>Registers this feature's services; called once from HavenWebApp.</summary>
public static class ChildProtectionSetup
{
    public static IServiceCollection AddChildProtection(this IServiceCollection services) => services;
}
