using System.Net;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.Safeguarding;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Safeguarding;

/// <summary>
/// Domestic abuse on both databases: a police notification recorded as a contact with the DASH risk level (refused by
/// the source when the contact is not from the police; left off a contact that is not a police notification); referrals
/// of the family to MARAC, the second within 12 months flagged as a repeat, the meeting with its actions; each step one
/// case event and one chronology entry.
/// </summary>
public abstract class MaracTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> Date(string field, DateOnly d) =>
        new() { [$"{field}.Day"] = d.Day.ToString(), [$"{field}.Month"] = d.Month.ToString(), [$"{field}.Year"] = d.Year.ToString() };

    private static Dictionary<string, string> PoliceNotification(DateOnly on, string source, string route = "PoliceNotification") => new(Date("ReceivedDate", on))
    {
        ["ReceivedTime"] = "02:10", ["Route"] = route, ["Kind"] = "Contact", ["SourceCode"] = source, ["DashRiskLevel"] = "High",
        ["ReferrerName"] = "PC Ahmed", ["ReferrerOrganisation"] = "Northbridge Police", ["Concern"] = "Police called to a domestic incident at the home; the children were present.",
        ["Consent"] = "NotRequired", ["ConsentBasis"] = "Police notification", ["ParentsAware"] = "Yes",
    };

    [Fact]
    public async Task A_police_notification_of_domestic_abuse_keeps_its_dash_risk_level_and_no_other_contact_does()
    {
        var worker = await app.CreateUserAsync("Dash Worker", Role.SocialWorker);
        var client = await app.SignInAsync(worker);
        var child = await app.RegisterAsync(worker, "Dash", "Child", new DateOnly(2018, 2, 2));
        var url = $"/people/{child.Id}/contacts/new";
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);

        // A DASH level on a police notification that says it came from a school is refused by the source, kept, nothing saved.
        var refused = await client.PostFormAsync(url, await client.GetFormAsync(url), PoliceNotification(today, "2A"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("Choose Police as the source of a police notification of domestic abuse, or leave the DASH risk level blank", Html.InlineError(doc, "SourceCode"));
        Assert.Equal("High", (doc.QuerySelector("#DashRiskLevel option[selected]") as AngleSharp.Html.Dom.IHtmlOptionElement)?.Value);
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.PersonId == child.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, await client.GetFormAsync(url), PoliceNotification(today, "6"))).StatusCode);
        var contact = await app.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.PersonId == child.Id));
        Assert.Equal(DashRiskLevel.High, contact.DashRiskLevel);
        Assert.Contains("Domestic abuse: DASH risk level", Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}/contacts/{contact.Id}")), StringComparison.Ordinal);
        var recorded = await app.WithDbAsync(db => db.CaseEvents.AsNoTracking().SingleAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.ContactRecorded));
        Assert.Contains(recorded.Changes, c => c.Field == "DASH risk level" && c.NewValue == "High");

        // The same answer left in the hidden reveal of another route is not kept.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, await client.GetFormAsync(url), PoliceNotification(today, "6", route: "Phone"))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PersonId == child.Id && c.DashRiskLevel != null)));
    }

    [Fact]
    public async Task A_second_referral_to_marac_within_12_months_is_a_repeat_and_each_step_is_in_the_chronology_once()
    {
        var worker = await app.CreateUserAsync("Marac Worker", Role.SocialWorker);
        var client = await app.SignInAsync(worker);
        var child = await app.RegisterAsync(worker, "Marac", "Child", new DateOnly(2017, 5, 5));
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);
        var refer = $"/people/{child.Id}/marac/new";

        // No risk level: refused by the field, who referred kept, nothing saved.
        var bad = await client.PostFormAsync(refer, await client.GetFormAsync(refer), new(Date("ReferredOn", today.AddDays(-300))) { ["ReferredBy"] = "Northbridge Police" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var doc = await bad.ReadDocumentAsync();
        Assert.Equal("Select the DASH risk level", Html.InlineError(doc, "RiskLevel"));
        Assert.Equal("Northbridge Police", Html.Value(doc, "ReferredBy"));
        Assert.False(await app.WithDbAsync(db => db.MaracReferrals.AnyAsync(m => m.PersonId == child.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(refer, await client.GetFormAsync(refer),
            new(Date("ReferredOn", today.AddDays(-300))) { ["ReferredBy"] = "Northbridge Police", ["RiskLevel"] = "High" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(refer, await client.GetFormAsync(refer),
            new(Date("ReferredOn", today.AddDays(-10))) { ["ReferredBy"] = "IDVA service", ["RiskLevel"] = "Medium" })).StatusCode);

        var first = await app.WithDbAsync(db => db.MaracReferrals.AsNoTracking().SingleAsync(m => m.PersonId == child.Id && m.ReferredBy == "Northbridge Police"));
        var meeting = $"/people/{child.Id}/marac/{first.Id}/meeting";
        var early = await client.PostFormAsync(meeting, await client.GetFormAsync(meeting), new(Date("MeetingOn", today.AddDays(-301))) { ["Actions"] = "Strategy discussion" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.StartsWith("The meeting cannot be before the referral on", Html.InlineError(await early.ReadDocumentAsync(), "MeetingOn"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(meeting, await client.GetFormAsync(meeting),
            new(Date("MeetingOn", today.AddDays(-290))) { ["Actions"] = "Social worker to visit within 5 working days" })).StatusCode);

        var page = Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}/marac"));
        Assert.Contains("Repeat", page, StringComparison.Ordinal);
        Assert.Contains("Social worker to visit within 5 working days", page, StringComparison.Ordinal);

        var events = await app.WithDbAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.PersonId == child.Id && (e.Type == CaseEventTypes.MaracReferred || e.Type == CaseEventTypes.MaracMeetingRecorded)).ToListAsync());
        Assert.Equal(3, events.Count);
        Assert.Single(events, e => e.Summary.StartsWith("Repeat referral to MARAC", StringComparison.Ordinal));

        var chronology = (await client.GetDocumentAsync($"/people/{child.Id}/chronology")).QuerySelectorAll("main p.govuk-body").Select(p => p.TextContent.Trim()).ToList();
        Assert.Single(chronology, "Referral to MARAC: high risk");
        Assert.Single(chronology, "Repeat referral to MARAC: medium risk");
        Assert.Single(chronology, "MARAC meeting: actions for children's services agreed");
    }
}

public sealed class MaracTestsOnSqlite(SqliteAppFactory app) : MaracTests<SqliteAppFactory>(app);

public sealed class MaracTestsOnPostgres(PostgresAppFactory app) : MaracTests<PostgresAppFactory>(app);
