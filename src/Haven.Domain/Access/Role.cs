namespace Haven.Domain.Access;

/// <summary>The jobs people do in children's services. The names are the Identity role names.</summary>
public enum Role
{
    SocialWorker,
    TeamManager,
    ServiceManager,
    IndependentReviewingOfficer,
    BusinessSupport,
    PerformanceAnalyst,
    Auditor,
    SystemAdministrator,
}

public static class Roles
{
    public const string SocialWorker = nameof(Role.SocialWorker);
    public const string TeamManager = nameof(Role.TeamManager);
    public const string ServiceManager = nameof(Role.ServiceManager);
    public const string IndependentReviewingOfficer = nameof(Role.IndependentReviewingOfficer);
    public const string BusinessSupport = nameof(Role.BusinessSupport);
    public const string PerformanceAnalyst = nameof(Role.PerformanceAnalyst);
    public const string Auditor = nameof(Role.Auditor);
    public const string SystemAdministrator = nameof(Role.SystemAdministrator);

    public static string DisplayName(Role role) => role switch
    {
        Role.SocialWorker => "Social worker",
        Role.TeamManager => "Team manager",
        Role.ServiceManager => "Service manager",
        Role.IndependentReviewingOfficer => "Independent reviewing officer / CP chair",
        Role.BusinessSupport => "Business support",
        Role.PerformanceAnalyst => "Performance analyst",
        Role.Auditor => "Auditor",
        Role.SystemAdministrator => "System administrator",
        _ => role.ToString(),
    };

    /// <summary>Roles whose work is about individual children.</summary>
    public static bool WorksWithCases(Role role) => role is Role.SocialWorker or Role.TeamManager or Role.ServiceManager
        or Role.IndependentReviewingOfficer or Role.BusinessSupport or Role.Auditor;

    public static bool IsManager(Role role) => role is Role.TeamManager or Role.ServiceManager;
}
