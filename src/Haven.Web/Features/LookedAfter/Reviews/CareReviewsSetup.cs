namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>Registers the looked-after reviews services; called once from HavenWebApp.</summary>
public static class CareReviewsSetup
{
    public static IServiceCollection AddCareReviews(this IServiceCollection services)
    {
        services.AddScoped<CareReviewService>();
        return services;
    }
}
