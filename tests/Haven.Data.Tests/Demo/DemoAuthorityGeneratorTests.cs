using System.Text.RegularExpressions;
using Haven.Data.Demo;
using Haven.Domain.Events;
using Haven.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

public sealed partial class DemoAuthorityGeneratorTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly DateOnly Today = DemoDatabase.Today;

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Same_seed_gives_the_same_people_and_another_seed_does_not()
    {
        await using var again = await DemoDatabase.CreateAsync(DemoDatabaseFixture.Children, fixture.Demo.Options.Seed);
        await using var other = await DemoDatabase.CreateAsync(DemoDatabaseFixture.Children, fixture.Demo.Options.Seed + 1);

        var first = await Snapshot(fixture.Demo);
        var second = await Snapshot(again);
        var third = await Snapshot(other);

        Assert.Equal(first.People, second.People);
        Assert.Equal(first.Relationships, second.Relationships);
        Assert.Equal(first.Allocations, second.Allocations);
        Assert.Equal(first.Users, second.Users);
        Assert.Equal(first.Casework, second.Casework);
        Assert.NotEmpty(first.Casework);
        Assert.NotEqual(first.People, third.People);
        Assert.NotEqual(first.Casework, third.Casework);
        Assert.Equal(fixture.Demo.Result.Children, again.Result.Children);
        Assert.Equal(DemoDatabaseFixture.Children, fixture.Demo.Result.Children);
    }

    [Fact]
    public async Task Families_hang_together()
    {
        await using var db = fixture.Demo.CreateContext();
        var people = await db.People.AsNoTracking().Include(p => p.Addresses).ToDictionaryAsync(p => p.Id, Ct);
        var relationships = await db.Relationships.AsNoTracking().ToListAsync(Ct);
        var children = people.Values.Where(p => p.Kind == PersonKind.Child).ToList();

        // Every child has a current address, and every adult in a family is 18 or over.
        Assert.All(children, c => Assert.NotNull(c.CurrentAddress(Today)));
        Assert.All(people.Values.Where(p => p.Kind == PersonKind.Adult), a => Assert.True(a.AgeOn(Today) >= 18, $"{a.LaPersonId} is under 18"));
        Assert.All(children.Where(c => c.DateOfBirth is not null), c => Assert.InRange(c.AgeOn(Today)!.Value, 0, 21));
        Assert.All(children.Where(c => c.DateOfBirth is null), c =>
        {
            Assert.NotNull(c.ExpectedDateOfBirth);
            Assert.InRange(c.ExpectedDateOfBirth!.Value, Today, Today.AddMonths(5));
        });

        // Parent rows point from an adult to a child.
        var parentRows = relationships.Where(r => r.Type == RelationshipType.Parent).ToList();
        Assert.NotEmpty(parentRows);
        Assert.All(parentRows, r =>
        {
            Assert.Equal(PersonKind.Adult, people[r.PersonId].Kind);
            Assert.Equal(PersonKind.Child, people[r.RelatedPersonId].Kind);
        });

        // Every kind of family link the demo promises is there.
        foreach (var type in new[] { RelationshipType.Sibling, RelationshipType.HalfSibling, RelationshipType.StepSibling, RelationshipType.StepParent, RelationshipType.Grandparent, RelationshipType.Partner })
        {
            Assert.Contains(relationships, r => r.Type == type);
        }

        // One row per sibling pair.
        var siblingTypes = new[] { RelationshipType.Sibling, RelationshipType.HalfSibling, RelationshipType.StepSibling };
        var siblingRows = relationships.Where(r => siblingTypes.Contains(r.Type)).ToList();
        var pairs = siblingRows.Select(r => r.PersonId.CompareTo(r.RelatedPersonId) < 0 ? (r.PersonId, r.RelatedPersonId) : (r.RelatedPersonId, r.PersonId)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());

        var parentsOf = parentRows.ToLookup(r => r.RelatedPersonId, r => r.PersonId);
        var carersOf = relationships
            .Where(r => r.LivesWith && r.Type is RelationshipType.Parent or RelationshipType.StepParent or RelationshipType.Grandparent)
            .ToLookup(r => r.RelatedPersonId, r => r.PersonId);
        var sharedHomes = 0;
        foreach (var row in siblingRows)
        {
            // Siblings who live with the same carer live at the same address.
            if (carersOf[row.PersonId].Intersect(carersOf[row.RelatedPersonId]).Any())
            {
                sharedHomes++;
                Assert.Equal(people[row.PersonId].CurrentAddress(Today)!.OneLine, people[row.RelatedPersonId].CurrentAddress(Today)!.OneLine);
            }
            if (row.Type == RelationshipType.HalfSibling)
            {
                Assert.Single(parentsOf[row.PersonId].Intersect(parentsOf[row.RelatedPersonId]));
            }
            if (row.Type == RelationshipType.StepSibling)
            {
                Assert.Empty(parentsOf[row.PersonId].Intersect(parentsOf[row.RelatedPersonId]));
            }
        }
        Assert.True(sharedHomes > 0);

        // The two ends of a Partner row are adults who live at the same address.
        Assert.All(relationships.Where(r => r.Type == RelationshipType.Partner), r =>
        {
            Assert.Equal(PersonKind.Adult, people[r.PersonId].Kind);
            Assert.Equal(people[r.PersonId].CurrentAddress(Today)!.OneLine, people[r.RelatedPersonId].CurrentAddress(Today)!.OneLine);
        });
    }

    [Fact]
    public async Task Identifiers_and_contact_details_are_synthetic()
    {
        await using var db = fixture.Demo.CreateContext();
        var people = await db.People.AsNoTracking().ToListAsync(Ct);
        var nhsNumbers = people.Where(p => p.NhsNumber is not null).Select(p => p.NhsNumber!).ToList();

        Assert.All(nhsNumbers, n =>
        {
            Assert.True(NhsNumber.TryParse(n, out _), $"{n} is not a valid NHS number");
            Assert.StartsWith("999", n, StringComparison.Ordinal);
        });
        Assert.Equal(nhsNumbers.Count, nhsNumbers.Distinct().Count());
        var bornChildren = people.Where(p => p.Kind == PersonKind.Child && p.DateOfBirth is not null).ToList();
        Assert.True(bornChildren.Count(c => c.NhsNumber is not null) >= bornChildren.Count * 0.9, "almost every child has an NHS number");

        var upns = people.Where(p => p.UniquePupilNumber is not null).Select(p => p.UniquePupilNumber!).ToList();
        Assert.NotEmpty(upns);
        Assert.All(upns, u => Assert.True(UniquePupilNumber.TryParse(u, out _), $"{u} is not a valid UPN"));
        Assert.All(people.Where(p => p.UniquePupilNumber is not null), p => Assert.True(p.AgeOn(Today) >= 5));

        var addresses = await db.Addresses.AsNoTracking().Select(a => a.Postcode).ToListAsync(Ct);
        Assert.All(addresses, p => Assert.Matches(PostcodePattern(), p));

        var contacts = await db.ContactDetails.AsNoTracking().ToListAsync(Ct);
        Assert.All(contacts.Where(c => c.Method != ContactMethod.Email), c => Assert.Matches(DramaNumberPattern(), c.Value));
        Assert.All(contacts.Where(c => c.Method == ContactMethod.Email), c => Assert.EndsWith("@example.com", c.Value, StringComparison.Ordinal));

        Assert.Equal(people.Count, people.Select(p => p.LaPersonId).Distinct().Count());
        Assert.All(people, p => Assert.Matches(LaPersonIdPattern(), p.LaPersonId));
    }

    [Fact]
    public async Task Codes_come_from_the_DfE_code_sets()
    {
        await using var db = fixture.Demo.CreateContext();
        var people = await db.People.AsNoTracking().Where(p => p.Kind != PersonKind.Professional).ToListAsync(Ct);

        Assert.All(people, p => Assert.True(CodeSets.IsEthnicity(p.EthnicityCode), $"{p.LaPersonId} has ethnicity {p.EthnicityCode}"));
        Assert.All(people.Where(p => p.DisabilityCodes is not null), p =>
            Assert.All(p.DisabilityCodes!.Split(' '), code => Assert.True(CodeSets.IsDisability(code), code)));

        var children = people.Where(p => p.Kind == PersonKind.Child).ToList();
        var whiteBritish = children.Count(c => c.EthnicityCode == "WBRI") / (double)children.Count;
        Assert.InRange(whiteBritish, 0.5, 0.8);
        Assert.True(children.Select(c => c.EthnicityCode).Distinct().Count() >= 8, "a mix of ethnicities");

        // An interpreter flag goes with every adult who needs an interpreter.
        var interpreterFlags = await db.PersonFlags.AsNoTracking().Where(f => f.Type == FlagType.InterpreterNeeded).Select(f => f.PersonId).ToListAsync(Ct);
        Assert.Equal(people.Where(p => p.InterpreterRequired).Select(p => p.Id).Order(), interpreterFlags.Order());
        Assert.All(people.Where(p => p.InterpreterRequired), p => Assert.NotEqual("English", p.FirstLanguage));
    }

    [Fact]
    public async Task Demo_logins_exist_with_their_roles_and_the_demo_social_worker_has_a_caseload()
    {
        await using var db = fixture.Demo.CreateContext();
        var users = await db.Users.AsNoTracking().ToListAsync(Ct);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, Ct);
        var userRoles = await db.UserRoles.AsNoTracking().ToListAsync(Ct);

        Assert.Equal(Enum.GetValues<Haven.Domain.Access.Role>().Length, roles.Count);
        Assert.All(roles.Values, r => Assert.Equal(r.Name!.ToUpperInvariant(), r.NormalizedName));
        Assert.Equal(8, DemoAuthorityGenerator.Logins.Count);
        Assert.All(users, u => Assert.True(u.IsDemoAccount));

        foreach (var login in DemoAuthorityGenerator.Logins)
        {
            var normalisedEmail = login.Email.ToUpperInvariant();
            var user = Assert.Single(users, u => u.NormalizedEmail == normalisedEmail);
            Assert.Equal(login.Email, user.UserName);
            Assert.True(user.EmailConfirmed);
            Assert.Equal(DemoAuthorityGenerator.DemoPassword, login.Password);
            Assert.NotEqual(PasswordVerificationResult.Failed, DemoDatabase.Hasher.VerifyHashedPassword(user, user.PasswordHash!, login.Password));
            var names = userRoles.Where(ur => ur.UserId == user.Id).Select(ur => roles[ur.RoleId].Name).ToList();
            Assert.Equal([login.IdentityRole], names);
        }

        var socialWorker = users.Single(u => u.Email == "social.worker@demo.haven.local");
        var manager = users.Single(u => u.Email == "team.manager@demo.haven.local");
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == socialWorker.TeamId, Ct);
        Assert.Equal(manager.Id, team.ManagerUserId);
        Assert.Equal(team.Id, manager.TeamId);

        var allocations = await db.Allocations.AsNoTracking().ToListAsync(Ct);
        var caseload = allocations.Where(a => a.WorkerUserId == socialWorker.Id && a.IsCurrent(Today)).ToList();
        Assert.InRange(caseload.Count, 15, 20);
        Assert.All(caseload, a => Assert.Equal(team.Id, a.TeamId));

        // Every team has a manager in the team manager role; about 70% of children have a current worker.
        var managerRole = roles.Values.Single(r => r.Name == "TeamManager").Id;
        var teams = await db.Teams.AsNoTracking().ToListAsync(Ct);
        Assert.All(teams, t => Assert.Contains(userRoles, ur => ur.UserId == t.ManagerUserId && ur.RoleId == managerRole));
        var children = await db.People.AsNoTracking().Where(p => p.Kind == PersonKind.Child).Select(p => p.Id).ToListAsync(Ct);
        var allocated = allocations.Where(a => a.IsCurrent(Today)).Select(a => a.PersonId).Distinct().Count();
        Assert.InRange(allocated / (double)children.Count, 0.6, 0.8);
        Assert.All(allocations.GroupBy(a => a.PersonId), g => Assert.True(g.Count(a => a.IsCurrent(Today)) <= 1));

        // Restricted records exist, and the demo worker and manager are named on at least one.
        var restricted = await db.People.AsNoTracking().Where(p => p.IsRestricted).Select(p => p.Id).ToListAsync(Ct);
        Assert.NotEmpty(restricted);
        Assert.True(restricted.Count < children.Count * 0.05);
        var grants = await db.RestrictedAccessGrants.AsNoTracking().ToListAsync(Ct);
        Assert.Contains(restricted, id => grants.Any(g => g.PersonId == id && g.UserId == socialWorker.Id) && grants.Any(g => g.PersonId == id && g.UserId == manager.Id));
        // Nobody could open a restricted record with no named user, not even to lift the restriction.
        Assert.All(restricted, id => Assert.Contains(grants, g => g.PersonId == id));

        var setting = await db.SystemSettings.AsNoTracking().SingleAsync(s => s.Key == DemoAuthorityGenerator.SettingKey, Ct);
        Assert.Equal(DemoAuthorityGenerator.SettingValue(fixture.Demo.Options), setting.Value);
    }

    [Fact]
    public async Task Every_person_has_one_registration_event_and_search_names()
    {
        await using var db = fixture.Demo.CreateContext();
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.CreatedAtUtc }).ToListAsync(Ct);
        var events = await db.CaseEvents.AsNoTracking().ToListAsync(Ct);
        var searchNames = await db.PersonSearchNames.AsNoTracking().Select(n => n.PersonId).ToListAsync(Ct);

        Assert.Equal(fixture.Demo.Result.People, people.Count);
        var registered = events.Where(e => e.Type == CaseEventTypes.PersonRegistered).ToLookup(e => e.PersonId);
        var named = searchNames.ToLookup(id => id);
        foreach (var person in people)
        {
            var registration = Assert.Single(registered[person.Id]);
            Assert.Equal(person.CreatedAtUtc, registration.OccurredAtUtc);
            Assert.Equal(DateTimeKind.Utc, registration.OccurredAtUtc.Kind);
            Assert.True(registration.OccurredAtUtc <= DemoDatabase.NowUtc);
            Assert.StartsWith("Record created for ", registration.Summary, StringComparison.Ordinal);
            Assert.Empty(registration.Changes);
            Assert.NotEmpty(named[person.Id]);
        }
        Assert.All(events.Where(e => e.Type == CaseEventTypes.PersonRegistered), e => Assert.Equal("system", e.ActorUserId));
    }

    [Fact]
    public async Task A_year_of_front_door_work_is_consistent_with_the_rules()
    {
        await using var db = fixture.Demo.CreateContext();
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Decision).Include(c => c.Feedback).ToListAsync(Ct);
        var referrals = await db.Referrals.AsNoTracking().ToListAsync(Ct);

        Assert.NotEmpty(contacts);
        Assert.Contains(contacts, c => c.Decision is null);
        Assert.All(contacts, c => Assert.True(c.ReceivedAtUtc <= DemoDatabase.NowUtc));
        Assert.All(contacts.Where(c => c.Decision is not null), c =>
        {
            Assert.True(c.Decision!.DecidedAtUtc >= c.ReceivedAtUtc);
            Assert.NotNull(c.Feedback);
            Assert.Equal(c.SourceCode is "9" or "10", c.Feedback!.Method == Haven.Domain.FrontDoor.FeedbackMethod.NotPossible);
        });
        // Every referral comes from a decision to refer, and re-referral flags follow the 12-month rule.
        var byContact = contacts.ToDictionary(c => c.Id);
        Assert.All(referrals, r => Assert.True(Haven.Domain.FrontDoor.FrontDoorRules.IsReferralToSocialCare(byContact[r.ContactId!.Value].Decision!.Outcome)));
        Assert.All(referrals, r => Assert.Equal(
            Haven.Domain.FrontDoor.FrontDoorRules.IsReReferral(r.ReferralDate, referrals.Where(o => o.PersonId == r.PersonId && o.Id != r.Id).Select(o => o.ReferralDate)),
            r.IsReReferral));
        Assert.Equal(contacts.Count, contacts.Select(c => c.Reference).Distinct().Count());

        // Early help follows early-help decisions, starts after them, and closed episodes have an outcome.
        var episodes = await db.EarlyHelpEpisodes.AsNoTracking().Include(e => e.Assessments).ToListAsync(Ct);
        Assert.NotEmpty(episodes);
        Assert.All(episodes, e =>
        {
            var decision = byContact[e.ContactId!.Value].Decision!;
            Assert.Equal(Haven.Domain.FrontDoor.ScreeningOutcome.EarlyHelp, decision.Outcome);
            Assert.True(e.StartDate >= DateOnly.FromDateTime(decision.DecidedAtUtc.AddDays(-1)));
            Assert.Equal(e.EndDate is null, e.ClosureOutcome is null);
            Assert.All(e.Assessments, a => Assert.False(string.IsNullOrWhiteSpace(a.ChildsVoice)));
        });
    }

    private sealed record Data(List<string> People, List<string> Relationships, List<string> Allocations, List<string> Users, List<string> Casework);

    private async Task<Data> Snapshot(DemoDatabase demo)
    {
        await using var db = demo.CreateContext();
        var people = await db.People.AsNoTracking().OrderBy(p => p.LaPersonId)
            .Select(p => $"{p.Id}|{p.LaPersonId}|{p.FirstName}|{p.MiddleNames}|{p.LastName}|{p.DateOfBirth}|{p.NhsNumber}|{p.EthnicityCode}|{p.CreatedAtUtc:O}")
            .ToListAsync(Ct);
        var relationships = (await db.Relationships.AsNoTracking().ToListAsync(Ct))
            .Select(r => $"{r.Id}|{r.PersonId}|{r.RelatedPersonId}|{r.Type}|{r.ParentalResponsibility}|{r.LivesWith}").Order(StringComparer.Ordinal).ToList();
        var allocations = (await db.Allocations.AsNoTracking().ToListAsync(Ct))
            .Select(a => $"{a.Id}|{a.PersonId}|{a.WorkerUserId}|{a.StartDate}|{a.EndDate}").Order(StringComparer.Ordinal).ToList();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => $"{u.Id}|{u.Email}|{u.DisplayName}|{u.TeamId}").ToListAsync(Ct);
        var casework = (await db.Assessments.AsNoTracking().ToListAsync(Ct)).Select(a => $"A|{a.Id}|{a.PersonId}|{a.StartDate}|{a.AuthorisedOn}|{a.Outcome}|{string.Join(',', a.Factors)}")
            .Concat((await db.ChildProtectionPlans.AsNoTracking().ToListAsync(Ct)).Select(p => $"P|{p.Id}|{p.PersonId}|{p.StartDate}|{p.EndDate}|{p.LatestCategory}"))
            .Concat((await db.Referrals.AsNoTracking().ToListAsync(Ct)).Select(r => $"R|{r.Id}|{r.ClosedOn}|{r.ReasonForClosure}|{r.AllocatedWorkerUserId}"))
            .Concat((await db.CaseNotes.AsNoTracking().ToListAsync(Ct)).Select(n => $"N|{n.Id}|{n.PersonId}|{n.OccurredOn}|{n.Subject}"))
            .Order(StringComparer.Ordinal).ToList();
        return new Data(people, relationships, allocations, users, casework);
    }

    [GeneratedRegex(@"^HV\d{1,2} \d[ABD-HJLNP-UW-Z]{2}$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^(07700 900\d{3}|01632 960\d{3})$")]
    private static partial Regex DramaNumberPattern();

    [GeneratedRegex(@"^H\d{7}$")]
    private static partial Regex LaPersonIdPattern();
}
