using System.Globalization;
using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CaseRecording;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.CaseNotes;

/// <summary>Case notes through the real pages, on both databases.</summary>
public abstract class CaseNoteTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private async Task<(ApplicationUser Worker, Person Child, HttpClient Client)> SetUpAsync()
    {
        var worker = await app.CreateUserAsync("Sam Visiting", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Mia", "Fairweather", new DateOnly(2016, 6, 12));
        return (worker, child, await app.SignInAsync(worker));
    }

    private static string Url(Person child, string path = "") => $"/people/{child.Id}/case-notes{path}";

    private static Dictionary<string, string> Note(DateOnly date, Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["OccurredOn.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
            ["OccurredOn.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
            ["OccurredOn.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
            ["Subject"] = "Statutory visit",
            ["Text"] = "Saw Mia in her bedroom. She showed me her drawings and said she feels safe at home.",
        };
        foreach (var (key, value) in extra ?? [])
        {
            fields[key] = value;
        }
        return fields;
    }

    [Fact]
    public async Task A_home_visit_where_the_child_was_seen_alone_is_saved_audited_and_listed()
    {
        var (worker, child, client) = await SetUpAsync();
        var form = await client.GetFormAsync(Url(child, "/new"));
        var posted = await client.PostFormAsync(Url(child, "/new"), form, Note(new DateOnly(2026, 11, 24), new()
        {
            ["Type"] = "HomeVisit", ["VisitWentAhead"] = "true", ["ChildSeen"] = "true", ["SeenAlone"] = "true", ["VisitPurpose"] = "ChildProtection", ["Significant"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith(Url(child), posted.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var note = await app.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.PersonId == child.Id));
        Assert.Equal((CaseNoteType.HomeVisit, true, true, false), (note.Type, note.ChildSeen, note.SeenAlone, note.VisitFailed));
        Assert.Equal(VisitPurpose.ChildProtection, note.VisitPurpose);
        Assert.True(note.IsVisitWhereChildSeen);
        Assert.True(note.IsSignificant);
        Assert.Equal(new DateOnly(2026, 11, 24), note.OccurredOn);
        Assert.Equal(("Sam Visiting", worker.Id), (note.RecordedByName, note.RecordedByUserId));

        var added = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.CaseNoteAdded));
        Assert.Equal("Home visit recorded: Statutory visit", added.Summary);
        Assert.Contains(new FieldChange("Visit", null, "Child seen alone"), added.Changes);

        var list = Html.MainText(await client.GetDocumentAsync(Url(child)));
        Assert.Contains("Statutory visit", list, StringComparison.Ordinal);
        Assert.Contains("Home visit", list, StringComparison.Ordinal);
        Assert.Contains("Child seen alone", list, StringComparison.Ordinal);
        Assert.Contains("Significant", list, StringComparison.Ordinal);
        var page = Html.MainText(await client.GetDocumentAsync(Url(child, $"/{note.Id}")));
        Assert.Contains("she feels safe at home", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_text_and_seen_alone_without_being_seen_are_refused_keeping_what_was_typed()
    {
        var (_, child, client) = await SetUpAsync();
        var form = await client.GetFormAsync(Url(child, "/new"));
        var refused = await client.PostFormAsync(Url(child, "/new"), form, Note(new DateOnly(2026, 11, 24), new()
        {
            ["Type"] = "HomeVisit", ["Text"] = "  ", ["Subject"] = "Unannounced visit", ["VisitWentAhead"] = "true", ["ChildSeen"] = "false", ["SeenAlone"] = "true", ["VisitPurpose"] = "ChildInNeed",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(["Enter what happened", "The child cannot have been seen alone if they were not seen"], Html.ErrorSummary(doc));
        Assert.Equal("Enter what happened", Html.InlineError(doc, "Text"));
        Assert.Equal("The child cannot have been seen alone if they were not seen", Html.InlineError(doc, "ChildSeen"));
        Assert.Equal("Unannounced visit", Html.Value(doc, "Subject"));
        Assert.StartsWith("Error:", doc.Title, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.PersonId == child.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.CaseNoteAdded)));

        var noType = await client.PostFormAsync(Url(child, "/new"), form, Note(new DateOnly(2026, 11, 24)));
        Assert.Equal(["Select what kind of note this is"], Html.ErrorSummary(await noType.ReadDocumentAsync()));
    }

    [Fact]
    public async Task A_failed_visit_is_kept_and_does_not_count_as_seeing_the_child()
    {
        var (_, child, client) = await SetUpAsync();
        var form = await client.GetFormAsync(Url(child, "/new"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Url(child, "/new"), form, Note(new DateOnly(2026, 11, 23), new()
        {
            ["Type"] = "HomeVisit", ["Subject"] = "No answer", ["VisitWentAhead"] = "false", ["VisitPurpose"] = "ChildProtection",
        }))).StatusCode);
        var note = await app.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.PersonId == child.Id));
        Assert.True(note.VisitFailed);
        Assert.False(note.IsVisitWhereChildSeen);
        Assert.Contains("Visit failed: no answer or refused", Html.MainText(await client.GetDocumentAsync(Url(child))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_newest_first_filters_by_type_and_dates_sorts_and_pages()
    {
        var (worker, child, client) = await SetUpAsync();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 25; i++)
            {
                db.CaseNotes.Add(new CaseNote
                {
                    Id = Guid.NewGuid(), PersonId = child.Id, Type = i % 5 == 0 ? CaseNoteType.PhoneCall : CaseNoteType.Meeting,
                    OccurredOn = new DateOnly(2026, 10, 1).AddDays(i), Subject = $"Note {i:00}", Text = "Text",
                    RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc),
                });
            }
            await db.SaveChangesAsync();
        });

        static List<string> Subjects(AngleSharp.Html.Dom.IHtmlDocument doc) =>
            doc.QuerySelectorAll("main table tbody tr td:nth-child(3) a").Select(a => a.TextContent.Trim()).ToList();

        var first = await client.GetDocumentAsync(Url(child));
        Assert.Equal(20, Subjects(first).Count);
        Assert.Equal("Note 24", Subjects(first)[0]);
        Assert.Contains("25 notes", Html.MainText(first), StringComparison.Ordinal);
        var second = await client.GetDocumentAsync(Url(child, "?p=2"));
        Assert.Equal(["Note 04", "Note 03", "Note 02", "Note 01", "Note 00"], Subjects(second));

        var oldest = await client.GetDocumentAsync(Url(child, "?sort=date&dir=asc"));
        Assert.Equal("Note 00", Subjects(oldest)[0]);

        var calls = await client.GetDocumentAsync(Url(child, "?type=PhoneCall"));
        Assert.Equal(["Note 20", "Note 15", "Note 10", "Note 05", "Note 00"], Subjects(calls));

        var range = await client.GetDocumentAsync(Url(child, "?From.Day=5&From.Month=10&From.Year=2026&To.Day=7&To.Month=10&To.Year=2026"));
        Assert.Equal(["Note 06", "Note 05", "Note 04"], Subjects(range));

        var backwards = await client.GetAsync(Url(child, "?From.Day=7&From.Month=10&From.Year=2026&To.Day=5&To.Month=10&To.Year=2026"));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(["The to date must be the same as or after the from date"], Html.ErrorSummary(await backwards.ReadDocumentAsync()));
    }

    [Fact]
    public async Task An_auditor_can_read_case_notes_but_not_add_one()
    {
        var (_, child, _) = await SetUpAsync();
        var auditor = await app.CreateUserAsync("Case Note Auditor", Role.Auditor);
        var client = await app.SignInAsync(auditor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url(child))).StatusCode);
        var add = await client.GetAsync(Url(child, "/new"));
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Contains("access-denied", add.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
    [Fact]
    public async Task Business_support_cannot_record_a_home_visit_but_can_record_a_phone_call()
    {
        // A home visit counts toward the child protection visit clock, so only social workers and their managers
        // may record one; business support file the other notes (calls, meetings, minutes).
        var worker = await app.CreateUserAsync("Sam Allocated", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Ola", "Brightwater", new DateOnly(2015, 3, 9));
        var support = await app.SignInAsync(await app.CreateUserAsync("Bea Support", Role.BusinessSupport));
        var form = await support.GetFormAsync(Url(child, "/new"));
        var visit = await support.PostFormAsync(Url(child, "/new"), form, Note(new DateOnly(2026, 11, 24), new()
        {
            ["Type"] = "HomeVisit", ["VisitWentAhead"] = "true", ["ChildSeen"] = "true", ["SeenAlone"] = "true", ["VisitPurpose"] = "ChildProtection",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, visit.StatusCode);
        var doc = await visit.ReadDocumentAsync();
        Assert.Equal(["Only a social worker or their manager can record a home visit. Choose another type of note"], Html.ErrorSummary(doc));
        Assert.Equal("Only a social worker or their manager can record a home visit. Choose another type of note", Html.InlineError(doc, "Type"));
        Assert.Equal("Statutory visit", Html.Value(doc, "Subject"));
        Assert.False(await app.WithDbAsync(db => db.CaseNotes.AnyAsync(n => n.PersonId == child.Id)));

        var call = await support.PostFormAsync(Url(child, "/new"), form, Note(new DateOnly(2026, 11, 24), new() { ["Type"] = "PhoneCall" }));
        Assert.Equal(HttpStatusCode.Redirect, call.StatusCode);
        Assert.Equal(CaseNoteType.PhoneCall, (await app.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.PersonId == child.Id))).Type);
    }
}

public sealed class CaseNoteTestsOnSqlite(SqliteAppFactory app) : CaseNoteTests<SqliteAppFactory>(app);

public sealed class CaseNoteTestsOnPostgres(PostgresAppFactory app) : CaseNoteTests<PostgresAppFactory>(app);
