using System.Net;
using System.Text.RegularExpressions;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.People;

/// <summary>
/// Issue 17's warning bugs: a start date is never in the future; a warning can be ended, changed and removed, each
/// an audited case event; the banner says since when and stays compact; list headings keep their case. Both databases.
/// </summary>
public abstract class WarningLifeTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private async Task<(ApplicationUser Worker, Person Child, HttpClient Client)> ChildAsync(string first)
    {
        var worker = await app.CreateUserAsync($"{first} Warning Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, first, "Warnworth", new DateOnly(2012, 7, 7));
        return (worker, child, await app.SignInAsync(worker));
    }

    private Task<Guid> FlagAsync(Person child, FlagType type, DateOnly from, string? note = null) => app.WithDbAsync(async db =>
    {
        var flag = new PersonFlag { Id = Guid.NewGuid(), PersonId = child.Id, Type = type, From = from, Note = note };
        db.PersonFlags.Add(flag);
        await db.SaveChangesAsync();
        return flag.Id;
    });

    private Task<List<CaseEvent>> EventsAsync(Person child, string type) =>
        app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == type).OrderBy(e => e.Id).ToListAsync());

    private static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> With(Dictionary<string, string> a, Dictionary<string, string> b)
    {
        var all = new Dictionary<string, string>(a);
        foreach (var (key, value) in b)
        {
            all[key] = value;
        }
        return all;
    }

    private static string Squash(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public async Task A_warning_cannot_start_in_the_future_and_what_was_typed_is_kept()
    {
        var (_, child, client) = await ChildAsync("Rosa");
        var url = $"/people/{child.Id}/warnings/new";
        var refused = await client.PostFormAsync(url, await client.GetFormAsync(url),
            With(Date("From", new DateOnly(2030, 1, 1)), new() { ["Type"] = "YoungCarer", ["Note"] = "Cares for mum" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("The date the warning starts must be today or in the past", Html.InlineError(doc, "From"));
        Assert.Equal("Cares for mum", doc.QuerySelector("#Note")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.PersonFlags.CountAsync(f => f.PersonId == child.Id)));
    }

    [Fact]
    public async Task A_warning_can_be_ended_with_a_date_and_reason_and_it_is_audited()
    {
        var (worker, child, client) = await ChildAsync("Nell");
        var flagId = await FlagAsync(child, FlagType.MissingFromHome, new DateOnly(2026, 10, 1), "Goes missing at weekends");
        var url = $"/people/{child.Id}/warnings/{flagId}/end";
        var form = await client.GetFormAsync(url);

        var early = await client.PostFormAsync(url, form, With(Date("EndDate", new DateOnly(2026, 9, 1)), new() { ["Reason"] = "Settled at home" }));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("The date the warning ended must be the same as or after it started on 1 October 2026", Html.InlineError(await early.ReadDocumentAsync(), "EndDate"));
        var noReason = await client.PostFormAsync(url, form, With(Date("EndDate", new DateOnly(2026, 11, 20)), new() { ["Reason"] = " " }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Enter why the warning has ended", Html.InlineError(await noReason.ReadDocumentAsync(), "Reason"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, With(Date("EndDate", new DateOnly(2026, 11, 20)), new() { ["Reason"] = "Settled at home" }))).StatusCode);
        var flag = await app.WithDbAsync(db => db.PersonFlags.SingleAsync(f => f.Id == flagId));
        Assert.Equal((new DateOnly(2026, 11, 20), "Settled at home", worker.DisplayName), (flag.To, flag.EndReason, flag.EndedByName));
        var ended = Assert.Single(await EventsAsync(child, CaseEventTypes.FlagEnded));
        Assert.Equal("Settled at home", ended.Reason);
        Assert.Contains(new FieldChange("Ended", null, "20 November 2026"), ended.Changes);
        Assert.DoesNotContain("Goes missing at weekends", Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warning_can_be_changed_and_removed_with_a_reason_each_audited()
    {
        var (_, child, client) = await ChildAsync("Bea");
        var flagId = await FlagAsync(child, FlagType.RiskToStaff, new DateOnly(2026, 10, 1), "Dad threatening");
        var edit = $"/people/{child.Id}/warnings/{flagId}/edit";
        var changed = await client.PostFormAsync(edit, await client.GetFormAsync(edit), With(Date("From", new DateOnly(2026, 10, 1)), new() { ["Note"] = "Dad threatening: visit in pairs" }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("Dad threatening: visit in pairs", (await app.WithDbAsync(db => db.PersonFlags.SingleAsync(f => f.Id == flagId))).Note);
        var change = Assert.Single(await EventsAsync(child, CaseEventTypes.FlagChanged));
        Assert.Contains(new FieldChange("Details", "Dad threatening", "Dad threatening: visit in pairs"), change.Changes);

        var remove = $"/people/{child.Id}/warnings/{flagId}/remove";
        var noReason = await client.PostFormAsync(remove, await client.GetFormAsync(remove), new() { ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.PersonFlags.CountAsync(f => f.Id == flagId)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(remove, await client.GetFormAsync(remove), new() { ["Reason"] = "Added to the wrong child" })).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.PersonFlags.CountAsync(f => f.Id == flagId)));
        var removed = Assert.Single(await EventsAsync(child, CaseEventTypes.FlagRemoved));
        Assert.Equal("Added to the wrong child", removed.Reason);
        Assert.Contains(new FieldChange("Warning", "Risk to staff", null), removed.Changes);
    }

    [Fact]
    public async Task The_banner_says_since_when_and_many_warnings_stay_compact_above_the_tabs()
    {
        var (_, child, client) = await ChildAsync("Maya");
        await FlagAsync(child, FlagType.RiskToStaff, new DateOnly(2026, 10, 1), "Dog at the address");
        var one = await client.GetDocumentAsync($"/people/{child.Id}");
        Assert.Contains("Risk to staff: Dog at the address (since 1 October 2026)", Squash(one.QuerySelector("main .govuk-warning-text")!.TextContent), StringComparison.Ordinal);

        foreach (var type in new[] { FlagType.MissingFromHome, FlagType.YoungCarer, FlagType.Disability, FlagType.Allergy, FlagType.FemaleGenitalMutilation })
        {
            await FlagAsync(child, type, new DateOnly(2026, 11, 2));
        }
        var six = await client.GetDocumentAsync($"/people/{child.Id}");
        var nav = six.QuerySelector("main nav.moj-sub-navigation")!;
        // Everything between the name and the tabs: one warning line, and the details folded away.
        var before = six.QuerySelectorAll("main .govuk-warning-text").Where(w => (w.CompareDocumentPosition(nav) & AngleSharp.Dom.DocumentPositions.Following) != 0).ToList();
        Assert.Single(before);
        Assert.Contains("6 warnings", before[0].TextContent, StringComparison.Ordinal);
        var details = six.QuerySelector("main details.haven-warnings")!;
        Assert.Contains("Show all 6 warnings", details.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Female genital mutilation (FGM) (since 2 November 2026)", Squash(details.TextContent), StringComparison.Ordinal);
        Assert.Contains("Risk to staff: Dog at the address (since 1 October 2026)", Squash(details.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warning_list_heading_keeps_its_case()
    {
        var (_, _, client) = await ChildAsync("Zoe");
        var doc = await client.GetDocumentAsync("/chronology/flags?type=FemaleGenitalMutilation");
        Assert.Equal("Children with a warning: Female genital mutilation (FGM)", doc.QuerySelector("h1")!.TextContent.Trim());
    }
}

public sealed class WarningLifeTestsOnSqlite(SqliteAppFactory app) : WarningLifeTests<SqliteAppFactory>(app);

public sealed class WarningLifeTestsOnPostgres(PostgresAppFactory app) : WarningLifeTests<PostgresAppFactory>(app);
