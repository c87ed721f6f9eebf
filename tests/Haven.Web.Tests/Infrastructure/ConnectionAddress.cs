using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no network connection, so requests have no client address. This sets one from a
/// test-only header, first in the pipeline, as if the request had come from that address (a proxy or a browser).
/// </summary>
public static class ConnectionAddress
{
    public const string Header = "X-Test-Connection-Address";

    public static IWebHostBuilder WithConnectionAddresses(this IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, Filter>());

    /// <summary>A client whose requests come from <paramref name="address"/>, optionally saying they were forwarded for <paramref name="forwardedFor"/>.</summary>
    public static HttpClient From(this HttpClient client, string address, string? forwardedFor = null, string? forwardedProto = null)
    {
        client.DefaultRequestHeaders.Add(Header, address);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }
        return client;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[Header].ToString() is { Length: > 0 } address)
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
