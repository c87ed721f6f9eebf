using Haven.Web.Features.People;
using Haven.Web.Infrastructure.Authorisation;
using Haven.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Infrastructure;

/// <summary>Builds the web application: services, sign-in, authorisation conventions and the request pipeline.</summary>
public static class HavenWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Run from a build folder (./haven), the CSS and scripts are found through the static web assets
        // manifest, which points at the project's wwwroot and the component library's assets.
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);
        var services = builder.Services;

        services.AddOptions<HavenOptions>().Bind(builder.Configuration.GetSection(HavenOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var database = HavenDatabase.Parse(
            Environment.GetEnvironmentVariable("HAVEN_DATABASE") is { Length: > 0 } env && builder.Configuration["Haven:Database"] is null
                ? env
                : builder.Configuration["Haven:Database"]);
        database.AddTo(services);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                // NCSC guidance: length beats composition rules; 12 characters with a mix is our floor.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<HavenDbContext>()
            .AddSignInManager<Haven.Web.Features.Account.HavenSignInManager>()
            .AddClaimsPrincipalFactory<HavenClaimsFactory>()
            .AddPasswordValidator<Haven.Web.Features.Account.CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddScoped<Haven.Web.Features.Account.DemoTwoFactorSkip>();
        services.AddSingleton<Haven.Web.Features.Account.SignInThrottle>();
        // The Server header only tells an attacker which web server to look up vulnerabilities for.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "haven-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure policy: Deployment. Lifetime, idle timeout and the server-side session store: SessionSetup.
        });
        services.AddHavenSessions(builder.Configuration);
        services.AddHavenDeployment(builder.Configuration);

        var oidc = builder.Configuration.GetSection("Haven:Oidc");
        if (oidc.Exists())
        {
            services.AddAuthentication().AddOpenIdConnect(OidcScheme, oidc["DisplayName"] ?? "Sign in with your council account", o =>
            {
                o.Authority = oidc["Authority"];
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/sign-in/oidc-callback";
                o.Scope.Add("email");
            });
            // Identity rebuilds the cookie's claims every 30 minutes and drops the claim saying the person signed in
            // through the provider; without it they would then be sent to set up Haven's own two-factor.
            services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
            {
                var method = context.CurrentPrincipal?.FindFirst(System.Security.Claims.ClaimTypes.AuthenticationMethod);
                if (method is not null && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && !identity.HasClaim(c => c.Type == method.Type))
                {
                    identity.AddClaim(new System.Security.Claims.Claim(method.Type, method.Value));
                }
                return Task.CompletedTask;
            });
        }

        services.AddAuthorizationBuilder().AddCapabilities();

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                PageAccess.ApplyTo(o.Conventions);
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<PersonRecordFilter>();
                o.Filters.Add<ConcurrentSaveFilter>();
                o.Filters.Add<InputLengthFilter>();
                // Forms validate themselves with GOV.UK wording; a non-nullable property is not "required" by accident.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                var messages = o.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter a valid {field.ToLowerInvariant()}");
                messages.SetValueIsInvalidAccessor(_ => "Enter a valid value");
                messages.SetValueMustBeANumberAccessor(field => $"{field} must be a number");
                messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field.ToLowerInvariant()}");
                messages.SetValueMustNotBeNullAccessor(field => $"Enter {field.ToLowerInvariant()}");
                messages.SetUnknownValueIsInvalidAccessor(field => $"Enter a valid {field.ToLowerInvariant()}");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value");
            });
        services.AddRouting(o =>
        {
            o.LowercaseUrls = true;
            o.LowercaseQueryStrings = false;
        });
        services.AddAntiforgery(o => o.Cookie.Name = "haven-csrf");

        services.AddScoped<CurrentUser>();
        services.AddScoped<Haven.Web.Features.Admin.AdminAudit>();
        services.AddScoped<Haven.Web.Features.Shared.Menu>();
        services.AddSingleton<Haven.Web.Features.Shared.PhaseBanner>();
        services.AddScoped<CaseRecorder>();
        services.AddAuditTrail();
        services.AddScoped<RecordAccess>();
        services.AddSingleton<RecordViewLog>();
        services.AddScoped<VisiblePeople>();
        services.AddScoped<PersonRecordFilter>();
        services.AddSingleton<InputLimits>();
        services.AddScoped<RecordLoader>();
        services.AddScoped<PeopleService>();
        services.AddScoped<PersonReferences>();
        services.AddScoped<PersonSearch>();
        services.AddScoped<Haven.Web.Features.People.Record.FamilyNetwork>();
        services.AddHavenMessaging(builder.Configuration);
        services.AddScoped<Haven.Web.Features.FrontDoor.FrontDoorService>();
        services.AddScoped<Haven.Web.Features.FrontDoor.FrontDoorQueries>();
        services.AddScoped<Haven.Web.Features.Allocations.AllocationService>();
        Haven.Web.Features.PartnerReferral.PartnerReferralSetup.AddPartnerReferrals(services, builder.Configuration);
        services.AddScoped<Haven.Web.Features.EarlyHelp.EarlyHelpService>();
        services.AddScoped<Haven.Web.Features.EarlyHelp.EarlyHelpListQuery>();
        Haven.Web.Features.Casework.CaseworkSetup.AddCasework(services);
        Haven.Web.Features.ChildProtection.ChildProtectionSetup.AddChildProtection(services);
        Haven.Web.Features.Chronology.CaseRecordSetup.AddCaseRecord(services);
        Haven.Web.Features.WorkTray.WorkTraySetup.AddWorkTray(services);
        Haven.Web.Features.LookedAfter.CareRecordSetup.AddCareRecord(services);
        Haven.Web.Features.LookedAfter.Reviews.CareReviewsSetup.AddCareReviews(services);
        Haven.Web.Features.LookedAfter.CareHealthSetup.AddCareHealth(services, builder.Configuration);
        Haven.Web.Features.Safeguarding.SafeguardingSetup.AddSafeguarding(services);
        Haven.Web.Features.Home.HomeSetup.AddHomes(services);
        services.AddScoped<Haven.Web.Features.CareLeavers.CareLeaverService>();
        Haven.Web.Features.Permanence.PermanenceSetup.AddPermanence(services);
        services.AddScoped<Haven.Web.Features.FosteringHouseholds.FosteringService>();
        Haven.Web.Features.Performance.PerformanceSetup.AddPerformance(services);
        services.AddScoped<Haven.Web.Features.CinCensus.CinCensusRecords>();
        services.AddScoped<Haven.Web.Features.CinCensus.CinCensusExporter>();
        services.AddScoped<Haven.Web.Features.CinCensus.CinCensusImporter>();
        services.AddScoped<Haven.Web.Features.CinCensus.CinCensusCheck>();
        services.AddScoped<Haven.Web.Features.CinCensus.CinCensusEntryCheck>();
        services.AddScoped<Haven.Web.Features.Ssda903.Ssda903Records>();
        services.AddScoped<Haven.Web.Features.Ssda903.Ssda903Exporter>();
        services.AddScoped<Haven.Web.Features.Ssda903.Ssda903Importer>();
        services.AddScoped<Haven.Web.Features.AnnexA.AnnexARecords>();
        services.AddScoped<Haven.Web.Features.AnnexA.AnnexAExporter>();
        services.AddScoped<Haven.Web.Features.Ssda903.Ssda903Check>();
        services.AddMemoryCache();

        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });

        var app = builder.Build();

        app.UseHavenDeployment();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            // A case record must not be cached by browsers or proxies, nor framed by another site.
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            // Someone who signed in through the council's identity provider (which carries an
            // authentication-method claim) had that provider's multi-factor check instead.
            if (context.User.HasClaim(HavenClaimsFactory.TwoFactorSetUpRequiredClaim, "true")
                && !context.User.HasClaim(c => c.Type == System.Security.Claims.ClaimTypes.AuthenticationMethod)
                && !path.StartsWithSegments("/account/two-factor") && !path.StartsWithSegments("/sign-out")
                && !path.StartsWithSegments("/error"))
            {
                context.Response.Redirect("/account/two-factor");
                return;
            }
            // An administrator set this password, so they know it: its owner chooses their own before anything else.
            if (context.User.HasClaim(HavenClaimsFactory.PasswordChangeRequiredClaim, "true")
                && !path.StartsWithSegments("/account/password") && !path.StartsWithSegments("/account/two-factor")
                && !path.StartsWithSegments("/sign-out") && !path.StartsWithSegments("/error"))
            {
                context.Response.Redirect("/account/password");
                return;
            }
            await next();
        });
        app.MapRazorPages();
        app.MapGet("/health", () => Results.Text("ok")).AllowAnonymous();
        app.MapHavenSessions();
        return app;
    }

    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Applies any pending migrations for whichever provider is configured.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        await db.Database.MigrateAsync(ct);
        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Enum.GetNames<Role>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
