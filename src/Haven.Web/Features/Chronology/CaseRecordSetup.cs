namespace Haven.Web.Features.Chronology;

/// <summary>Registers this feature's services; called once from HavenWebApp.</summary>
public static class CaseRecordSetup
{
    public static IServiceCollection AddCaseRecord(this IServiceCollection services) => services;
}
