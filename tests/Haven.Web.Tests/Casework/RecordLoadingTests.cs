using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.ChildProtection;
using Haven.Web.Features.People;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.Casework;

/// <summary>
/// The one way a page loads part of a child's record: <see cref="RecordLoader"/> keys everything on the child in the
/// route and refuses changes to closed or held things; <see cref="PersonRecordFilter"/> runs the page's loading step
/// only after the access check, so a refused user learns nothing from a 404.
/// </summary>
public abstract class RecordLoadingTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private Task<T> WithLoaderAsync<T>(Func<RecordLoader, Task<T>> work) => app.WithDbAsync(db => work(new RecordLoader(db)));

    [Fact]
    public async Task Another_childs_episode_is_not_found_even_with_valid_ids()
    {
        var c = await app.ReferredChildAsync();
        var other = await app.ReferredChildAsync("Noah", "Fenwick");

        var stop = await Assert.ThrowsAsync<RecordStopException>(() => WithLoaderAsync(l => l.ReferralAsync(other.Child.Id, c.ReferralId, CancellationToken.None)));
        Assert.True(stop.IsNotFound);
        Assert.Equal(c.ReferralId, (await WithLoaderAsync(l => l.ReferralAsync(c.Child.Id, c.ReferralId, CancellationToken.None))).Id);
        var worker = await app.SignInAsync(other.Worker);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/people/{other.Child.Id}/social-care/{c.ReferralId}/close")).StatusCode);
    }

    [Fact]
    public async Task A_closed_episode_is_refused_with_the_reason_and_sent_back_to_the_episode()
    {
        var c = await app.ReferredChildAsync();
        await app.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == c.ReferralId);
            (referral.ClosedOn, referral.ReasonForClosure) = (new DateOnly(2026, 11, 20), "RC7");
            await db.SaveChangesAsync();
        });

        var stop = await Assert.ThrowsAsync<RecordStopException>(() => WithLoaderAsync(l => l.OpenReferralAsync(c.Child.Id, c.ReferralId, "/back", CancellationToken.None)));
        Assert.Equal(("This episode is closed, so it cannot be changed.", "/back"), (stop.Message, stop.ReturnUrl));

        var worker = await app.SignInAsync(c.Worker);
        var refused = await worker.GetAsync($"{c.Episode}/close");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.EndsWith(c.Episode, refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("This episode is closed, so it cannot be changed.", Html.MainText(await worker.GetDocumentAsync(c.Episode)), StringComparison.Ordinal);
        // Reading a closed episode is fine.
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync(c.Episode)).StatusCode);
    }

    [Fact]
    public async Task A_held_conference_cannot_be_changed()
    {
        var c = await app.ReferredChildAsync();
        var conferenceId = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.ChildProtectionConferences.Add(new ChildProtectionConference
            {
                Id = conferenceId, PersonId = c.Child.Id, ReferralId = c.ReferralId, Type = ConferenceType.Initial,
                ScheduledFor = new DateOnly(2026, 11, 20), HeldOn = new DateOnly(2026, 11, 20),
            });
            await db.SaveChangesAsync();
        });

        var stop = await Assert.ThrowsAsync<RecordStopException>(() => WithLoaderAsync(l =>
            l.ConferenceBeforeItIsHeldAsync(c.Child.Id, c.ReferralId, conferenceId, "/summary", CancellationToken.None)));
        Assert.Equal(("This conference has been held, so it cannot be changed.", "/summary"), (stop.Message, stop.ReturnUrl));
        var other = await app.ReferredChildAsync("Noah", "Fenwick");
        Assert.True((await Assert.ThrowsAsync<RecordStopException>(() => WithLoaderAsync(l =>
            l.ConferenceBeforeItIsHeldAsync(other.Child.Id, c.ReferralId, conferenceId, "/summary", CancellationToken.None)))).IsNotFound);

        var worker = await app.SignInAsync(c.Worker);
        var refused = await worker.GetAsync($"{c.Episode}/conferences/{conferenceId}/held");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.EndsWith($"{c.Episode}/child-protection", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_access_check_runs_before_anything_is_loaded()
    {
        var c = await app.ReferredChildAsync();
        await app.AsUserAsync(c.Manager, async s =>
        {
            await s.GetRequiredService<PeopleService>().SetRestrictedAsync(c.Child.Id, true, "Relative of a member of staff", CancellationToken.None);
            return 0;
        });
        var outsiderUser = await app.CreateUserAsync("Outside Worker", Role.SocialWorker);
        var outsider = await app.SignInAsync(outsiderUser);

        // An episode id that does not exist would be a 404 if it were loaded first; the refusal comes first and says nothing.
        foreach (var url in new[] { c.Episode, $"/people/{c.Child.Id}/social-care/{Guid.NewGuid()}", $"{c.Episode}/close" })
        {
            var refused = await outsider.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("no-access", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.RecordViews.CountAsync(v => v.PersonId == c.Child.Id && v.UserId == outsiderUser.Id)));
    }
}

public sealed class RecordLoadingTestsOnSqlite(SqliteAppFactory app) : RecordLoadingTests<SqliteAppFactory>(app);

public sealed class RecordLoadingTestsOnPostgres(PostgresAppFactory app) : RecordLoadingTests<PostgresAppFactory>(app);

/// <summary>The record's "today" is the UK date, like every due date it is compared with.</summary>
public sealed class RecordTodayTests
{
    private sealed class AnyRecordPage(TimeProvider clock) : PersonPageModel(null!, clock);

    [Fact]
    public void Half_past_eleven_at_night_utc_in_summer_is_already_tomorrow_in_the_uk()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 6, 2), new AnyRecordPage(clock).Today);
    }

    [Fact]
    public void In_winter_the_uk_date_is_the_utc_date()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 1), new AnyRecordPage(clock).Today);
    }
}
