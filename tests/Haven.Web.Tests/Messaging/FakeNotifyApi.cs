using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Haven.Web.Tests.Messaging;

/// <summary>
/// GOV.UK Notify's send-email endpoint as far as Haven uses it, on a real Kestrel at 127.0.0.1. It checks the
/// bearer token itself (signature over header.payload with the secret, iss, iat within 30 seconds of its own
/// clock) rather than trusting the sender, and answers with Notify's status codes and error bodies.
/// </summary>
public sealed class FakeNotifyApi : IAsyncDisposable
{
    public const string ServiceId = "4f1c7a2e-8b3d-4e5f-9a6b-1c2d3e4f5a6b";
    public const string Secret = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    public const string ApiKey = "haven_test_key-" + ServiceId + "-" + Secret;
    public const string TemplateId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private readonly WebApplication _app;

    private FakeNotifyApi(WebApplication app, Func<DateTimeOffset> now)
    {
        _app = app;
        Now = now;
    }

    public Func<DateTimeOffset> Now { get; }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Every request that passed authentication, as JSON.</summary>
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>Every rejected token and why, to show the reason in a failing test.</summary>
    public ConcurrentQueue<string> AuthFailures { get; } = new();

    /// <summary>Answer every authenticated request with this status and Notify's error body for it.</summary>
    public HttpStatusCode? ForceStatus { get; set; }

    /// <summary>Wait this long before answering, to test the sender's timeout.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public static async Task<FakeNotifyApi> StartAsync(Func<DateTimeOffset> now)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeNotifyApi(app, now);
        app.MapPost("/v2/notifications/email", (Func<HttpContext, Task<IResult>>)fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (CheckToken(context.Request.Headers.Authorization.ToString()) is { } authError)
        {
            AuthFailures.Enqueue(authError);
            return Error(HttpStatusCode.Forbidden, "AuthError", authError);
        }
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }
        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        Received.Enqueue(body);
        switch (ForceStatus)
        {
            case HttpStatusCode.TooManyRequests:
                return Error(HttpStatusCode.TooManyRequests, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds");
            case { } status when (int)status >= 500:
                return Error(status, "Exception", "Internal server error");
            case { } status:
                return Error(status, "BadRequestError", "Forced error");
        }
        var address = body["email_address"]?.GetValue<string>() ?? "";
        if (!address.Contains('@', StringComparison.Ordinal))
        {
            return Error(HttpStatusCode.BadRequest, "ValidationError", "email_address Not a valid email address");
        }
        if (body["template_id"]?.GetValue<string>() != TemplateId)
        {
            return Error(HttpStatusCode.BadRequest, "BadRequestError", "Template not found");
        }
        var id = Guid.NewGuid().ToString();
        var personalisation = body["personalisation"]!.AsObject();
        return Results.Json(new JsonObject
        {
            ["id"] = id,
            ["reference"] = body["reference"]?.GetValue<string>(),
            ["content"] = new JsonObject
            {
                ["subject"] = personalisation["subject"]?.GetValue<string>(),
                ["body"] = personalisation["body"]?.GetValue<string>(),
                ["from_email"] = "havenshire.front.door@notifications.service.gov.uk",
            },
            ["uri"] = $"{BaseUrl}/v2/notifications/{id}",
            ["template"] = new JsonObject { ["id"] = TemplateId, ["version"] = 1, ["uri"] = $"{BaseUrl}/v2/template/{TemplateId}" },
        }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Null when the token is good; otherwise Notify-like wording of what is wrong.</summary>
    private string? CheckToken(string authorization)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "Unauthorized: authentication token must be provided";
        }
        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return "Invalid token: not a JWT";
        }
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!;
        if (header["alg"]?.GetValue<string>() != "HS256" || header["typ"]?.GetValue<string>() != "JWT")
        {
            return $"Invalid token: header {header.ToJsonString()}";
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return "Invalid token: signature, api token not found";
        }
        var claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;
        if (claims["iss"]?.GetValue<string>() != ServiceId)
        {
            return "Invalid token: service not found";
        }
        var issuedAt = claims["iat"]?.GetValue<long>();
        var now = Now().ToUnixTimeSeconds();
        if (issuedAt is null || Math.Abs(now - issuedAt.Value) > 30)
        {
            return $"Error: Your system clock must be accurate to within 30 seconds (iat {issuedAt}, now {now})";
        }
        return null;
    }

    private static IResult Error(HttpStatusCode status, string error, string message) => Results.Json(new JsonObject
    {
        ["status_code"] = (int)status,
        ["errors"] = new JsonArray(new JsonObject { ["error"] = error, ["message"] = message }),
    }, statusCode: (int)status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
