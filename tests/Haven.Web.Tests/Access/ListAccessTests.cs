using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.People;
using Haven.Domain.Workforce;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Infrastructure;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haven.Web.Tests.Access;

/// <summary>An authority that opens records by relationship, on PostgreSQL.</summary>
public sealed class RelationshipAccessOnPostgresFactory : PostgresAppFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Haven:AccessMode", "Relationship");
    }
}

/// <summary>
/// With access by relationship, a list must not show who a child is to someone their record would refuse:
/// search, the family network, warning lists and the front door say the record exists and nothing more.
/// </summary>
public abstract class RelationshipListTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private sealed record Family(ApplicationUser Worker, ApplicationUser Manager, ApplicationUser Stranger, Person Ours, Person Theirs, string Surname);

    /// <summary>Two brothers: one allocated to the worker's team, the other to nobody; a stranger in another team.</summary>
    private async Task<Family> TwoBrothersAsync()
    {
        var manager = await app.CreateUserAsync("Relationship Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Locality {Guid.NewGuid():N}"[..20], manager.Id);
        var otherTeam = await app.TeamAsync($"Elsewhere {Guid.NewGuid():N}"[..20], null);
        var worker = await app.CreateUserAsync("Allocated Worker", Role.SocialWorker, team.Id);
        var stranger = await app.CreateUserAsync("Stranger Worker", Role.SocialWorker, otherTeam.Id);
        var surname = $"Bro{Guid.NewGuid():N}"[..12];
        var ours = await app.RegisterAsync(manager, "Ozzy", surname, new DateOnly(2014, 2, 2), postcode: "HV1 2AB");
        var theirs = await app.RegisterAsync(manager, "Tobias", surname, new DateOnly(2016, 3, 3), postcode: "HV1 2AB");
        await app.AllocateAsync(ours.Id, worker.Id, team.Id, "2026-01-01");
        await app.AddAsync(new Relationship { Id = Guid.NewGuid(), PersonId = ours.Id, RelatedPersonId = theirs.Id, Type = RelationshipType.Sibling });
        return new Family(worker, manager, stranger, ours, theirs, surname);
    }

    private Task BreakGlassAsync(ApplicationUser user, Person person) => app.AddAsync(new BreakGlassGrant
    {
        Id = Guid.NewGuid(), PersonId = person.Id, UserId = user.Id, Reason = "Police called out of hours",
        GrantedAtUtc = app.Clock.GetUtcNow().UtcDateTime, ExpiresAtUtc = app.Clock.GetUtcNow().UtcDateTime + AccessPolicy.BreakGlassDuration,
    });

    [Fact]
    public async Task Search_names_only_the_children_the_searcher_could_open()
    {
        var f = await TwoBrothersAsync();

        var worker = Html.MainText(await (await app.SignInAsync(f.Worker)).GetDocumentAsync($"/people?q={f.Surname}"));
        Assert.Contains($"Ozzy {f.Surname}", worker, StringComparison.Ordinal);
        Assert.DoesNotContain("Tobias", worker, StringComparison.Ordinal);
        Assert.Contains(f.Theirs.LaPersonId, worker, StringComparison.Ordinal);

        var stranger = await app.SignInAsync(f.Stranger);
        var byName = Html.MainText(await stranger.GetDocumentAsync($"/people?q={f.Surname}"));
        var byPostcode = Html.MainText(await stranger.GetDocumentAsync("/people?q=HV1+2AB"));
        foreach (var text in new[] { byName, byPostcode })
        {
            Assert.DoesNotContain("Ozzy", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tobias", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Test Street", text, StringComparison.Ordinal);
            Assert.Contains(f.Ours.LaPersonId, text, StringComparison.Ordinal);
        }

        // Break-glass opens the record, so the list names the child too, as the record would.
        await BreakGlassAsync(f.Stranger, f.Theirs);
        Assert.Contains($"Tobias {f.Surname}", Html.MainText(await stranger.GetDocumentAsync($"/people?q={f.Surname}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_family_network_names_only_relatives_the_viewer_could_open()
    {
        var f = await TwoBrothersAsync();

        var family = await (await app.SignInAsync(f.Worker)).GetAsync($"/people/{f.Ours.Id}/family");
        var text = await family.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, family.StatusCode);
        Assert.Contains(f.Theirs.LaPersonId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tobias", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2016", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warning_list_follows_the_record_and_break_glass_opens_both()
    {
        var f = await TwoBrothersAsync();
        await app.AddAsync(new PersonFlag { Id = Guid.NewGuid(), PersonId = f.Theirs.Id, Type = FlagType.MissingFromHome, From = new DateOnly(2026, 11, 1) });
        var stranger = await app.SignInAsync(f.Stranger);

        Assert.DoesNotContain("Tobias", Html.MainText(await stranger.GetDocumentAsync("/chronology/flags?type=MissingFromHome")), StringComparison.Ordinal);
        await BreakGlassAsync(f.Stranger, f.Theirs);
        Assert.Contains($"Tobias {f.Surname}", Html.MainText(await stranger.GetDocumentAsync("/chronology/flags?type=MissingFromHome")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_front_door_names_only_children_the_manager_could_open_and_its_counts_match_its_lists()
    {
        var f = await TwoBrothersAsync();
        var ours = await app.EpisodeAsync(f.Ours.Id, "2026-11-20", f.Worker.Id);
        var theirs = await app.EpisodeAsync(f.Theirs.Id, "2026-11-20", f.Worker.Id);
        var manager = await app.SignInAsync(f.Manager);

        var link = FrontDoorViews.Link(FrontDoorViews.Referrals12Months);
        var list = Html.MainText(await manager.GetDocumentAsync(link));
        var csv = await manager.GetStringAsync(link + "&format=csv");
        foreach (var text in new[] { list, csv })
        {
            Assert.Contains($"Ozzy {f.Surname}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tobias", text, StringComparison.Ordinal);
            Assert.Contains(f.Theirs.LaPersonId, text, StringComparison.Ordinal);
        }
        var contacts = await app.WithDbAsync(db => Task.FromResult(db.Contacts.Where(c => c.Id == ours.ContactId || c.Id == theirs.ContactId).Select(c => c.Reference).ToList()));
        Assert.Equal(2, contacts.Count);

        // The dashboard figure counts the rows its list shows, masked ones included.
        var figures = await app.AsUserAsync(f.Manager, s => s.GetRequiredService<FrontDoorQueries>().FiguresAsync(CancellationToken.None));
        var page = await app.AsUserAsync(f.Manager, s => s.GetRequiredService<FrontDoorQueries>()
            .ListAsync(new FrontDoorFilter(FrontDoorViews.Referrals12Months), FrontDoorSort.Received, true, 1, int.MaxValue, CancellationToken.None));
        Assert.Equal(figures.Referrals, page.Total);
        Assert.Equal(page.Total, page.Rows.Count);
    }

    [Fact]
    public async Task A_personal_adviser_who_is_not_the_allocated_worker_opens_the_care_leavers_record_and_the_lists_agree()
    {
        var f = await TwoBrothersAsync();
        // The stranger is the older brother's personal adviser, in another team and not allocated to him.
        await app.AddAsync(new Haven.Domain.CareLeavers.CareLeaver
        {
            Id = Guid.NewGuid(), PersonId = f.Ours.Id, PersonalAdviserUserId = f.Stranger.Id, PersonalAdviserName = f.Stranger.DisplayName,
            PersonalAdviserFrom = new DateOnly(2026, 10, 1), RecordedByUserId = f.Manager.Id, RecordedByName = f.Manager.DisplayName,
        });

        var ours = await app.AsUserAsync(f.Stranger, s => s.GetRequiredService<RecordAccess>().DecideAsync(f.Ours.Id));
        var theirs = await app.AsUserAsync(f.Stranger, s => s.GetRequiredService<RecordAccess>().DecideAsync(f.Theirs.Id));
        var open = await app.AsUserAsync(f.Stranger, s => s.GetRequiredService<VisiblePeople>().OpenAmongAsync([f.Ours.Id, f.Theirs.Id], CancellationToken.None));

        Assert.Equal((AccessOutcome.Allowed, true), (ours.Outcome, ours.CanEdit));
        Assert.Equal(AccessOutcome.BreakGlassAvailable, theirs.Outcome);
        Assert.Equal([f.Ours.Id], open);
        var search = Html.MainText(await (await app.SignInAsync(f.Stranger)).GetDocumentAsync($"/people?q={f.Surname}"));
        Assert.Contains($"Ozzy {f.Surname}", search, StringComparison.Ordinal);
        Assert.DoesNotContain("Tobias", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_allocation_ending_today_ends_at_midnight_in_the_UK_not_in_UTC()
    {
        var f = await TwoBrothersAsync();
        var team = await app.WithDbAsync(db => Task.FromResult(db.Allocations.Single(a => a.PersonId == f.Ours.Id).TeamId));
        var child = await app.RegisterAsync(f.Manager, "Summer", f.Surname, new DateOnly(2015, 1, 1));
        await app.AllocateAsync(child.Id, f.Stranger.Id, team, "2026-01-01", "2026-07-01");
        // 23:30 UTC on 1 July is 00:30 on 2 July in the UK: the allocation has ended.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));

        var decision = await app.AsUserAsync(f.Stranger, s => ActivatorUtilities.CreateInstance<RecordAccess>(s, (TimeProvider)clock).DecideAsync(child.Id));
        var open = await app.AsUserAsync(f.Stranger, s => ActivatorUtilities.CreateInstance<VisiblePeople>(s, (TimeProvider)clock).OpenAmongAsync([child.Id], CancellationToken.None));

        Assert.Equal(AccessOutcome.BreakGlassAvailable, decision.Outcome);
        Assert.Empty(open);
    }
}

public sealed class RelationshipListTestsOnSqlite(RelationshipAccessFactory app) : RelationshipListTests<RelationshipAccessFactory>(app);

public sealed class RelationshipListTestsOnPostgres(RelationshipAccessOnPostgresFactory app) : RelationshipListTests<RelationshipAccessOnPostgresFactory>(app);

/// <summary>
/// The list filter and the per-record decision agree for every user and person in a generated authority, in
/// both access modes: restricted or not, named users, allocated worker, team and manager, current, ended and
/// future allocations, active and expired break-glass, and each role.
/// </summary>
public abstract class VisiblePeopleTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Theory]
    [InlineData(AccessMode.Open)]
    [InlineData(AccessMode.Relationship)]
    public async Task The_list_filter_agrees_with_the_record_for_every_user_and_person(AccessMode mode)
    {
        // Half past midnight in the UK in summer, so "today" differs between UK time and UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));
        var now = clock.GetUtcNow().UtcDateTime;
        var managerA = await app.CreateUserAsync("Equivalence Manager A", Role.TeamManager);
        var teamA = await app.TeamAsync($"Team A {Guid.NewGuid():N}"[..20], managerA.Id);
        var teamB = await app.TeamAsync($"Team B {Guid.NewGuid():N}"[..20], null);
        var workerA = await app.CreateUserAsync("Worker A", Role.SocialWorker, teamA.Id);
        var workerB = await app.CreateUserAsync("Worker B", Role.SocialWorker, teamB.Id);
        var users = new List<ApplicationUser> { managerA, workerA, workerB, await app.CreateUserAsync("Teamless Worker", Role.SocialWorker) };
        foreach (var role in new[] { Role.ServiceManager, Role.IndependentReviewingOfficer, Role.BusinessSupport, Role.Auditor, Role.PerformanceAnalyst, Role.SystemAdministrator })
        {
            users.Add(await app.CreateUserAsync($"Equivalence {role}", role, role == Role.BusinessSupport ? teamA.Id : null));
        }

        var people = new List<Guid>();
        var entities = new List<object>();
        var allocations = new (string? From, string? To)[] { (null, null), ("2026-01-01", null), ("2026-01-01", "2026-07-01"), ("2026-01-01", "2026-07-02"), ("2026-07-02", null), ("2026-07-03", null) };
        var i = 0;
        foreach (var restricted in new[] { false, true })
        {
            foreach (var (from, to) in allocations)
            {
                foreach (var allocatedTo in new[] { workerA, workerB })
                {
                    foreach (var grants in new[] { 0, 1, 2, 3 })
                    {
                        var person = new Person { Id = Guid.NewGuid(), LaPersonId = $"E{Guid.NewGuid():N}"[..8], Kind = PersonKind.Child, FirstName = $"Child{i++}", LastName = "Equivalence", IsRestricted = restricted };
                        people.Add(person.Id);
                        entities.Add(person);
                        if (from is not null)
                        {
                            entities.Add(new Allocation { Id = Guid.NewGuid(), PersonId = person.Id, WorkerUserId = allocatedTo.Id, TeamId = allocatedTo == workerA ? teamA.Id : teamB.Id, StartDate = CaseworkSeed.D(from), EndDate = to is null ? null : CaseworkSeed.D(to) });
                        }
                        // Grants vary by person: the teamless worker named or breaking glass (active or expired), the auditor named.
                        var teamless = users[3];
                        if ((grants & 1) != 0)
                        {
                            entities.Add(new RestrictedAccessGrant { Id = Guid.NewGuid(), PersonId = person.Id, UserId = teamless.Id, GrantedByUserId = managerA.Id });
                            entities.Add(new BreakGlassGrant { Id = Guid.NewGuid(), PersonId = person.Id, UserId = workerB.Id, Reason = "Out of hours", GrantedAtUtc = now.AddHours(-1), ExpiresAtUtc = now.AddHours(3) });
                        }
                        if ((grants & 2) != 0)
                        {
                            entities.Add(new BreakGlassGrant { Id = Guid.NewGuid(), PersonId = person.Id, UserId = teamless.Id, Reason = "Out of hours", GrantedAtUtc = now.AddHours(-5), ExpiresAtUtc = now.AddHours(-1) });
                            entities.Add(new RestrictedAccessGrant { Id = Guid.NewGuid(), PersonId = person.Id, UserId = workerA.Id, GrantedByUserId = managerA.Id });
                        }
                        if (grants == 3)
                        {
                            entities.Add(new BreakGlassGrant { Id = Guid.NewGuid(), PersonId = person.Id, UserId = teamless.Id, Reason = "Out of hours", GrantedAtUtc = now.AddHours(-1), ExpiresAtUtc = now.AddHours(3) });
                        }
                    }
                }
            }
        }
        await app.AddAsync([.. entities]);
        var options = Options.Create(new HavenOptions { AccessMode = mode });

        foreach (var user in users)
        {
            var (expected, listed) = await app.AsUserAsync(user, async s =>
            {
                var record = ActivatorUtilities.CreateInstance<RecordAccess>(s, (TimeProvider)clock, options);
                var decisions = new Dictionary<Guid, AccessDecision>();
                foreach (var id in people)
                {
                    decisions[id] = await record.DecideAsync(id);
                }
                var filter = ActivatorUtilities.CreateInstance<VisiblePeople>(s, (TimeProvider)clock, options);
                var open = await filter.OpenAmongAsync(people, CancellationToken.None);
                return (decisions, people.ToDictionary(id => id, id => filter.Listed(open.Contains(id))));
            });
            foreach (var id in people)
            {
                Assert.True(expected[id].ListedAs == listed[id], $"{mode}, {user.DisplayName}, person {entities.OfType<Person>().Single(p => p.Id == id).FirstName}: record says {expected[id].Outcome}, list says {listed[id]}");
            }
        }
    }
}

public sealed class VisiblePeopleTestsOnSqlite(SqliteAppFactory app) : VisiblePeopleTests<SqliteAppFactory>(app);

public sealed class VisiblePeopleTestsOnPostgres(PostgresAppFactory app) : VisiblePeopleTests<PostgresAppFactory>(app);
