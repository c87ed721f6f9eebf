using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

[assembly: AssemblyFixture(typeof(Haven.GovUk.Tests.TestSite))]

namespace Haven.GovUk.Tests;

/// <summary>
/// A real ASP.NET Core app (Kestrel on a free local port) serving the Razor Pages in this project, which use the
/// Haven.GovUk tag helpers. Tests GET and POST like a browser without JavaScript would.
/// </summary>
public sealed class TestSite : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TestSite).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddRazorPages(options =>
            options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute()));

        _app = builder.Build();
        _app.MapRazorPages();
        await _app.StartAsync();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(_app.Urls.First()),
        };
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public async Task<IDocument> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}\n{html}");
        return await Parse(html);
    }

    public async Task<IDocument> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode}\n{html}");
        return await Parse(html);
    }

    public static async Task<IDocument> Parse(string html) =>
        await new HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
}
