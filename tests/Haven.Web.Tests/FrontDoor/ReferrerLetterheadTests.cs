using System.Diagnostics;
using System.Text.RegularExpressions;
using Haven.Domain.Access;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.FrontDoor;

/// <summary>
/// The outcome letter a referrer receives, as the contact page prints it (issue 12, item 8: the letterhead said
/// "Children's Services Front Door" twice, once as the service and again as the first line of the address).
/// </summary>
public abstract class ReferrerLetterheadTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task The_letterhead_names_the_front_door_once_above_the_address()
    {
        var manager = await app.CreateUserAsync("Letterhead Manager", Role.TeamManager);
        var child = await app.RegisterAsync(manager, "Lettice", "Headley", new DateOnly(2016, 5, 5));
        var contactId = await app.AsUserAsync(manager, async s =>
        {
            var fd = s.GetRequiredService<FrontDoorService>();
            var contact = (await fd.RecordAsync([child.Id], new ContactDetails(new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc), ContactRoute.Email, ContactKind.Referral, "3A",
                "Dr Reyes", "Riverside Surgery", null, null, null, "Riverside Surgery, Northbridge HV1 2AB", "Weight loss and missed appointments.", null, ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
            await fd.DecideAsync(contact.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed, "Health neglect indicators need an assessment.", null, null, "N1"), CancellationToken.None);
            return contact.Id;
        });
        var client = await app.SignInAsync(manager);

        var pdf = await client.GetByteArrayAsync($"/people/{child.Id}/contacts/{contactId}?handler=Letter");
        var text = await PdfTextAsync(pdf);

        // Once in the letterhead, once in "contact the Children's Services Front Door", once above the signature.
        Assert.Equal(3, Regex.Count(text, "Services Front Door"));
        Assert.Contains("Town Hall", text, StringComparison.Ordinal);
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"haven-letterhead-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class ReferrerLetterheadTestsOnSqlite(SqliteAppFactory app) : ReferrerLetterheadTests<SqliteAppFactory>(app);

public sealed class ReferrerLetterheadTestsOnPostgres(PostgresAppFactory app) : ReferrerLetterheadTests<PostgresAppFactory>(app);
