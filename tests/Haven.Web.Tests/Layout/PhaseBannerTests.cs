using Haven.Data;
using Haven.Data.Demo;
using Haven.Web.Features.Shared;
using Haven.Web.Tests.Infrastructure;

namespace Haven.Web.Tests.Layout;

/// <summary>Only a demo database calls its records synthetic demo data. Each test has its own database.</summary>
public sealed class PhaseBannerTests
{
    [Fact]
    public async Task A_live_database_has_a_neutral_phase_banner()
    {
        await using var live = new SqliteAppFactory();
        await live.InitializeAsync();

        var banner = (await live.CreateClient().GetDocumentAsync("/sign-in")).QuerySelector(".govuk-phase-banner__text")!.TextContent;

        Assert.Equal(PhaseBanner.Live, banner);
        Assert.DoesNotContain("demo", banner, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_demo_database_says_its_records_are_synthetic_demo_data()
    {
        await using var demo = new SqliteAppFactory();
        await demo.InitializeAsync();
        await demo.WithDbAsync(async db =>
        {
            db.SystemSettings.Add(new SystemSetting { Key = DemoAuthorityGenerator.SettingKey, Value = "seed=1;children=0" });
            await db.SaveChangesAsync();
        });

        var banner = (await demo.CreateClient().GetDocumentAsync("/sign-in")).QuerySelector(".govuk-phase-banner__text")!.TextContent;

        Assert.Equal(PhaseBanner.Demo, banner);
    }
}
