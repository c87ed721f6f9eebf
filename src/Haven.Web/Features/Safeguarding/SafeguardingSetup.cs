using Haven.Web.Features.Safeguarding.Missing;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Haven.Web.Features.Safeguarding;

/// <summary>
/// Registers the services of the safeguarding themes (missing from home or care, private fostering); called once from HavenWebApp.
/// </summary>
public static class SafeguardingSetup
{
    public static IServiceCollection AddSafeguarding(this IServiceCollection services)
    {
        services.AddScoped<MissingService>();
        services.AddScoped<PrivateFostering.PrivateFosteringService>();
        services.AddScoped<Haven.Web.Features.Lado.AllegationService>();
        services.AddScoped<Marac.MaracService>();
        services.Configure<RazorPagesOptions>(o =>
        {
            // The missing pages were the care record's before they served every child: the care record's addresses
            // (bookmarks, the work tray's links to a child in care's interviews) still open the same pages.
            foreach (var (page, route) in new[]
            {
                ("Index", ""), ("Report", "/new"), ("Return", "/{episodeId:guid}/return"), ("Interview", "/{episodeId:guid}/interview"),
            })
            {
                // Only for reaching the page: links are made to the page's own address.
                o.Conventions.AddPageRouteModelConvention($"/Safeguarding/Missing/{page}", model => model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel { Template = $"people/{{personId:guid}}/care/missing{route}", SuppressLinkGeneration = true },
                    EndpointMetadata = { CareRecordAddress.Instance },
                }));
            }
        });
        return services;
    }
}

/// <summary>
/// Marks a missing page opened at the care record's address: there it is still the care record's form, so reporting a
/// child who is not in care is refused as before, rather than silently recorded as missing from home.
/// </summary>
public sealed class CareRecordAddress
{
    public static readonly CareRecordAddress Instance = new();

    private CareRecordAddress()
    {
    }

    public static bool Used(HttpContext context) => context?.GetEndpoint()?.Metadata.GetMetadata<CareRecordAddress>() is not null;
}
