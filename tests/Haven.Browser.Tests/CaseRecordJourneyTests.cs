using System.Text;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.CaseRecording;
using Haven.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>A social worker records a visit, files a document, finds it and works with the chronology, in Chromium, checked with axe.</summary>
public sealed class CaseRecordJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_records_a_visit_files_a_document_finds_it_and_curates_the_chronology()
    {
        var (childId, firstName) = AChild();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "SocialWorker").Email);

        // A visit note, first with mistakes.
        await page.GotoAsync($"/people/{childId}/case-notes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a case note" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a case note" })).ToBeVisibleAsync();
        await AxeChecks.AssertAccessibleAsync(page);
        await page.GetByLabel("Home visit", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Subject").FillAsync("Unannounced visit after the school's call");
        await page.Locator("#VisitWentAhead").CheckAsync();
        await page.Locator("#ChildSeen").CheckAsync();
        await page.Locator("#SeenAlone").CheckAsync();
        // Changing the answer hides "seen alone" but keeps its tick: Haven must catch it.
        await page.Locator("#ChildSeen-2").CheckAsync();
        await page.GetByLabel("Child protection plan").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what happened");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The child cannot have been seen alone if they were not seen");
        await Assertions.Expect(page.GetByLabel("Subject")).ToHaveValueAsync("Unannounced visit after the school's call");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "case-note-errors");

        await page.Locator("#ChildSeen").CheckAsync();
        await page.GetByLabel("What happened").FillAsync($"{firstName} showed me her room and talked about school. Seen alone for twenty minutes; said she feels safe.");
        await page.GetByLabel("This is a significant event").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Home visit recorded");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Child seen alone");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "case-notes");

        // A document, found again by a word inside it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Documents", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a document" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Health visitor's letter");
        await page.GetByLabel("Type of document").SelectOptionAsync(new SelectOptionValue { Label = "Letter" });
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload
        {
            Name = "health-visitor.txt", MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("Dear colleague, the family missed two appointments at the Marlowe clinic in October."),
        });
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "document-upload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add document" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Document added: Health visitor's letter");
        await page.GetByLabel("Words in the title or text").FillAsync("marlowe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("1 document found");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Health visitor's letter");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "documents-search");

        // The chronology has both without anyone typing them again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Chronology", Exact = true }).ClickAsync();
        var timeline = page.Locator(".moj-timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("Home visit (child seen alone): Unannounced visit after the school's call");
        await Assertions.Expect(timeline).ToContainTextAsync("Health visitor's letter (letter)");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "chronology");

        await page.GetByLabel("Document", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" }).ClickAsync();
        await Assertions.Expect(page.Locator(".moj-timeline__item")).ToHaveCountAsync(await DocumentCountAsync(childId));
        var letter = page.Locator(".moj-timeline__item", new() { HasText = "Health visitor's letter" });
        await letter.GetByRole(AriaRole.Button, new() { Name = "Mark as significant" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Event marked as significant");
        await Assertions.Expect(letter.Locator(".govuk-tag")).ToHaveTextAsync("Significant");
        Assert.Contains("category=Document", page.Url, StringComparison.Ordinal);
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "chronology-filtered");

        await page.GotoAsync($"/people/{childId}/chronology?significant=true");
        await Assertions.Expect(timeline).ToContainTextAsync("Health visitor's letter");
        await Assertions.Expect(timeline).ToContainTextAsync("Unannounced visit after the school's call");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an event" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add event" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select what kind of event this was");
        await AxeChecks.AssertAccessibleAsync(page);
        await page.Locator("#OccurredOn-day").FillAsync("3");
        await page.Locator("#OccurredOn-month").FillAsync("10");
        await page.Locator("#OccurredOn-year").FillAsync("2025");
        await page.GetByLabel("Missing episode").CheckAsync();
        await page.GetByLabel("What happened").FillAsync("Missing overnight; found by police at a friend's flat");
        await page.GetByLabel("Where the information came from (optional)").FillAsync("Police");
        await BrowserFixture.ScreenshotAsync(page, "chronology-add-event");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add event" }).ClickAsync();
        await Assertions.Expect(page.Locator(".moj-timeline")).ToContainTextAsync("Missing overnight; found by police at a friend's flat");

        // The same chronology printed: the print view and its PDF.
        var print = await page.APIRequest.GetAsync($"/people/{childId}/chronology/print");
        Assert.Equal(200, print.Status);
        var pdf = await page.APIRequest.GetAsync($"/people/{childId}/chronology/export/pdf");
        Assert.Equal(200, pdf.Status);
        var bytes = await pdf.BodyAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        if (BrowserFixture.ScreenshotDirectory is { } dir)
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, "chronology.pdf"), bytes);
        }
        await page.GotoAsync($"/people/{childId}/chronology/print");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Chronology for");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "chronology-print");
    }

    [Fact]
    public async Task A_manager_lists_the_children_missing_from_home()
    {
        var (childId, firstName) = AChild();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
            db.PersonFlags.Add(new PersonFlag { Id = Guid.NewGuid(), PersonId = childId, Type = FlagType.MissingFromHome, From = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), Note = "Third episode this month" });
            await db.SaveChangesAsync();
        }
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == "TeamManager").Email);
        await page.GotoAsync("/chronology/flags");
        await page.GetByLabel("Warning").SelectOptionAsync(new SelectOptionValue { Label = "Missing from home" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show children" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Children with a warning: Missing from home");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Third episode this month");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync(firstName);
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "warning-list");
    }

    private async Task<int> DocumentCountAsync(Guid childId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HavenDbContext>().CaseDocuments.CountAsync(d => d.PersonId == childId);
    }

    /// <summary>A different unrestricted child for each call, so the tests never share a record.</summary>
    private (Guid Id, string FirstName) AChild()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var taken = db.CaseNotes.Select(n => n.PersonId).Concat(db.PersonFlags.Where(f => f.Type == FlagType.MissingFromHome).Select(f => f.PersonId)).Distinct().ToList();
        var child = db.People.Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null && p.MergedIntoId == null && !taken.Contains(p.Id))
            .OrderBy(p => p.LaPersonId).Select(p => new { p.Id, p.FirstName }).First();
        return (child.Id, child.FirstName);
    }
}
