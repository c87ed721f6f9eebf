using System.Globalization;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Web.Features.FrontDoor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Haven.Browser.Tests;

/// <summary>
/// A young child in care in Chromium, checked with axe on every page: care proceedings are issued, the agency decision
/// maker decides on adoption, the final hearing makes a placement order, the child is matched, placed for adoption and
/// adopted, and the period of care ends with REC E11; the chronology shows each step once.
/// </summary>
public sealed class AdoptionJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Login(string role) => DemoAuthorityGenerator.Logins.Single(l => l.IdentityRole == role).Email;

    private static async Task DateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task SubmitAsync(IPage page, string button, string banner, string screenshot)
    {
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync(banner);
        await AxeChecks.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_child_moves_from_care_proceedings_to_a_placement_order_a_match_placed_for_adoption_and_an_adoption_order()
    {
        var today = DateOnly.FromDateTime(Haven.Domain.Calendar.UkClock.ToLocal(DateTime.UtcNow));
        var (childId, periodId) = await YoungChildInCareAsync(today.AddDays(-12));
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, Login("SocialWorker"));

        await page.GotoAsync($"/people/{childId}/court");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "adoption-00-court-before");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record proceedings issued without pre-proceedings" }).ClickAsync();
        await DateAsync(page, "IssuedOn", today.AddDays(-11));
        await page.Locator("#Court").FillAsync("Family Court at Havenshire");
        await page.Locator("#CaseNumber").FillAsync("HV26C01234");
        await SubmitAsync(page, "Record proceedings issued", "Proceedings issued recorded", "adoption-01-issue");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Week 2 of proceedings");

        await page.GotoAsync($"/people/{childId}/adoption");
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "adoption-02-adoption-before");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the agency decision maker's decision that the child should be placed for adoption" }).ClickAsync();
        await DateAsync(page, "DecisionOn", today.AddDays(-10));
        await page.Locator("#DecisionBy").FillAsync("Anna Field, agency decision maker");
        await page.Locator("#Rationale").FillAsync("Neither parent can meet the child's needs in the child's timescales.");
        await SubmitAsync(page, "Record the decision", "Decision recorded", "adoption-03-decision");

        await page.GotoAsync($"/people/{childId}/court");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a hearing" }).ClickAsync();
        await DateAsync(page, "HeldOn", today.AddDays(-9));
        await page.GetByLabel("Final hearing", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Placement order (E1)", new() { Exact = true }).CheckAsync();
        await SubmitAsync(page, "Record the hearing", "Hearing recorded", "adoption-04-hearing");

        await page.GotoAsync($"/people/{childId}/adoption");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the match for this adoption plan" }).ClickAsync();
        await DateAsync(page, "PanelOn", today.AddDays(-6));
        await DateAsync(page, "MatchedOn", today.AddDays(-5));
        await page.Locator("#Adopters").FillAsync("Chris and Dana Okoro");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Two", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Male and female couple", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Different gender married couple", new() { Exact = true }).CheckAsync();
        await SubmitAsync(page, "Record the match", "Match recorded", "adoption-05-match");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record placed for adoption for this adoption plan" }).ClickAsync();
        await DateAsync(page, "PlacedOn", today.AddDays(-3));
        await SubmitAsync(page, "Record placed for adoption", "Placed for adoption recorded", "adoption-06-placed");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("4 days from the placement order");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record the adoption order for this adoption plan" }).ClickAsync();
        await DateAsync(page, "MadeOn", today.AddDays(-1));
        await page.GetByLabel("E11: Adopted: application for an adoption order unopposed", new() { Exact = true }).CheckAsync();
        await SubmitAsync(page, "Record the adoption order", "Adoption order recorded", "adoption-07-order");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("E11 Adopted");

        // The whole history in one page: give it longer than a form under a busy test machine.
        await page.GotoAsync($"/people/{childId}/chronology", new() { Timeout = 60_000 });
        await AxeChecks.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "adoption-08-chronology");
        var lines = await page.Locator("main p.govuk-body").AllInnerTextsAsync();
        foreach (var step in new[] { "Care proceedings issued at Family Court at Havenshire (HV26C01234)", "Agency decision maker decided the child should be placed for adoption",
            "Final hearing: placement order; legal status changed: a placement order (the court agreed the child can be placed for adoption) (E1)",
            "Matched with adopters (Chris and Dana Okoro)", "Placed for adoption with Chris and Dana Okoro", "Left care: adopted" })
        {
            Assert.True(1 == lines.Count(l => l.Trim() == step), $"'{step}' once in:\n{string.Join("\n", lines)}");
        }
        // The hearing's entry says the legal status changed, so the care record does not say it again.
        Assert.DoesNotContain(lines, l => l.Trim().StartsWith("Legal status changed", StringComparison.Ordinal));
        var keys = await page.Locator(".moj-timeline__item").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal(keys.Length, keys.Distinct().Count());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var period = await db.CarePeriods.AsNoTracking().SingleAsync(p => p.Id == periodId);
        Assert.Equal((today.AddDays(-1), "E11"), (period.EndDate, period.ReasonCeased));
        var types = await db.CaseEvents.Where(e => e.PersonId == childId).Select(e => e.Type).ToListAsync();
        foreach (var type in new[] { "ProceedingsIssued", "AdoptionDecisionMade", "CourtHearingRecorded", "CareLegalStatusChanged", "AdoptionMatchAgreed", "PlacedForAdoption", "LeftCare" })
        {
            Assert.Single(types, t => t == type);
        }
    }

    /// <summary>A referred child under four in care under section 20 with foster carers (coming into care through the pages is CareJourneyTests').</summary>
    private async Task<(Guid Child, Guid Period)> YoungChildInCareAsync(DateOnly cameIntoCare)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var child = await db.People
            .Where(p => p.Kind == PersonKind.Child && !p.IsRestricted && p.DateOfBirth != null && p.DateOfBirth < cameIntoCare && p.DateOfBirth > cameIntoCare.AddYears(-4)
                && p.MergedIntoId == null && !db.Referrals.Any(r => r.PersonId == p.Id))
            .OrderBy(p => p.LaPersonId).FirstAsync();
        var frontDoor = scope.ServiceProvider.GetRequiredService<FrontDoorService>();
        var contact = (await frontDoor.RecordAsync([child.Id], new ContactDetails(DateTime.UtcNow.AddDays(-14), ContactRoute.Phone, ContactKind.Referral, "5A",
            "Dr Ruth Mills", "Havenshire Hospital", "Paediatrician", "ruth.mills@nhs.example.com", null, null,
            "Unexplained bruising to a toddler; parents' accounts differ.", "Too young to say.", ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
        await frontDoor.MarkHistoryReadAsync(contact.Id, null, CancellationToken.None);
        await frontDoor.DecideAsync(contact.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed,
            "Injury to a non-mobile child needs assessment.", null, null, "N1"), CancellationToken.None);
        var referralId = await db.Referrals.Where(r => r.ContactId == contact.Id).Select(r => r.Id).SingleAsync();
        var periodId = Guid.NewGuid();
        db.CarePeriods.Add(new CarePeriod
        {
            Id = periodId, PersonId = child.Id, ReferralId = referralId, StartDate = cameIntoCare, EntryRoute = CareEntryRoute.Accommodation,
            DecisionBy = "Helen Ashby, service manager", DecisionOn = cameIntoCare, DecisionRationale = "Parents agreed to accommodation while the injury is assessed.", CategoryOfNeed = "N1",
            CarePlanDueOn = cameIntoCare.AddDays(14), RecordedByUserId = "system", RecordedByName = "Test", RecordedAtUtc = DateTime.UtcNow,
            LegalStatuses = [new() { Id = Guid.NewGuid(), From = cameIntoCare, Code = "V2", RecordedByUserId = "system", RecordedByName = "Test", RecordedAtUtc = DateTime.UtcNow }],
            Placements =
            [
                new()
                {
                    Id = Guid.NewGuid(), PersonId = child.Id, StartDate = cameIntoCare, PlacementType = "U6", ProviderCode = "PR1", CarerName = "Jo and Sam Reid",
                    RecordedByUserId = "system", RecordedByName = "Test", RecordedAtUtc = DateTime.UtcNow,
                },
            ],
        });
        await db.SaveChangesAsync();
        return (child.Id, periodId);
    }
}
