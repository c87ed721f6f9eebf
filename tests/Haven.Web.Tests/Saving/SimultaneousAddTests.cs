using System.Net;
using Haven.Domain.Access;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Saving;

/// <summary>
/// Issue 11 item 7: Haven IDs and contact references come from a key table, so adds that arrive at the same moment
/// each get their own number instead of a unique-index failure; and a contact is decided once, however many
/// managers press the button at the same moment.
/// </summary>
public abstract class SimultaneousAddTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly string[] FirstNames = ["Anwen", "Bartholomew", "Cosima", "Dashiell", "Eluned", "Fenwick", "Guinevere", "Horatio", "Isolde", "Jericho"];
    private static readonly string[] LastNames = ["Abernathy", "Brightwater", "Castellano", "Dunwoody", "Ellsworth", "Fairweather", "Gulbenkian", "Hollingsworth", "Ingleby", "Jessop"];

    [Fact]
    public async Task Ten_people_added_at_the_same_moment_all_get_their_own_Haven_ID()
    {
        var worker = await app.CreateUserAsync("Parallel Adder", Role.SocialWorker);
        var clients = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.SignInAsync(worker)));
        var forms = await Task.WhenAll(clients.Select(c => c.GetFormAsync("/people/new")));

        var responses = await Task.WhenAll(clients.Select((client, i) => client.PostFormAsync("/people/new", forms[i], new()
        {
            ["Input.Kind"] = "Child", ["Input.FirstName"] = FirstNames[i], ["Input.LastName"] = LastNames[i], ["Input.BornStatus"] = "born",
            ["Input.DateOfBirth.Day"] = "1", ["Input.DateOfBirth.Month"] = "2", ["Input.DateOfBirth.Year"] = (2010 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Sex"] = "Female", ["Input.EthnicityCode"] = "WBRI", ["Input.InterpreterRequired"] = "no", ["Input.Disabilities"] = "NONE",
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var ids = await app.WithDbAsync(db => db.People.Where(p => LastNames.Contains(p.LastName)).Select(p => p.LaPersonId).ToListAsync());
        Assert.Equal(10, ids.Count);
        Assert.Equal(10, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^H[0-9]{7}$", id));
    }

    [Fact]
    public async Task Ten_contacts_recorded_at_the_same_moment_all_get_their_own_reference()
    {
        var worker = await app.CreateUserAsync("Parallel Contacts", Role.SocialWorker);
        var children = new List<Haven.Domain.People.Person>();
        for (var i = 0; i < 10; i++)
        {
            children.Add(await app.RegisterAsync(worker, FirstNames[i], LastNames[i] + "-Contact", new DateOnly(2015, 3, 1 + i)));
        }
        var clients = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.SignInAsync(worker)));
        var forms = await Task.WhenAll(clients.Select((c, i) => c.GetFormAsync($"/people/{children[i].Id}/contacts/new")));

        var responses = await Task.WhenAll(clients.Select((client, i) => client.PostFormAsync($"/people/{children[i].Id}/contacts/new", forms[i], new()
        {
            ["ReceivedDate.Day"] = "24", ["ReceivedDate.Month"] = "11", ["ReceivedDate.Year"] = "2026", ["ReceivedTime"] = "09:15",
            ["Route"] = "Phone", ["Kind"] = "Referral", ["SourceCode"] = "2A", ["ReferrerName"] = "Ms Ada Lovegood",
            ["Concern"] = "Child arrived at school hungry again.", ["Consent"] = "Given", ["ParentsAware"] = "No",
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var childIds = children.Select(c => c.Id).ToList();
        var references = await app.WithDbAsync(db => db.Contacts.Where(c => childIds.Contains(c.PersonId)).Select(c => c.Reference).ToListAsync());
        Assert.Equal(10, references.Count);
        Assert.Equal(10, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches("^C-2026-[0-9]{6}$", r));
    }

    [Fact]
    public async Task Two_managers_deciding_one_contact_at_once_make_one_decision_and_the_second_is_told()
    {
        var worker = await app.CreateUserAsync("Race Worker", Role.SocialWorker);
        var first = await app.CreateUserAsync("Race Manager One", Role.TeamManager);
        var second = await app.CreateUserAsync("Race Manager Two", Role.TeamManager);
        var one = await app.SignInAsync(first);
        var two = await app.SignInAsync(second);

        // Several contacts, each decided by both managers at once, so the race is run more than once.
        for (var round = 0; round < 4; round++)
        {
            var child = await app.RegisterAsync(worker, FirstNames[round], LastNames[round] + "-Race", new DateOnly(2016, 6, 1 + round));
            var contact = await app.AsUserAsync(worker, async s =>
            {
                var fd = s.GetRequiredService<FrontDoorService>();
                var c = (await fd.RecordAsync([child.Id], new ContactDetails(HavenAppFactory.Now.UtcDateTime.AddHours(-2), ContactRoute.Phone, ContactKind.Referral, "2A",
                    "Ms Lovegood", "School", null, null, null, null, "Bruise on her arm.", null, ConsentToShare.Given, null, YesNoNotKnown.No), CancellationToken.None))[0];
                await fd.MarkHistoryReadAsync(c.Id, null, CancellationToken.None);
                return c;
            });
            var page = $"/people/{child.Id}/contacts/{contact.Id}";
            var formOne = await one.GetFormAsync(page, "form[action*='handler=Decide']");
            var formTwo = await two.GetFormAsync(page, "form[action*='handler=Decide']");
            Dictionary<string, string> Decision(string why) => new()
            {
                ["Outcome"] = "ReferralForAssessment", ["Threshold"] = "ChildInNeed", ["Rationale"] = why, ["PrimaryNeed"] = "N1",
            };

            var responses = await Task.WhenAll(
                one.PostFormAsync(page + "?handler=Decide", formOne, Decision("Manager one: assessment needed.")),
                two.PostFormAsync(page + "?handler=Decide", formTwo, Decision("Manager two: assessment needed.")));

            Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"round {round}: {(int)r.StatusCode}"));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            var refused = responses.Single(r => r.StatusCode != HttpStatusCode.Redirect);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("already been decided", Html.MainText(await refused.ReadDocumentAsync()), StringComparison.Ordinal);
            Assert.Equal(1, await app.WithDbAsync(db => db.ScreeningDecisions.CountAsync(d => d.ContactId == contact.Id)));
            Assert.Equal(1, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.ContactId == contact.Id)));
        }
    }
}

public sealed class SimultaneousAddTestsOnSqlite(SqliteAppFactory app) : SimultaneousAddTests<SqliteAppFactory>(app);

public sealed class SimultaneousAddTestsOnPostgres(PostgresAppFactory app) : SimultaneousAddTests<PostgresAppFactory>(app);
