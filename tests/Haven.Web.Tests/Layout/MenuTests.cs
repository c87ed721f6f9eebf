using Haven.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Haven.Web.Features.Shared;
using Haven.Web.Tests.Authorisation;
using Haven.Web.Tests.Infrastructure;

namespace Haven.Web.Tests.Layout;

/// <summary>The menu offers each role exactly the pages it may open.</summary>
public sealed class MenuTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData(Role.SocialWorker, "Find a person|Add a person|Work tray|Carers|Fostering|Your account")]
    [InlineData(Role.TeamManager, "Find a person|Add a person|Work tray|Carers|Fostering|Front door|Your account")]
    [InlineData(Role.ServiceManager, "Find a person|Add a person|Work tray|Carers|Fostering|Front door|Returns|Scorecard|Your account")]
    [InlineData(Role.IndependentReviewingOfficer, "Find a person|Work tray|Children I review|Carers|Fostering|Your account")]
    [InlineData(Role.BusinessSupport, "Find a person|Add a person|Work tray|Carers|Fostering|Your account")]
    [InlineData(Role.PerformanceAnalyst, "Returns|Scorecard|Your account")]
    [InlineData(Role.Auditor, "Find a person|Work tray|Carers|Fostering|Front door|Your account")]
    [InlineData(Role.SystemAdministrator, "Users and teams|Your account")]
    public async Task The_menu_shows_each_role_the_pages_it_can_open_and_no_others(Role role, string expected)
    {
        var client = await app.SignInAsync(await app.CreateUserAsync($"Menu {role}", role));

        var links = (await client.GetDocumentAsync("/account")).QuerySelectorAll("#navigation a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href")!)).ToList();

        Assert.Equal(expected, string.Join("|", links.Select(l => l.Text)));
        foreach (var (text, href) in links)
        {
            var response = await client.GetAsync(href);
            Assert.True(RolePageMatrix.Outcome(response.StatusCode, response.Headers.Location) == RolePageMatrix.Opens, $"{role} is offered {text} but cannot open {href}");
        }
        foreach (var hidden in Menu.Items.Where(i => !links.Any(l => l.Text == i.Text)))
        {
            // The item's own page, which for "Find a person" is the search that "/" leads to.
            var response = await client.GetAsync(hidden.Page == "/People/Index" ? "/people" : hidden.Href);
            Assert.True(RolePageMatrix.Outcome(response.StatusCode, response.Headers.Location) == RolePageMatrix.Refused, $"{role} is not offered {hidden.Text} but can open it");
        }
    }

    [Theory]
    [InlineData(Role.SocialWorker, "Find a person|Add a person|Work tray|Carers|Fostering|Allegations (LADO)|Your account")]
    [InlineData(Role.SystemAdministrator, "Allegations (LADO)|Users and teams|Your account")]
    public async Task A_designated_officer_is_offered_the_allegations_whatever_their_role(Role role, string expected)
    {
        var officer = await app.CreateUserAsync($"Menu officer {role}", role);
        await app.WithDbAsync(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.Id == officer.Id);
            account.IsDesignatedOfficer = true;
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync(officer);

        var links = (await client.GetDocumentAsync("/account")).QuerySelectorAll("#navigation a").Select(a => a.TextContent.Trim());

        Assert.Equal(expected, string.Join("|", links));
        Assert.Equal(RolePageMatrix.Opens, RolePageMatrix.Outcome((await client.GetAsync("/lado")).StatusCode, null));
    }
}
