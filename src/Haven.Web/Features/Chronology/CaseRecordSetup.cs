using Haven.Web.Features.CaseNotes;
using Haven.Web.Features.Documents;

namespace Haven.Web.Features.Chronology;

/// <summary>Registers case notes, documents and the chronology; called once from HavenWebApp.</summary>
public static class CaseRecordSetup
{
    public static IServiceCollection AddCaseRecord(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section)
            .Validate(o => o.MaxUploadBytes > 0, "Haven:Documents:MaxUploadBytes must be more than 0").ValidateOnStart();
        services.AddScoped<CaseNoteService>();
        services.AddScoped<DocumentService>();
        services.AddSingleton<DocumentTextExtractor>();
        services.AddScoped<ChronologyQueries>();
        services.AddScoped<ChronologyService>();
        services.AddScoped<FlagListQueries>();

        // The upload page's own body limits follow the configured file size, with room for the rest of the form
        // and for a file somewhat over the limit, so that one gets the GOV.UK message on the field (not a refused
        // request). Anything bigger still is turned away by UploadTooLargeFilter before the body is read.
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<DocumentOptions>>((pages, documents) =>
            pages.Conventions.AddPageApplicationModelConvention(DocumentOptions.UploadPage, model =>
            {
                var limit = documents.Value.RequestLimitBytes;
                model.Filters.Add(new RequestSizeLimitAttribute(limit));
                model.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
                model.Filters.Add(new UploadTooLargeFilter(limit));
            }));
        return services;
    }
}
