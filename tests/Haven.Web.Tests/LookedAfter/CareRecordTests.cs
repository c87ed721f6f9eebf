using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CaseRecording;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Web.Features.Chronology;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.LookedAfter;

/// <summary>
/// Coming into care, moving, a change of legal status and leaving care through the real pages, on both databases:
/// the care record, the derived SSDA903 episodes, the chronology (each step once) and every refusal at entry.
/// Today is Wednesday 25 November 2026; the episode began on Monday 2 November.
/// </summary>
public abstract class CareRecordTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly DateOnly CameIntoCare = new(2026, 11, 6);

    private Task<Carer> CarerAsync(string name, string postcode, CarerKind kind = CarerKind.FosteringHousehold, string provider = "PR1", string? urn = null) =>
        app.WithDbAsync(async db =>
        {
            var carer = new Carer { Id = Guid.NewGuid(), Name = name, Kind = kind, ProviderCode = provider, Postcode = postcode, Urn = urn, Approval = CarerApproval.Approved };
            db.Carers.Add(carer);
            await db.SaveChangesAsync();
            return carer;
        });

    private static Dictionary<string, string> Entry(DateOnly start, string legalStatus = "L1", string placementType = "U3", Carer? carer = null, string? carerName = null) =>
        Date("StartDate", start).With(Date("DecisionOn", start)).With(new()
        {
            ["Route"] = nameof(CareEntryRoute.PoliceProtection),
            ["DecisionBy"] = "Sam Okafor, Head of Service",
            ["Rationale"] = "Police found the children alone at night; mum could not be found.",
            ["LegalStatus"] = legalStatus,
            ["CategoryOfNeed"] = "N1",
            ["Placement.PlacementType"] = placementType,
            ["Placement.CarerId"] = carer?.Id.ToString() ?? "",
            ["Placement.CarerName"] = carerName ?? "",
            ["Placement.ProviderCode"] = carer is null ? "PR1" : "",
            ["HomePostcode"] = "hv1 2ab",
        });

    private Task<List<CarePeriod>> PeriodsAsync(Guid personId) =>
        app.WithDbAsync(db => db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements).Where(p => p.PersonId == personId).ToListAsync());

    [Fact]
    public async Task A_child_comes_into_care_from_an_episode_moves_changes_legal_status_and_leaves_care_each_step_once_in_the_chronology()
    {
        var c = await app.ReferredChildAsync("Rosie", "Pellow");
        var emergency = await CarerAsync($"Emergency Carers {Guid.NewGuid():N}"[..26], "HV2 1AA");
        var longTerm = await CarerAsync($"Ellis Family {Guid.NewGuid():N}"[..22], "HV9 9ZZ");
        await app.WithDbAsync(async db =>
        {
            // Centroids for the home and the first placement only: the second placement's distance is "not known".
            foreach (var (postcode, lat, lon) in new[] { ("HV1 2AB", 52.0, -1.0), ("HV2 1AA", 52.1, -1.0) })
            {
                if (!await db.PostcodeCentroids.AnyAsync(x => x.Postcode == postcode))
                {
                    db.PostcodeCentroids.Add(new PostcodeCentroid { Postcode = postcode, Latitude = lat, Longitude = lon });
                }
            }
            await db.SaveChangesAsync();
        });
        var worker = await app.SignInAsync(c.Worker);

        // No period yet: no "In care" tab; the episode offers the entry.
        var episode = await worker.GetDocumentAsync(c.Episode);
        Assert.DoesNotContain(episode.QuerySelectorAll(".moj-sub-navigation__link"), a => a.TextContent.Trim() == "In care");
        var entryLink = episode.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Record that the child came into care").GetAttribute("href")!;
        Assert.Equal($"/people/{c.Child.Id}/care/start?episodeId={c.ReferralId}", entryLink);

        var entered = await worker.PostFormAsync(entryLink, await worker.GetFormAsync(entryLink), Entry(CameIntoCare, carer: emergency));
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        var period = Assert.Single(await PeriodsAsync(c.Child.Id));
        Assert.Equal((c.ReferralId, CameIntoCare, "HV1 2AB"), (period.ReferralId, period.StartDate, period.HomePostcode));
        // Friday 6 November 2026 plus 10 working days: the care plan is due on Friday 20 November.
        Assert.Equal(new DateOnly(2026, 11, 20), period.CarePlanDueOn);
        Assert.Equal(("PR1", emergency.Name, "HV2 1AA"), (period.Placements[0].ProviderCode, period.Placements[0].CarerName, period.Placements[0].Postcode));

        var care = $"/people/{c.Child.Id}/care";
        var periodUrl = $"{care}/{period.Id}";
        var legal = await worker.PostFormAsync($"{periodUrl}/legal-status", await worker.GetFormAsync($"{periodUrl}/legal-status"),
            Date("From", new DateOnly(2026, 11, 9)).With(new() { ["LegalStatus"] = "C1", ["Note"] = "Interim care order, Havenport Family Court" }));
        Assert.Equal(HttpStatusCode.Redirect, legal.StatusCode);

        var moveUrl = $"{periodUrl}/placements/move";
        var moved = await worker.PostFormAsync(moveUrl, await worker.GetFormAsync(moveUrl), Date("MovedOn", new DateOnly(2026, 11, 16)).With(Date("PlanAgreedOn", new DateOnly(2026, 11, 16))).With(new()
        {
            ["Reason"] = "CARPL", ["Planned"] = "true", ["Note"] = "Planned move to long-term carers.",
            ["Placement.PlacementType"] = "U1", ["Placement.CarerId"] = longTerm.Id.ToString(), ["MatchingNote"] = "Carers experienced with younger children; near school.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var record = await worker.GetDocumentAsync(care);
        var text = Html.MainText(record);
        Assert.Contains(record.QuerySelectorAll(".moj-sub-navigation__link"), a => a.TextContent.Trim() == "In care" && a.GetAttribute("aria-current") == "page");
        Assert.Contains("C1 Interim care order, from 9 November 2026", text, StringComparison.Ordinal);
        Assert.Contains(longTerm.Name, text, StringComparison.Ordinal);
        Assert.Contains("6 November 2026 (19 days)", text, StringComparison.Ordinal);
        // 0.1 degrees of latitude is about 11.1 km (6.9 miles); the long-term carers' postcode has no centroid.
        Assert.Contains("11.1 km (6.9 miles)", text, StringComparison.Ordinal);
        Assert.Contains("Not known", text, StringComparison.Ordinal);
        // The episodes as the return reads them: started (S), legal status changed (L), moved to new carers (P).
        var episodes = record.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Contains("SSDA903", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()[..1]).ToList();
        Assert.Equal(["S", "L", "P"], episodes);

        var endUrl = $"{periodUrl}/end";
        var ended = await worker.PostFormAsync(endUrl, await worker.GetFormAsync(endUrl), Date("EndDate", new DateOnly(2026, 11, 24)).With(new() { ["Reason"] = "E13", ["Note"] = "Home to mum with support." }));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        period = Assert.Single(await PeriodsAsync(c.Child.Id));
        Assert.Equal((new DateOnly(2026, 11, 24), "E13"), (period.EndDate, period.ReasonCeased));
        Assert.All(period.Placements, p => Assert.NotNull(p.EndDate));
        // The episode stays open for after-care work.
        Assert.True((await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.Id == c.ReferralId))).IsOpen);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.CameIntoCare, CaseEventTypes.CareLegalStatusChanged, CaseEventTypes.PlacementChanged, CaseEventTypes.LeftCare);
        Assert.Equal([CaseEventTypes.CameIntoCare, CaseEventTypes.CareLegalStatusChanged, CaseEventTypes.PlacementChanged, CaseEventTypes.LeftCare], events.Select(e => e.Type));
        var chronology = (await app.WithDbAsync(db => new ChronologyQueries(db).BuildAsync(c.Child.Id, CancellationToken.None)))
            .Where(l => l.Event.Key.StartsWith("care:", StringComparison.Ordinal) || l.Event.Key.StartsWith("legalstatus:", StringComparison.Ordinal)
                || l.Event.Key.StartsWith("placement:", StringComparison.Ordinal))
            .Select(l => l.Event.Summary).ToList();
        Assert.Equal(4, chronology.Count);
        Assert.Single(chronology, s => s.StartsWith("Came into care", StringComparison.Ordinal));
        Assert.Single(chronology, s => s.StartsWith("Legal status changed: an interim care order", StringComparison.Ordinal));
        Assert.Single(chronology, s => s.StartsWith($"Moved from {emergency.Name} to {longTerm.Name}", StringComparison.Ordinal));
        Assert.Single(chronology, s => s.StartsWith("Left care", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_direct_entry_with_no_open_episode_opens_one_dated_the_day_the_child_came_into_care()
    {
        var worker = await app.CreateUserAsync("Direct Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Kai", "Brennan", new DateOnly(2012, 5, 1), postcode: "HV3 4CD");
        var client = await app.SignInAsync(worker);
        var url = $"/people/{child.Id}/care/start";
        var form = await client.GetDocumentAsync(url);
        Assert.Equal("HV3 4CD", Html.Value(form, "HomePostcode"));

        var noSource = await client.PostFormAsync(url, await client.GetFormAsync(url), Entry(new DateOnly(2026, 11, 20), placementType: "P1", carerName: "Aunt (Marie Brennan)"));
        Assert.Equal(HttpStatusCode.BadRequest, noSource.StatusCode);
        Assert.Equal("Select who asked for the child to be looked after, for the new episode", Html.InlineError(await noSource.ReadDocumentAsync(), "Source"));
        Assert.Empty(await app.WithDbAsync(db => db.Referrals.Where(r => r.PersonId == child.Id).ToListAsync()));

        var entered = await client.PostFormAsync(url, await client.GetFormAsync(url),
            Entry(new DateOnly(2026, 11, 20), placementType: "U4", carerName: "Aunt (Marie Brennan)").With(new() { ["Source"] = "5A" }));
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        var referral = Assert.Single(await app.WithDbAsync(db => db.Referrals.Where(r => r.PersonId == child.Id).ToListAsync()));
        Assert.Equal((new DateOnly(2026, 11, 20), "5A", "N1", true), (referral.ReferralDate, referral.SourceCode, referral.PrimaryNeedCode, referral.IsOpen));
        var period = Assert.Single(await PeriodsAsync(child.Id));
        Assert.Equal((referral.Id, (Guid?)null, "Aunt (Marie Brennan)"), (period.ReferralId, period.Placements[0].CarerId, period.Placements[0].CarerName));
        // Friday 20 November plus 10 working days.
        Assert.Equal(new DateOnly(2026, 12, 4), period.CarePlanDueOn);
        Assert.Single(await app.EventsAsync(child, CaseEventTypes.ReferralCreated));
    }

    [Fact]
    public async Task Entry_is_refused_by_the_field_with_nothing_saved_for_an_overlapping_period_or_codes_outside_the_DfE_lists()
    {
        var c = await app.ReferredChildAsync("Maya", "Trent");
        var carer = await CarerAsync($"Trent Carers {Guid.NewGuid():N}"[..22], "HV2 2BB");
        var worker = await app.SignInAsync(c.Worker);
        var url = $"/people/{c.Child.Id}/care/start?episodeId={c.ReferralId}";

        var badCodes = await worker.PostFormAsync(url, await worker.GetFormAsync(url), Entry(CameIntoCare, legalStatus: "Z9", placementType: "Q7", carer: carer));
        Assert.Equal(HttpStatusCode.BadRequest, badCodes.StatusCode);
        var doc = await badCodes.ReadDocumentAsync();
        Assert.Equal("Select a legal status from the list", Html.InlineError(doc, "LegalStatus"));
        Assert.Equal("Select a placement type from the list", Html.InlineError(doc, "Placement_PlacementType"));
        // What was typed is kept.
        Assert.Equal("Sam Okafor, Head of Service", Html.Value(doc, "DecisionBy"));
        Assert.Empty(await PeriodsAsync(c.Child.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(url, await worker.GetFormAsync(url), Entry(CameIntoCare, carer: carer))).StatusCode);
        var overlap = await worker.PostFormAsync(url, await worker.GetFormAsync(url), Entry(new DateOnly(2026, 11, 12), legalStatus: "V2", carer: carer));
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        Assert.Equal("This period of care overlaps another, from 6 November 2026 (still open)", Html.InlineError(await overlap.ReadDocumentAsync(), "StartDate"));
        Assert.Single(await PeriodsAsync(c.Child.Id));
        Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.CameIntoCare));
    }

    [Fact]
    public async Task A_move_dated_before_the_current_placement_began_is_refused_as_a_placement_ending_before_it_started()
    {
        var c = await app.ReferredChildAsync("Leo", "Varga");
        var carer = await CarerAsync($"Varga Carers {Guid.NewGuid():N}"[..22], "HV2 3CC");
        var worker = await app.SignInAsync(c.Worker);
        var url = $"/people/{c.Child.Id}/care/start?episodeId={c.ReferralId}";
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(url, await worker.GetFormAsync(url), Entry(new DateOnly(2026, 11, 10), carer: carer))).StatusCode);
        var period = Assert.Single(await PeriodsAsync(c.Child.Id));

        var moveUrl = $"/people/{c.Child.Id}/care/{period.Id}/placements/move";
        var early = await worker.PostFormAsync(moveUrl, await worker.GetFormAsync(moveUrl), Date("MovedOn", new DateOnly(2026, 11, 9)).With(new()
        {
            ["Reason"] = "CARPL", ["Planned"] = "false", ["Placement.PlacementType"] = "K2", ["Placement.CarerName"] = "Hilltop House", ["Placement.ProviderCode"] = "PR4",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("The placement cannot end before it started (10 November 2026)", Html.InlineError(await early.ReadDocumentAsync(), "MovedOn"));
        period = Assert.Single(await PeriodsAsync(c.Child.Id));
        Assert.Equal((1, (DateOnly?)null), (period.Placements.Count, period.Placements[0].EndDate));
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.PlacementChanged));
    }
}

public sealed class CareRecordTestsOnSqlite(SqliteAppFactory app) : CareRecordTests<SqliteAppFactory>(app);

public sealed class CareRecordTestsOnPostgres(PostgresAppFactory app) : CareRecordTests<PostgresAppFactory>(app);
