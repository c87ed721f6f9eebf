using System.Net;
using System.Reflection;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Features.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.People;

/// <summary>
/// Merging a duplicate into the record that is kept: every row that belongs to the duplicate moves, the restriction
/// comes along, the preview says what will move, and only someone who may see both records can do it.
/// </summary>
public abstract class MergeTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    /// <summary>
    /// Logs of what happened to a record, not part of it: they stay with the record they were written about (the
    /// kept record's history shows the duplicate's). Every other column naming a person must be a foreign key to
    /// the person, so that the walk below (and the merge) cannot miss it.
    /// </summary>
    private static readonly HashSet<(Type, string)> AuditLogsThatStay =
    [
        (typeof(CaseEvent), nameof(CaseEvent.PersonId)),
        (typeof(RecordView), nameof(RecordView.PersonId)),
        (typeof(BreakGlassGrant), nameof(BreakGlassGrant.PersonId)),
    ];

    [Fact]
    public async Task Merging_moves_every_row_that_points_at_the_duplicate_found_by_walking_the_model()
    {
        var manager = await app.CreateUserAsync("Walking Manager", Role.TeamManager);
        var kept = await app.RegisterAsync(manager, "Walter", "Keepsake", new DateOnly(2015, 2, 2));
        var duplicate = await app.RegisterAsync(manager, "Walt", "Keepsake", new DateOnly(2015, 2, 2));
        var other = await app.RegisterAsync(manager, "Wanda", "Keepsake", new DateOnly(1990, 3, 3), kind: PersonKind.Adult);

        var references = await app.WithDbAsync(db => Task.FromResult(PersonForeignKeys(db.Model)));
        Assert.NotEmpty(references);
        await app.WithDbAsync(async db =>
        {
            // Every column that names a person is a foreign key, or a log that deliberately stays.
            var unkeyed = db.Model.GetEntityTypes()
                .Where(t => t.ClrType != typeof(Person))
                .SelectMany(t => t.GetProperties().Where(p => (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))
                    && (p.Name.EndsWith("PersonId", StringComparison.Ordinal) || p.Name == "ProfessionalId")
                    && !p.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Person))
                    && !AuditLogsThatStay.Contains((t.ClrType, p.Name)))
                .Select(p => $"{t.ClrType.Name}.{p.Name}"))
                .ToList();
            Assert.True(unkeyed.Count == 0, $"Columns naming a person with no foreign key to it: {string.Join(", ", unkeyed)}");

            var seeded = new Dictionary<Type, object>();
            foreach (var table in references.GroupBy(r => r.Entity))
            {
                // A table with two keys to a person (relationships, professionals) gets a row naming the duplicate in each.
                for (var column = 0; column < table.Count(); column++)
                {
                    Seed(db, table.Key.ClrType, duplicate.Id, other.Id, manager.Id, seeded, column);
                }
            }
            await db.SaveChangesAsync();
            foreach (var (entity, property) in references)
            {
                Assert.True(await CountAsync(db, entity, property, duplicate.Id) > 0, $"{entity.ClrType.Name}.{property.Name} was not seeded for the duplicate");
            }
        });

        var client = await app.SignInAsync(manager);
        var form = await client.GetFormAsync($"/people/{kept.Id}/merge?duplicateId={duplicate.LaPersonId}");
        var merged = await client.PostFormAsync($"/people/{kept.Id}/merge", form, new() { ["Confirmed"] = "true", ["Reason"] = "Same child: same school and date of birth" });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        var left = await app.WithDbAsync(async db =>
        {
            var still = new List<string>();
            foreach (var (entity, property) in references)
            {
                if (await CountAsync(db, entity, property, duplicate.Id) > 0)
                {
                    still.Add($"{entity.ClrType.Name}.{property.Name}");
                }
            }
            return still;
        });
        Assert.True(left.Count == 0, $"Still pointing at the duplicate after the merge: {string.Join(", ", left)}");
    }

    [Fact]
    public async Task A_restricted_duplicate_keeps_its_restriction_on_the_kept_record_with_the_named_users_combined()
    {
        var manager = await app.CreateUserAsync("Restricting Merger", Role.TeamManager);
        var namedOnDuplicate = await app.CreateUserAsync("Named On Duplicate", Role.SocialWorker);
        var bystander = await app.CreateUserAsync("Bystander Worker", Role.SocialWorker);
        var kept = await app.RegisterAsync(manager, "Rosalind", "Quarry", new DateOnly(2012, 4, 4));
        var duplicate = await app.RegisterAsync(manager, "Rosalind", "Quarrie", new DateOnly(2012, 4, 4), nhs: "9434765919");
        await app.AsUserAsync(manager, async s =>
        {
            var people = s.GetRequiredService<PeopleService>();
            await people.SetRestrictedAsync(duplicate.Id, true, "Relative of a member of staff", CancellationToken.None);
            await people.GrantNamedAccessAsync(duplicate.Id, namedOnDuplicate, manager.Id, CancellationToken.None);
            return 0;
        });
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(bystander)).GetAsync($"/people/{kept.Id}")).StatusCode);

        var client = await app.SignInAsync(manager);
        var form = await client.GetFormAsync($"/people/{kept.Id}/merge?duplicateId={duplicate.LaPersonId}");
        var merged = await client.PostFormAsync($"/people/{kept.Id}/merge", form, new() { ["Confirmed"] = "true", ["Reason"] = "Same NHS number" });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        var person = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == kept.Id));
        Assert.True(person.IsRestricted);
        Assert.Equal("9434765919", person.NhsNumber);
        var named = await app.WithDbAsync(db => db.RestrictedAccessGrants.Where(g => g.PersonId == kept.Id).Select(g => g.UserId).ToListAsync());
        Assert.Contains(namedOnDuplicate.Id, named);
        Assert.Contains(manager.Id, named);
        Assert.Equal(named.Count, named.Distinct().Count());

        var bystanderClient = await app.SignInAsync(bystander);
        var refused = await bystanderClient.GetAsync($"/people/{kept.Id}");
        Assert.Contains("no-access", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var search = Html.MainText(await bystanderClient.GetDocumentAsync("/people?q=9434765919"));
        Assert.DoesNotContain("Quarr", search, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(namedOnDuplicate)).GetAsync($"/people/{kept.Id}")).StatusCode);

        // The merge is one audited event on the kept record, with what changed before and after.
        var merge = await app.WithDbAsync(db => db.CaseEvents.AsNoTracking().SingleAsync(e => e.PersonId == kept.Id && e.Type == CaseEventTypes.DuplicateMergedIn));
        Assert.Equal("Same NHS number", merge.Reason);
        Assert.Contains(merge.Changes, c => c.Field == "Restricted" && c.OldValue == "No" && c.NewValue == "Yes");
        Assert.Contains(merge.Changes, c => c.Field == "NHS number" && c.OldValue == null && c.NewValue == "9434765919");
        Assert.Contains(merge.Changes, c => c.Field == "Named users" && c.NewValue!.Contains("Named On Duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_preview_says_in_words_what_will_move()
    {
        var manager = await app.CreateUserAsync("Previewing Manager", Role.TeamManager);
        var kept = await app.RegisterAsync(manager, "Priya", "Ashdown", new DateOnly(2016, 9, 9));
        var duplicate = await app.RegisterAsync(manager, "Pria", "Ashdown", new DateOnly(2016, 9, 9), postcode: "HV4 4DD");
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 2; i++)
            {
                db.CaseNotes.Add(new Haven.Domain.CaseRecording.CaseNote
                {
                    Id = Guid.NewGuid(), PersonId = duplicate.Id, Subject = $"Visit {i}", Text = "Seen at home", OccurredOn = new DateOnly(2026, 11, 1),
                    RecordedAtUtc = HavenAppFactory.Now.UtcDateTime, RecordedByUserId = manager.Id, RecordedByName = manager.DisplayName,
                });
            }
            await db.SaveChangesAsync();
        });

        var client = await app.SignInAsync(manager);
        var preview = Html.MainText(await client.GetDocumentAsync($"/people/{kept.Id}/merge?duplicateId={duplicate.LaPersonId}"));

        Assert.Contains("2 case notes", preview, StringComparison.Ordinal);
        Assert.Contains("1 address", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_is_refused_to_someone_who_may_not_see_the_duplicate()
    {
        var manager = await app.CreateUserAsync("Unnamed Manager", Role.TeamManager);
        var restricting = await app.CreateUserAsync("Other Manager", Role.TeamManager);
        var kept = await app.RegisterAsync(manager, "Dorian", "Vale", new DateOnly(2013, 7, 7));
        var duplicate = await app.RegisterAsync(restricting, "Dorian", "Vayle", new DateOnly(2013, 7, 7));
        await app.AsUserAsync(restricting, async s =>
        {
            await s.GetRequiredService<PeopleService>().SetRestrictedAsync(duplicate.Id, true, "High-profile case", CancellationToken.None);
            return 0;
        });

        var client = await app.SignInAsync(manager);
        var preview = await client.GetAsync($"/people/{kept.Id}/merge?duplicateId={duplicate.LaPersonId}");
        Assert.DoesNotContain("Vayle", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await client.GetFormAsync($"/people/{kept.Id}/merge");
        var merge = await client.PostFormAsync($"/people/{kept.Id}/merge", form, new() { ["DuplicateId"] = duplicate.LaPersonId, ["Confirmed"] = "true", ["Reason"] = "Looks the same" });

        Assert.True(merge.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"merge gave {merge.StatusCode}");
        Assert.Null(await app.WithDbAsync(db => db.People.Where(p => p.Id == duplicate.Id).Select(p => p.MergedIntoId).SingleAsync()));
    }

    /// <summary>Every foreign key from any table to a person, one column each.</summary>
    private static List<(IEntityType Entity, IProperty Property)> PersonForeignKeys(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(Person)).Select(fk => (t, fk.Properties.Single())))
            .ToList();

    private static Task<int> CountAsync(HavenDbContext db, IEntityType entity, IProperty property, Guid personId) =>
        (Task<int>)typeof(MergeTests<TFactory>).GetMethod(nameof(CountOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entity.ClrType).Invoke(null, [db, property, personId])!;

    private static Task<int> CountOfAsync<T>(HavenDbContext db, IProperty property, Guid personId) where T : class =>
        property.ClrType == typeof(Guid)
            ? db.Set<T>().CountAsync(e => EF.Property<Guid>(e, property.Name) == personId)
            : db.Set<T>().CountAsync(e => EF.Property<Guid?>(e, property.Name) == personId);

    /// <summary>
    /// Adds one row of <paramref name="clr"/> on the duplicate's record: its <paramref name="duplicateColumn"/>th foreign
    /// key to a person names the duplicate (any other names another person), other required keys name a row seeded
    /// the same way, and other required values are placeholders the database accepts.
    /// </summary>
    private static object Seed(HavenDbContext db, Type clr, Guid duplicateId, Guid otherId, string userId, Dictionary<Type, object> seeded, int duplicateColumn = 0)
    {
        if (duplicateColumn == 0 && seeded.TryGetValue(clr, out var existing))
        {
            return existing;
        }
        var entity = db.Model.FindEntityType(clr)!;
        var row = Activator.CreateInstance(clr)!;
        var personKeys = 0;
        foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            var fk = property.GetContainingForeignKeys().FirstOrDefault();
            if (fk is not null && fk.PrincipalEntityType.ClrType == typeof(Person))
            {
                property.PropertyInfo!.SetValue(row, personKeys++ == duplicateColumn ? duplicateId : otherId);
            }
            else if (fk is not null && !property.IsNullable)
            {
                var principal = Seed(db, fk.PrincipalEntityType.ClrType, duplicateId, otherId, userId, seeded);
                property.PropertyInfo!.SetValue(row, fk.PrincipalKey.Properties.Single().PropertyInfo!.GetValue(principal));
            }
            else if (property.IsPrimaryKey() && property.ClrType == typeof(Guid))
            {
                property.PropertyInfo!.SetValue(row, Guid.NewGuid());
            }
            else if (!property.IsNullable && !property.IsPrimaryKey())
            {
                property.PropertyInfo!.SetValue(row, Placeholder(property, userId));
            }
        }
        db.Add(row);
        seeded.TryAdd(clr, row);
        return row;
    }

    private static object Placeholder(IProperty property, string userId)
    {
        var type = property.ClrType;
        if (type == typeof(string))
        {
            return property.Name.EndsWith("UserId", StringComparison.Ordinal) ? userId : Guid.NewGuid().ToString("N")[..Math.Min(property.GetMaxLength() ?? 8, 8)];
        }
        if (type == typeof(DateTime))
        {
            return HavenAppFactory.Now.UtcDateTime;
        }
        if (type == typeof(DateOnly))
        {
            return new DateOnly(2026, 1, 1);
        }
        return property.PropertyInfo!.GetValue(Activator.CreateInstance(property.DeclaringType.ClrType)) ?? Activator.CreateInstance(type)!;
    }
}

public sealed class MergeTestsOnSqlite(SqliteAppFactory app) : MergeTests<SqliteAppFactory>(app);

public sealed class MergeTestsOnPostgres(PostgresAppFactory app) : MergeTests<PostgresAppFactory>(app);
