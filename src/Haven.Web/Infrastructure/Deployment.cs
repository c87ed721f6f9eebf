using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace Haven.Web.Infrastructure;

/// <summary>"Haven:Proxy": the reverse proxies (load balancer, gateway) whose X-Forwarded-For/-Proto Haven believes.</summary>
public sealed class ProxySettings
{
    public const string Section = "Haven:Proxy";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

/// <summary>
/// How Haven runs on a real network (docs/security.md, "Deployment"): data-protection keys in the database
/// (encrypted with a certificate when one is configured), forwarded headers from configured proxies only, and
/// HSTS, HTTPS redirection and Secure-only cookies when "Haven:Https" is true.
/// </summary>
public static class Deployment
{
    public const string HttpsSetting = "Haven:Https";

    public static IServiceCollection AddHavenDeployment(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys protect the sign-in cookie, antiforgery tokens and the referral draft key: kept in the database, every
        // instance shares them and a restart keeps them. Without a certificate they are stored unencrypted, as the
        // database's own access control is then their protection.
        var protection = services.AddDataProtection().SetApplicationName("Haven").PersistKeysToDbContext<HavenDbContext>();
        if (LoadCertificate(configuration.GetSection("Haven:DataProtection")) is { } certificate)
        {
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        var proxy = configuration.GetSection(ProxySettings.Section).Get<ProxySettings>() ?? new();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed (not even loopback by default). With no limit, the
            // middleware walks back through the proxies listed and stops at the first address that is not one.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            o.ForwardLimit = null;
            foreach (var address in proxy.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxy.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        var https = configuration.GetValue<bool>(HttpsSetting);
        if (https)
        {
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
            services.AddHttpsRedirection(o =>
            {
                o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
                o.HttpsPort = configuration.GetValue<int?>("Haven:HttpsPort") ?? 443;
            });
        }
        // Over HTTPS, cookies are only ever sent over HTTPS; otherwise they are Secure whenever the request was
        // (which, behind a known proxy, follows X-Forwarded-Proto).
        var secure = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = secure);
        services.PostConfigure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = secure);
        return services;
    }

    /// <summary>First in the pipeline, so everything after sees the real client address and scheme.</summary>
    public static WebApplication UseHavenDeployment(this WebApplication app)
    {
        if (app.Configuration.GetSection(ProxySettings.Section).Get<ProxySettings>() is { Any: true })
        {
            app.UseForwardedHeaders();
        }
        if (app.Configuration.GetValue<bool>(HttpsSetting))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }

    /// <summary>A PFX file ("CertificatePath", "CertificatePassword") or a certificate in the user's store ("CertificateThumbprint").</summary>
    private static X509Certificate2? LoadCertificate(IConfigurationSection section)
    {
        if (section["CertificatePath"] is { Length: > 0 } path)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"]);
        }
        if (section["CertificateThumbprint"] is { Length: > 0 } thumbprint)
        {
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            return found.Count > 0 ? found[0] : throw new InvalidOperationException($"Haven:DataProtection:CertificateThumbprint {thumbprint} is not in the current user's certificate store");
        }
        return null;
    }
}
