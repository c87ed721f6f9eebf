using Haven.Web.Features.LookedAfter.Advocacy;
using Haven.Web.Features.LookedAfter.Education;
using Haven.Web.Features.LookedAfter.Health;

namespace Haven.Web.Features.LookedAfter;

/// <summary>
/// Registers the services of a child in care's health, education, missing and advocacy pages, and the reference
/// information for children in care (<see cref="InformationForChildrenInCare"/>); called once from HavenWebApp.
/// </summary>
public static class CareHealthSetup
{
    public static IServiceCollection AddCareHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<HealthService>();
        services.AddScoped<EducationService>();
        services.AddScoped<AdvocacyService>();
        services.AddOptions<InformationForChildrenInCare>().Bind(configuration.GetSection(InformationForChildrenInCare.Section));
        return services;
    }
}

/// <summary>
/// The period of care a health, education, missing or advocacy record is added to: the child's open one. The pages
/// refuse before the form when there is none (<see cref="RecordLoader.OpenCarePeriodAsync"/>); this is the service's
/// own check, for a period that ended while the form was open.
/// </summary>
internal static class CarePeriodForRecording
{
    public static async Task<CarePeriod> OpenCarePeriodAsync(this HavenDbContext db, Guid personId, CancellationToken ct) =>
        await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId && p.EndDate == null)
            .OrderByDescending(p => p.StartDate).FirstOrDefaultAsync(ct)
        ?? throw CaseRuleException.Of("", RecordLoader.NotInCare);
}
