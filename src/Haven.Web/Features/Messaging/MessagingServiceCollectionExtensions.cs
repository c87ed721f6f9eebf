using Haven.Web.Features.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the DI namespace, as registration extensions conventionally are, so the app's start-up code can call
// AddHavenMessaging without another using directive.
namespace Microsoft.Extensions.DependencyInjection;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEmailSender"/> for the provider named in "Haven:Email:Provider" (Outbox when unset),
    /// the settings check that runs at start-up, and <see cref="PdfRenderer"/>.
    /// </summary>
    public static IServiceCollection AddHavenMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessagingOptions>()
            .Bind(configuration.GetSection(MessagingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<LoggingEmailSender>();
        services.TryAddSingleton<SmtpEmailSender>();
        // The sender applies its own configurable timeout; HttpClient's default 100 s would cut across it.
        services.AddHttpClient<NotifyEmailSender>(client => client.Timeout = Timeout.InfiniteTimeSpan);

        // Chosen when resolved, not when registered, so settings added later (tests, environment) still count.
        // Transient because the Notify sender holds a pooled HttpClient that must not be kept for the app's life.
        services.TryAddTransient<IEmailSender>(sp => sp.GetRequiredService<IOptions<MessagingOptions>>().Value.Provider switch
        {
            EmailProvider.Smtp => sp.GetRequiredService<SmtpEmailSender>(),
            EmailProvider.Notify => sp.GetRequiredService<NotifyEmailSender>(),
            _ => sp.GetRequiredService<LoggingEmailSender>(),
        });

        services.TryAddSingleton<PdfRenderer>();
        return services;
    }
}
