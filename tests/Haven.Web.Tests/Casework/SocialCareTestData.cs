using System.Globalization;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Assessments;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Features.Assessments;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Casework;

/// <summary>A child with a referral made at the front door, as the social care pages find them, on either database.</summary>
public sealed record SocialCareCase(ApplicationUser Worker, ApplicationUser Manager, Person Child, Guid ReferralId)
{
    public string Episode => $"/people/{Child.Id}/social-care/{ReferralId}";
}

public static class SocialCareTestData
{
    /// <summary>The fake clock's today is Wednesday 25 November 2026; the referral arrives on Monday 2 November.</summary>
    public static readonly DateOnly ReferralDate = new(2026, 11, 2);

    public static async Task<SocialCareCase> ReferredChildAsync(this HavenAppFactory app, string first = "Ellie", string last = "Marwood")
    {
        var worker = await app.CreateUserAsync($"{first} Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync($"{first} Manager", Role.TeamManager);
        var child = await app.RegisterAsync(worker, first, last, new DateOnly(2017, 3, 14));
        var referralId = await app.AsUserAsync(manager, async s =>
        {
            var fd = s.GetRequiredService<FrontDoorService>();
            var contact = (await fd.RecordAsync([child.Id], new ContactDetails(new DateTime(2026, 11, 2, 9, 15, 0, DateTimeKind.Utc), ContactRoute.Phone, ContactKind.Referral, "2A",
                "Mr Dev Patel", "Kingsford Academy", "Designated safeguarding lead", "dsl@kingsford.example.com", null, null,
                $"{first} has come to school hungry and said mum and her partner fight at night.", "She said she hides in her room.", ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
            await fd.MarkHistoryReadAsync(contact.Id, null, CancellationToken.None);
            await fd.DecideAsync(contact.Id, new DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed,
                "Repeated concerns from school and the child's own account; needs a single assessment.", null, null, "N4"), CancellationToken.None);
            return await s.GetRequiredService<HavenDbContext>().Referrals.Where(r => r.ContactId == contact.Id).Select(r => r.Id).SingleAsync();
        });
        return new SocialCareCase(worker, manager, child, referralId);
    }

    /// <summary>An assessment started, completed and (optionally) submitted through the service.</summary>
    public static Task<Guid> AssessmentAsync(this HavenAppFactory app, SocialCareCase c, bool complete = true, bool submit = false, bool seen = true) =>
        app.AsUserAsync(c.Worker, async s =>
        {
            var service = s.GetRequiredService<AssessmentService>();
            var a = await service.StartAsync(c.Child.Id, c.ReferralId, AssessmentType.Single, new DateOnly(2026, 11, 3), 45, CancellationToken.None);
            if (complete)
            {
                await service.UpdateAsync(a.Id, "All", x =>
                {
                    x.Analysis = "Conflict between the adults frightens Ellie; mum is willing to work with us.";
                    x.Outcome = AssessmentOutcome.ChildInNeedPlan;
                    x.Factors = ["3A", "3B"];
                    if (seen)
                    {
                        x.ChildSeenOn = new DateOnly(2026, 11, 4);
                        x.SeenAlone = true;
                        x.ChildsWishesAndFeelings = "\"I want the shouting to stop.\"";
                        x.ChildVoiceSource = ChildVoiceSource.OwnWords;
                    }
                }, CancellationToken.None);
            }
            if (submit)
            {
                await service.SubmitAsync(a.Id, CancellationToken.None);
            }
            return a.Id;
        });

    public static Task<List<CaseEvent>> EventsAsync(this HavenAppFactory app, Person child, params string[] types) =>
        app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && types.Contains(e.Type)).OrderBy(e => e.Id).ToListAsync());

    public static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> a, Dictionary<string, string> b)
    {
        var all = new Dictionary<string, string>(a);
        foreach (var (key, value) in b)
        {
            all[key] = value;
        }
        return all;
    }

    /// <summary>The whole error summary, linked or not (rules about the record as a whole have no field to link to).</summary>
    public static string ErrorSummaryText(AngleSharp.Html.Dom.IHtmlDocument doc) => doc.QuerySelector(".govuk-error-summary")?.TextContent ?? "";
}
