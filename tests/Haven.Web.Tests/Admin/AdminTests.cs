using System.Net;
using AngleSharp.Html.Dom;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Workforce;
using Haven.Web.Features.Admin;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Admin;

public abstract class AdminTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private AdminHost Host => AdminHost.For(app);

    private async Task<(ApplicationUser Admin, HttpClient Client)> SignedInAdminAsync()
    {
        var admin = await app.CreateUserAsync("Ada Admin", Role.SystemAdministrator);
        return (admin, await Host.SignInAsync(admin.Email!));
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private List<LogEntry> Audit(string action, string targetId) =>
        Host.Log.Entries.Where(e => e.EventId.Name == "AdminChange" && e["Action"] == action && e["TargetId"] == targetId).ToList();

    private Task<ApplicationUser?> FindUserAsync(string email) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email));

    private static Dictionary<string, string> CreateUserFields(string name, string email, Role role, string password, Guid? team = null) => new()
    {
        ["NewName"] = name, ["NewEmail"] = email, ["NewRole"] = role.ToString(), ["NewTeamId"] = team?.ToString() ?? "", ["NewPassword"] = password,
    };

    private async Task<HttpResponseMessage> CreateUserAsync(HttpClient client, Dictionary<string, string> fields) =>
        await client.PostFormAsync("/admin/users?handler=Create", await client.GetFormAsync("/admin/users"), fields);

    private async Task<Team> AddTeamAsync(string name, string? managerId = null)
    {
        var team = new Team { Id = Guid.NewGuid(), Name = name, ManagerUserId = managerId, Service = "Assessment" };
        await app.WithDbAsync(async db =>
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        });
        return team;
    }

    private static List<string> Column(IHtmlDocument doc, int index) =>
        doc.QuerySelectorAll("table.govuk-table tbody tr").Select(r => r.Children[index].TextContent.Trim()).ToList();

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/teams")]
    [InlineData("/admin/users.csv")]
    public async Task Only_a_system_administrator_can_open_the_admin_pages(string url)
    {
        var worker = await app.CreateUserAsync("Sam Social", Role.SocialWorker);
        var manager = await app.CreateUserAsync("Tina Team", Role.TeamManager);
        var (_, admin) = await SignedInAdminAsync();

        foreach (var user in new[] { worker, manager })
        {
            var refused = await (await Host.SignInAsync(user.Email!)).GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        var anonymous = await Host.Client().GetAsync(url);
        Assert.StartsWith("/sign-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_shows_identitys_message_next_to_the_password_and_creates_nothing()
    {
        var (_, client) = await SignedInAdminAsync();
        var email = $"weak.{Guid.NewGuid():N}@council.test";

        var response = await CreateUserAsync(client, CreateUserFields("Wendy Weak", email, Role.SocialWorker, "password1"));
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Passwords must be at least 12 characters", Html.InlineError(doc, "NewPassword"), StringComparison.Ordinal);
        Assert.Contains(Html.ErrorSummary(doc), m => m.StartsWith("Passwords must be at least 12 characters", StringComparison.Ordinal));
        Assert.Equal("Wendy Weak", Html.Value(doc, "NewName"));
        Assert.Null(await FindUserAsync(email));
    }

    [Fact]
    public async Task Missing_details_are_errors_next_to_their_fields()
    {
        var (_, client) = await SignedInAdminAsync();

        var response = await client.PostFormAsync("/admin/users?handler=Create", await client.GetFormAsync("/admin/users"),
            new() { ["NewName"] = "", ["NewEmail"] = "not-an-email", ["NewRole"] = "", ["NewPassword"] = "" });
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the person's full name", Html.InlineError(doc, "NewName"));
        Assert.Equal("Enter an email address in the correct format, like name@council.gov.uk", Html.InlineError(doc, "NewEmail"));
        Assert.Equal("Select the person's role", Html.InlineError(doc, "NewRole"));
        Assert.Equal("Enter a temporary password", Html.InlineError(doc, "NewPassword"));
    }

    [Fact]
    public async Task A_new_account_is_created_audited_and_must_set_up_two_factor_at_first_sign_in()
    {
        var (admin, client) = await SignedInAdminAsync();
        var team = await AddTeamAsync(Unique("Assessment"));
        var email = $"new.starter.{Guid.NewGuid():N}@council.test";

        var response = await CreateUserAsync(client, CreateUserFields("Nia Starter", email, Role.SocialWorker, HavenAppFactory.Password, team.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync("/admin/users");
        Assert.Contains("Account created for Nia Starter", list.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var created = await FindUserAsync(email);
        Assert.NotNull(created);
        Assert.Equal(team.Id, created.TeamId);
        Assert.False(created.IsDemoAccount);
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == created.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SocialWorker))));

        var audit = Assert.Single(Audit(AdminAudit.UserCreated, created.Id));
        Assert.Equal(admin.Id, audit["ActorUserId"]);
        Assert.Equal("Ada Admin", audit["ActorName"]);
        Assert.Equal("Nia Starter", audit["TargetName"]);
        Assert.Contains(email, audit["After"], StringComparison.Ordinal);
        Assert.Contains(team.Name, audit["After"], StringComparison.Ordinal);
        Assert.NotNull(audit["OccurredAtUtc"]);

        var starter = await Host.SignInAsync(email);
        var first = await starter.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/account/two-factor", first.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_email_already_in_use_is_refused()
    {
        var existing = await app.CreateUserAsync("Already Here", Role.SocialWorker);
        var (_, client) = await SignedInAdminAsync();

        var response = await CreateUserAsync(client, CreateUserFields("Someone Else", existing.Email!, Role.SocialWorker, HavenAppFactory.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(Html.InlineError(await response.ReadDocumentAsync(), "NewEmail"));
    }

    [Fact]
    public async Task Unlocking_an_account_lets_its_owner_sign_in_again_and_is_audited()
    {
        var user = await app.CreateUserAsync("Lou Locked", Role.SocialWorker);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var tracked = (await users.FindByIdAsync(user.Id))!;
            await users.SetLockoutEndDateAsync(tracked, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }
        var (_, client) = await SignedInAdminAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.SignInAsync(user.Email!));

        var page = await client.GetDocumentAsync($"/admin/users/{user.Id}");
        Assert.Contains("Locked until", Html.MainText(page), StringComparison.Ordinal);
        var response = await client.PostFormAsync($"/admin/users/{user.Id}?handler=Unlock",
            await client.GetFormAsync($"/admin/users/{user.Id}", "form[action*='handler=Unlock']"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await FindUserAsync(user.Email!))!.LockoutEnd);
        Assert.Contains("account is unlocked", (await client.GetDocumentAsync($"/admin/users/{user.Id}")).QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        await Host.SignInAsync(user.Email!);
        var audit = Assert.Single(Audit(AdminAudit.UserUnlocked, user.Id));
        Assert.StartsWith("locked until 2100-01-01", audit["Before"], StringComparison.Ordinal);
        Assert.Equal("unlocked", audit["After"]);
    }

    [Fact]
    public async Task A_team_needs_a_name_and_nothing_is_saved_without_one()
    {
        var (_, client) = await SignedInAdminAsync();
        var before = await app.WithDbAsync(db => db.Teams.CountAsync());

        var response = await client.PostFormAsync("/admin/teams", await client.GetFormAsync("/admin/teams"),
            new() { ["NewName"] = "   ", ["NewService"] = "Assessment", ["NewManagerId"] = "" });
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the team's name", Html.InlineError(doc, "NewName"));
        Assert.Equal(["Enter the team's name"], Html.ErrorSummary(doc));
        Assert.Equal(before, await app.WithDbAsync(db => db.Teams.CountAsync()));
    }

    [Fact]
    public async Task Team_names_are_unique_and_the_manager_must_be_a_manager()
    {
        var existing = await AddTeamAsync(Unique("Duplicate"));
        var worker = await app.CreateUserAsync("Not Amanager", Role.SocialWorker);
        var (_, client) = await SignedInAdminAsync();

        var options = (await client.GetDocumentAsync("/admin/teams")).QuerySelectorAll("#NewManagerId option").Select(o => o.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Not Amanager", options);
        var response = await client.PostFormAsync("/admin/teams", await client.GetFormAsync("/admin/teams"),
            new() { ["NewName"] = existing.Name.ToUpperInvariant(), ["NewService"] = "", ["NewManagerId"] = worker.Id });
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("There is already a team with that name", Html.InlineError(doc, "NewName"));
        Assert.Equal("Select a team manager or service manager from the list", Html.InlineError(doc, "NewManagerId"));
    }

    [Fact]
    public async Task Teams_are_created_listed_with_manager_and_members_and_their_manager_changed()
    {
        var manager = await app.CreateUserAsync("Mo Manager", Role.TeamManager);
        var serviceManager = await app.CreateUserAsync("Sue Service", Role.ServiceManager);
        var (admin, client) = await SignedInAdminAsync();
        var name = Unique("Child protection");

        var created = await client.PostFormAsync("/admin/teams", await client.GetFormAsync("/admin/teams"),
            new() { ["NewName"] = "  " + name + " ", ["NewService"] = "Child protection", ["NewManagerId"] = manager.Id });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var team = await app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Name == name));
        Assert.Equal(manager.Id, team.ManagerUserId);
        Assert.Equal("Child protection", team.Service);
        await app.CreateUserAsync("Member One", Role.SocialWorker, team.Id);
        await app.CreateUserAsync("Member Two", Role.BusinessSupport, team.Id);

        var list = await client.GetDocumentAsync("/admin/teams");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent.Trim() == name);
        Assert.Equal([name, "Child protection", "Mo Manager", "2"], row.Children.Select(c => c.TextContent.Trim()));
        Assert.Equal($"/admin/teams/{team.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        var audit = Assert.Single(Audit(AdminAudit.TeamCreated, team.Id.ToString()));
        Assert.Equal(admin.Id, audit["ActorUserId"]);
        Assert.Contains("Mo Manager", audit["After"], StringComparison.Ordinal);

        var teamPage = await client.GetDocumentAsync($"/admin/teams/{team.Id}");
        Assert.Equal(["Member One", "Member Two"], Column(teamPage, 0));
        var changed = await client.PostFormAsync($"/admin/teams/{team.Id}", await client.GetFormAsync($"/admin/teams/{team.Id}"), new() { ["ManagerId"] = serviceManager.Id });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(serviceManager.Id, (await app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == team.Id))).ManagerUserId);
        Assert.Contains("Sue Service now manages", (await client.GetDocumentAsync($"/admin/teams/{team.Id}")).QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var change = Assert.Single(Audit(AdminAudit.TeamManagerChanged, team.Id.ToString()));
        Assert.Equal(("Mo Manager", "Sue Service"), (change["Before"], change["After"]));

        var refused = await client.PostFormAsync($"/admin/teams/{team.Id}", await client.GetFormAsync($"/admin/teams/{team.Id}"), new() { ["ManagerId"] = admin.Id });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Select a team manager or service manager from the list", Html.InlineError(await refused.ReadDocumentAsync(), "ManagerId"));
    }

    [Fact]
    public async Task A_user_is_moved_to_a_team_and_given_a_new_role_from_their_page()
    {
        var from = await AddTeamAsync(Unique("Old team"));
        var to = await AddTeamAsync(Unique("New team"));
        var user = await app.CreateUserAsync("Moving Worker", Role.SocialWorker, from.Id);
        var (_, client) = await SignedInAdminAsync();
        var url = $"/admin/users/{user.Id}";

        var page = await client.GetDocumentAsync(url);
        Assert.Equal(from.Id.ToString(), (page.QuerySelector("#NewTeamId option[selected]") as IHtmlOptionElement)?.Value);
        var moved = await client.PostFormAsync(url + "?handler=Team", await client.GetFormAsync(url, "form[action*='handler=Team']"), new() { ["NewTeamId"] = to.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var role = await client.PostFormAsync(url + "?handler=Role", await client.GetFormAsync(url, "form[action*='handler=Role']"), new() { ["NewRole"] = nameof(Role.TeamManager) });
        Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);

        var after = await client.GetDocumentAsync(url);
        Assert.Contains("is now a team manager", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(to.Id, (await FindUserAsync(user.Email!))!.TeamId);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.Equal([Roles.TeamManager], await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!));
        }
        var teamChange = Assert.Single(Audit(AdminAudit.UserTeamChanged, user.Id));
        Assert.Equal((from.Name, to.Name), (teamChange["Before"], teamChange["After"]));
        var roleChange = Assert.Single(Audit(AdminAudit.UserRoleChanged, user.Id));
        Assert.Equal(("Social worker", "Team manager"), (roleChange["Before"], roleChange["After"]));

        var badTeam = await client.PostFormAsync(url + "?handler=Team", await client.GetFormAsync(url, "form[action*='handler=Team']"), new() { ["NewTeamId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, badTeam.StatusCode);
        Assert.Equal("Select a team from the list", Html.InlineError(await badTeam.ReadDocumentAsync(), "NewTeamId"));
    }

    [Fact]
    public async Task An_administrator_cannot_change_their_own_role()
    {
        var (admin, client) = await SignedInAdminAsync();
        var url = $"/admin/users/{admin.Id}";
        Assert.Null((await client.GetDocumentAsync(url)).QuerySelector("form[action*='handler=Role']"));

        var response = await client.PostFormAsync(url + "?handler=Role", await client.GetFormAsync(url, "form[action*='handler=Team']"), new() { ["NewRole"] = nameof(Role.SocialWorker) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Equal([Roles.SystemAdministrator], await users.GetRolesAsync((await users.FindByIdAsync(admin.Id))!));
    }

    [Fact]
    public async Task Resetting_two_factor_turns_it_off_replaces_the_key_and_makes_them_set_it_up_again()
    {
        var user = await app.CreateUserAsync("Lost Phone", Role.SocialWorker, twoFactor: true, demo: false);
        string oldKey;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            oldKey = (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id))!))!;
        }
        var (_, client) = await SignedInAdminAsync();
        var url = $"/admin/users/{user.Id}";

        var requested = await client.PostFormAsync(url + "?handler=ResetTwoFactor", await client.GetFormAsync(url, "form[action*='handler=ResetTwoFactor']"), []);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        // A reset needs a second administrator's approval (issue 11 item 2).
        var approver = await Host.SignInAsync((await app.CreateUserAsync("Bea Approver", Role.SystemAdministrator)).Email!);
        var response = await approver.PostFormAsync(url + "?handler=ApproveTwoFactorReset", await approver.GetFormAsync(url, "form[action*='handler=ApproveTwoFactorReset']"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var reset = (await users.FindByIdAsync(user.Id))!;
            Assert.False(reset.TwoFactorEnabled);
            Assert.NotEqual(oldKey, await users.GetAuthenticatorKeyAsync(reset));
            Assert.Equal(0, await users.CountRecoveryCodesAsync(reset));
        }
        var audit = Assert.Single(Audit(AdminAudit.UserTwoFactorReset, user.Id));
        Assert.Equal("on", audit["Before"]);
        // With two-factor off, the password alone signs in, straight into setting it up again.
        var owner = await Host.SignInAsync(user.Email!);
        var next = await owner.GetAsync("/people");
        Assert.Equal("/account/two-factor", next.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_csv_export_has_a_header_row_and_the_users()
    {
        var team = await AddTeamAsync(Unique("Export, \"quoted\""));
        var user = await app.CreateUserAsync("Formula Person", Role.Auditor, team.Id);
        // A name a spreadsheet would run as a formula must come out as text.
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "=Formula Person")));
        var (_, client) = await SignedInAdminAsync();

        var response = await client.GetAsync("/admin/users.csv");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal("Name,Email,Role,Team,Two-factor,Status,Demo account", lines[0].TrimStart('\uFEFF'));
        var teamField = "\"" + team.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Assert.Contains($"'=Formula Person,{user.Email},Auditor,{teamField},Off,Active,Yes", lines);
        Assert.Contains(lines, l => l.StartsWith("Ada Admin,", StringComparison.Ordinal));

        var filtered = (await client.GetStringAsync($"/admin/users.csv?team={team.Id}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, filtered.Length);
    }

    [Fact]
    public async Task The_users_list_filters_by_role_and_team_and_sorts_by_name_role_and_team()
    {
        var alpha = await AddTeamAsync(Unique("Aardvark team"));
        var zulu = await AddTeamAsync(Unique("Zebra team"));
        var tag = Guid.NewGuid().ToString("N")[..6];
        await app.CreateUserAsync($"Carol {tag}", Role.SocialWorker, zulu.Id);
        await app.CreateUserAsync($"Alan {tag}", Role.Auditor, alpha.Id);
        await app.CreateUserAsync($"Beth {tag}", Role.SocialWorker, alpha.Id);
        await app.CreateUserAsync($"Dev {tag}", Role.SocialWorker);
        var (_, client) = await SignedInAdminAsync();
        IReadOnlyList<string> Mine(IHtmlDocument doc) => Column(doc, 0).Where(n => n.Contains(tag, StringComparison.Ordinal)).Select(n => n.Split(' ')[0]).ToList();

        var byName = await client.GetDocumentAsync("/admin/users?sort=name&dir=asc");
        Assert.Equal(["Alan", "Beth", "Carol", "Dev"], Mine(byName));
        Assert.Equal(["Dev", "Carol", "Beth", "Alan"], Mine(await client.GetDocumentAsync("/admin/users?sort=name&dir=desc")));
        Assert.Equal("ascending", byName.QuerySelectorAll("thead th")[0].GetAttribute("aria-sort"));
        Assert.Equal("/admin/users?sort=name&dir=desc", byName.QuerySelector("thead th a")!.GetAttribute("href"));

        Assert.Equal(["Alan", "Beth", "Carol", "Dev"], Mine(await client.GetDocumentAsync("/admin/users?sort=role")));
        var byRoleDesc = Mine(await client.GetDocumentAsync("/admin/users?sort=role&dir=desc"));
        Assert.Equal("Alan", byRoleDesc[^1]);
        // People without a team come last whichever way the teams are sorted.
        Assert.Equal(["Alan", "Beth", "Carol", "Dev"], Mine(await client.GetDocumentAsync("/admin/users?sort=team")));
        Assert.Equal(["Carol", "Alan", "Beth", "Dev"], Mine(await client.GetDocumentAsync("/admin/users?sort=team&dir=desc")));

        Assert.Equal(["Beth", "Carol", "Dev"], Mine(await client.GetDocumentAsync("/admin/users?role=SocialWorker")));
        Assert.Equal(["Alan", "Beth"], Mine(await client.GetDocumentAsync($"/admin/users?team={alpha.Id}")));
        var both = await client.GetDocumentAsync($"/admin/users?role=SocialWorker&team={alpha.Id}&sort=name&dir=desc");
        Assert.Equal(["Beth"], Mine(both));
        Assert.Equal("SocialWorker", (both.QuerySelector("#role option[selected]") as IHtmlOptionElement)?.Value);
        Assert.Contains($"/admin/users.csv?role=SocialWorker&team={alpha.Id}&sort=name&dir=desc",
            both.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Dev", Mine(await client.GetDocumentAsync($"/admin/users?team={UserListQuery.NoTeam}")));

        var nonsense = await client.GetAsync("/admin/users?role=Wizard&sort=shoe-size&p=abc");
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.Empty(Html.ErrorSummary(await nonsense.ReadDocumentAsync()));
    }
}

public sealed class AdminTestsOnSqlite(SqliteAppFactory app) : AdminTests<SqliteAppFactory>(app);

public sealed class AdminTestsOnPostgres(PostgresAppFactory app) : AdminTests<PostgresAppFactory>(app);
