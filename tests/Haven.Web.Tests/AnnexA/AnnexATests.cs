using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.AnnexA;
using Haven.Domain.CinCensus;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Web.Features.AnnexA;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Haven.Web.Tests.AnnexA;

/// <summary>
/// Annex A from a care record on both databases: the child's rows in lists 3, 6 and 8, the workbook re-read with its
/// sheets and headings, the page's counts and drill (a link only for someone who may open the record), the audited
/// download, and a range that runs backwards refused by the field.
/// </summary>
public abstract class AnnexATests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private static readonly CensusPeriod Year = new(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31));
    private const string YearQuery = "From.Day=1&From.Month=4&From.Year=2025&To.Day=31&To.Month=3&To.Year=2026";

    private async Task<Person> ChildInCareAsync(ApplicationUser worker)
    {
        var child = await app.RegisterAsync(worker, "Rosa", "Annex", new DateOnly(2016, 8, 8));
        await app.WithDbAsync(async db =>
        {
            var referral = new Referral { Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = new DateOnly(2025, 5, 2), SourceCode = "6", PrimaryNeedCode = "N1" };
            var period = new CarePeriod
            {
                Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = new DateOnly(2025, 5, 9), EntryRoute = CareEntryRoute.PoliceProtection,
                DecisionBy = "Head of service", DecisionOn = new DateOnly(2025, 5, 9), DecisionRationale = "Police protection.", CategoryOfNeed = "N1",
                CarePlanDueOn = new DateOnly(2025, 5, 23), RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName,
                LegalStatuses = [new CareLegalStatus { Id = Guid.NewGuid(), From = new DateOnly(2025, 5, 9), Code = "L1", RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName }],
                Placements = [new Placement { Id = Guid.NewGuid(), PersonId = child.Id, StartDate = new DateOnly(2025, 5, 9), PlacementType = "U6", ProviderCode = "PR1", CarerName = "The Moss family", Postcode = "LS6 1AA", RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName }],
            };
            db.AddRange(referral, period);
            await db.SaveChangesAsync();
        });
        return child;
    }

    [Fact]
    public async Task A_child_in_care_is_in_the_lists_the_workbook_reads_back_and_the_page_drills_to_the_child()
    {
        var manager = await app.CreateUserAsync("Annex Manager", Role.ServiceManager);
        var analyst = await app.CreateUserAsync("Annex Analyst", Role.PerformanceAnalyst);
        var child = await ChildInCareAsync(manager);
        var id = child.LaPersonId;

        AnnexAReturn annexA;
        using (var scope = app.Services.CreateScope())
        {
            annexA = await scope.ServiceProvider.GetRequiredService<AnnexAExporter>().BuildAsync(Year, CancellationToken.None);
        }
        var referral = Assert.Single(annexA.RowsOf(AnnexALists.Referrals), r => r.ChildId == id);
        Assert.Equal([new DateOnly(2025, 5, 2), "q) 6: Police", "b) No", 1], referral.Cells.Skip(5).Take(4));
        var cin = Assert.Single(annexA.RowsOf(AnnexALists.ChildrenInNeed), r => r.ChildId == id);
        Assert.Equal(AnnexAWords.LookedAfter, cin.Cells[11]);
        var inCare = Assert.Single(annexA.RowsOf(AnnexALists.LookedAfter), r => r.ChildId == id);
        Assert.Equal([new DateOnly(2025, 5, 9), "N1 - Abuse or neglect", "b) No", new DateOnly(2025, 5, 9)], inCare.Cells.Skip(7).Take(4));
        Assert.Equal(child.Id, inCare.PersonId);

        // The workbook: a sheet a list, Ofsted's headings in row 1 (list 11 too, with no rows), the child's row in list 8.
        using var workbook = AnnexAExporter.Workbook(annexA);
        Assert.Equal(AnnexALists.All.Select(l => l.SheetName), MiniExcel.GetSheetNames(workbook));
        foreach (var list in AnnexALists.All)
        {
            workbook.Position = 0;
            var rows = workbook.Query(useHeaderRow: false, sheetName: list.SheetName).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(list.Columns, rows[0].Values.Select(v => v?.ToString()));
            Assert.Equal(annexA.RowsOf(list).Count, rows.Count - 1);
        }
        workbook.Position = 0;
        var sheet8 = workbook.Query(useHeaderRow: true, sheetName: "List 8").Cast<IDictionary<string, object?>>().ToList();
        var row8 = Assert.Single(sheet8, r => Equals(r["Child Unique ID"], id));
        Assert.Equal(new DateTime(2025, 5, 9), row8["Date Started to be Looked After"]);

        // The page: counts per list; the drill links to the record only for someone who may open it.
        var page = await (await app.SignInAsync(analyst)).GetDocumentAsync($"/returns/annex-a?{YearQuery}&show=true&list=8&child={id}");
        Assert.Contains("List 8", page.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);
        var analystRow = Assert.Single(page.QuerySelectorAll("#list ~ table tbody tr"));
        Assert.Equal(id, analystRow.QuerySelector("td")!.TextContent.Trim());
        Assert.Null(analystRow.QuerySelector("a"));
        var managerClient = await app.SignInAsync(manager);
        var managerPage = await managerClient.GetDocumentAsync($"/returns/annex-a?{YearQuery}&show=true&list=8&child={id}");
        Assert.Equal($"/people/{child.Id}", managerPage.QuerySelector("#list ~ table tbody tr a")!.GetAttribute("href"));

        // The download is the workbook, audited.
        var download = await managerClient.GetAsync($"/returns/annex-a/download?{YearQuery}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
        await using (var body = await download.Content.ReadAsStreamAsync())
        {
            using var copy = new MemoryStream();
            await body.CopyToAsync(copy);
            Assert.Equal(AnnexALists.All.Select(l => l.SheetName), MiniExcel.GetSheetNames(copy));
        }
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported
            && e.TargetId == "annex-a-2025-04-01-to-2026-03-31.xlsx" && e.ActorUserId == manager.Id)));
    }

    [Fact]
    public async Task A_range_that_runs_backwards_is_refused_by_the_field_and_keeps_what_was_typed()
    {
        var analyst = await app.CreateUserAsync("Annex Range Analyst", Role.PerformanceAnalyst);
        var page = await (await app.SignInAsync(analyst)).GetDocumentAsync("/returns/annex-a?From.Day=1&From.Month=3&From.Year=2026&To.Day=1&To.Month=1&To.Year=2026&show=true");
        Assert.Contains("The last day must be the same as or after the first day", Html.ErrorSummary(page));
        Assert.Null(page.QuerySelector("#summary"));
        Assert.Equal("3", page.QuerySelector("input[name='From.Month']")?.GetAttribute("value"));
    }
}

public sealed class AnnexATestsOnSqlite(SqliteAppFactory app) : AnnexATests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class AnnexATestsOnPostgres(PostgresAppFactory app) : AnnexATests<PostgresAppFactory>(app);
