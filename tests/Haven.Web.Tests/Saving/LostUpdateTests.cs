using System.Net;
using AngleSharp.Html.Dom;
using Haven.Domain.Access;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Saving;

/// <summary>
/// Issue 11 item 6: two people editing the same record. The form carries the version it was loaded with; a save
/// against a version someone else has since replaced is not written, and the conflict page shows their change
/// beside the saved one, with their typing still in the form, so neither is lost.
/// </summary>
public abstract class LostUpdateTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> Details(string first, string last) => new()
    {
        ["Input.Kind"] = "Child", ["Input.FirstName"] = first, ["Input.LastName"] = last, ["Input.BornStatus"] = "born",
        ["Input.DateOfBirth.Day"] = "2", ["Input.DateOfBirth.Month"] = "2", ["Input.DateOfBirth.Year"] = "2012",
        ["Input.Sex"] = "Female", ["Input.EthnicityCode"] = "WBRI", ["Input.InterpreterRequired"] = "no", ["Input.Disabilities"] = "NONE",
    };

    /// <summary>The conflict panel's rows: field, what the user typed, what is saved now.</summary>
    private static List<(string Field, string Yours, string Saved)> ConflictRows(IHtmlDocument doc) =>
        doc.QuerySelectorAll("[data-edit-conflict] tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray())
            .Select(c => (c[0], c[1], c[2])).ToList();

    [Fact]
    public async Task Saving_person_details_over_a_newer_save_shows_both_changes_and_overwrites_nothing()
    {
        var first = await app.CreateUserAsync("First Editor", Role.SocialWorker);
        var second = await app.CreateUserAsync("Second Editor", Role.SocialWorker);
        var person = await app.RegisterAsync(first, "Marnie", "Oduya", new DateOnly(2012, 2, 2));
        var url = $"/people/{person.Id}/details";
        var one = await app.SignInAsync(first);
        var two = await app.SignInAsync(second);
        var formOne = await one.GetFormAsync(url);
        var formTwo = await two.GetFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await one.PostFormAsync(url, formOne, Details("Marnie", "Oduya-Banks"))).StatusCode);
        var stale = await two.PostFormAsync(url, formTwo, Details("Marni", "Oduya"));
        var doc = await stale.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("First Editor", doc.QuerySelector("[data-edit-conflict]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([("First name", "Marni", "Marnie"), ("Last name", "Oduya", "Oduya-Banks")], ConflictRows(doc));
        Assert.Equal("Marni", Html.Value(doc, "Input_FirstName"));
        var saved = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal(("Marnie", "Oduya-Banks"), (saved.FirstName, saved.LastName));
        Assert.Equal(1, await app.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.PersonId == person.Id && e.Type == Haven.Domain.Events.CaseEventTypes.PersonDetailsChanged)));

        // Merging by editing: the conflict form now carries the saved version, so the merged values save.
        var merge = doc.QuerySelectorAll("main form input[type=hidden]").Cast<IHtmlInputElement>().GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.Last().Value);
        Assert.Equal(HttpStatusCode.Redirect, (await two.PostFormAsync(url, merge, Details("Marni", "Oduya-Banks"))).StatusCode);
        saved = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal(("Marni", "Oduya-Banks"), (saved.FirstName, saved.LastName));
    }

    [Fact]
    public async Task Saving_an_assessment_section_over_a_newer_save_shows_both_and_overwrites_nothing()
    {
        var c = await app.ReferredChildAsync("Kezia", "Hallworth");
        var id = await app.AssessmentAsync(c, complete: false);
        var one = await app.SignInAsync(c.Worker);
        var two = await app.SignInAsync(c.Manager);
        var url = $"{c.Episode}/assessments/{id}/sections/views";
        var formOne = await one.GetFormAsync(url);
        var formTwo = await two.GetFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await one.PostFormAsync(url, formOne, new() { ["ParentsViews"] = "Mum wants help with routines.", ["OthersViews"] = "" })).StatusCode);
        var stale = await two.PostFormAsync(url, formTwo, new() { ["ParentsViews"] = "Mum says things are fine.", ["OthersViews"] = "School is worried." });
        var doc = await stale.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(("Parents' views", "Mum says things are fine.", "Mum wants help with routines."), ConflictRows(doc));
        Assert.Equal("Mum says things are fine.", doc.QuerySelector("#ParentsViews")!.TextContent.Trim());
        var saved = await app.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("Mum wants help with routines.", (string?)null), (saved.ParentsViews, saved.OthersViews));
    }
}

public sealed class LostUpdateTestsOnSqlite(SqliteAppFactory app) : LostUpdateTests<SqliteAppFactory>(app);

public sealed class LostUpdateTestsOnPostgres(PostgresAppFactory app) : LostUpdateTests<PostgresAppFactory>(app);
