using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Features.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.People;

public abstract class PeopleTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> ChildForm(string first, string last, string day = "", string month = "", string year = "", string nhs = "") => new()
    {
        ["Input.Kind"] = "Child",
        ["Input.FirstName"] = first,
        ["Input.LastName"] = last,
        ["Input.BornStatus"] = "born",
        ["Input.DateOfBirth.Day"] = day,
        ["Input.DateOfBirth.Month"] = month,
        ["Input.DateOfBirth.Year"] = year,
        ["Input.Sex"] = "Female",
        ["Input.EthnicityCode"] = "WBRI",
        ["Input.InterpreterRequired"] = "no",
        ["Input.Disabilities"] = "NONE",
        ["Input.NhsNumber"] = nhs,
    };

    [Fact]
    public async Task Bad_input_gives_errors_next_to_the_fields_keeps_what_was_typed_and_saves_nothing()
    {
        var worker = await app.CreateUserAsync("Form Tester", Role.SocialWorker);
        var client = await app.SignInAsync(worker);
        var before = await app.WithDbAsync(db => db.People.CountAsync());
        var form = await client.GetFormAsync("/people/new");

        var response = await client.PostFormAsync("/people/new", form, ChildForm("", "Quill", "31", "2", "2020", "943 476 5918"));
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a first name", "Date of birth must be a real date", "Enter a valid NHS number, like 943 476 5919"], Html.ErrorSummary(doc));
        Assert.Equal("Enter a first name", Html.InlineError(doc, "Input_FirstName"));
        Assert.Equal("Quill", Html.Value(doc, "Input_LastName"));
        Assert.Equal("31", Html.Value(doc, "Input_DateOfBirth-day"));
        Assert.Equal("943 476 5918", Html.Value(doc, "Input_NhsNumber"));
        Assert.Equal(before, await app.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_child_needs_a_disability_answer_because_the_CIN_census_asks_for_one()
    {
        var worker = await app.CreateUserAsync("Disability Asker", Role.SocialWorker);
        var client = await app.SignInAsync(worker);
        var before = await app.WithDbAsync(db => db.People.CountAsync());
        var form = await client.GetFormAsync("/people/new");
        var fields = ChildForm("Wren", "Abernethy", "3", "3", "2018");
        fields.Remove("Input.Disabilities");

        var response = await client.PostFormAsync("/people/new", form, fields);
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select the child's disabilities, or 'No disability'"], Html.ErrorSummary(doc));
        Assert.Equal(before, await app.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_future_date_of_birth_is_refused()
    {
        var worker = await app.CreateUserAsync("Date Tester", Role.SocialWorker);
        var client = await app.SignInAsync(worker);
        var form = await client.GetFormAsync("/people/new");

        var doc = await (await client.PostFormAsync("/people/new", form, ChildForm("Early", "Bird", "1", "1", "2030"))).ReadDocumentAsync();

        Assert.Equal(["Date of birth must be today or in the past"], Html.ErrorSummary(doc));
    }

    [Fact]
    public async Task Adding_a_person_who_may_exist_shows_the_likely_match_and_needs_confirmation_before_creating()
    {
        var worker = await app.CreateUserAsync("Duplicate Checker", Role.SocialWorker);
        var existing = await app.RegisterAsync(worker, "Katherine", "Oyelaran", new DateOnly(2016, 5, 14));
        var client = await app.SignInAsync(worker);
        var form = await client.GetFormAsync("/people/new");

        // Spelt differently, as people do on the phone.
        var first = await client.PostFormAsync("/people/new", form, ChildForm("Catherine", "Oyelaran", "14", "5", "2016"));
        var check = await first.ReadDocumentAsync();
        Assert.Equal("Check this person is not already on Haven", check.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(existing.LaPersonId, Html.MainText(check), StringComparison.Ordinal);

        var confirmForm = check.QuerySelectorAll("main form input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.Last().Value);
        var withoutConfirming = await client.PostFormAsync("/people/new", confirmForm, ChildForm("Catherine", "Oyelaran", "14", "5", "2016"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutConfirming.StatusCode);
        Assert.Equal(["Open the matching record, or confirm that none of these is the person you are adding"], Html.ErrorSummary(await withoutConfirming.ReadDocumentAsync()));

        var fields = ChildForm("Catherine", "Oyelaran", "14", "5", "2016");
        fields["ConfirmedNotDuplicate"] = "true";
        var created = await client.PostFormAsync("/people/new", confirmForm, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.People.CountAsync(p => p.LastName == "Oyelaran")));
    }

    [Fact]
    public async Task Registering_records_a_PersonRegistered_event_with_the_values_and_who_did_it()
    {
        var worker = await app.CreateUserAsync("Event Writer", Role.SocialWorker);
        var client = await app.SignInAsync(worker);
        var form = await client.GetFormAsync("/people/new");

        var response = await client.PostFormAsync("/people/new", form, ChildForm("Tallulah", "Vantongeren", "3", "jan", "2019", "401 023 2137"));
        var personId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);

        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == personId).ToListAsync());
        var registered = Assert.Single(events);
        Assert.Equal(CaseEventTypes.PersonRegistered, registered.Type);
        Assert.Equal(worker.Id, registered.ActorUserId);
        Assert.Equal(HavenAppFactory.Now.UtcDateTime, registered.OccurredAtUtc);
        Assert.Contains(new FieldChange("Date of birth", null, "3 January 2019"), registered.Changes);
        Assert.Contains(new FieldChange("NHS number", null, "4010232137"), registered.Changes);
        var history = await client.GetDocumentAsync($"/people/{personId}/history");
        Assert.Contains("Record created for Tallulah Vantongeren", Html.MainText(history), StringComparison.Ordinal);
        Assert.Contains("Event Writer", Html.MainText(history), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_details_records_before_and_after_and_the_reason()
    {
        var worker = await app.CreateUserAsync("Detail Changer", Role.SocialWorker);
        var person = await app.RegisterAsync(worker, "Jaydon", "Pemberton", new DateOnly(2012, 2, 2));
        var client = await app.SignInAsync(worker);
        var form = await client.GetFormAsync($"/people/{person.Id}/details");
        var fields = ChildForm("Jaydon", "Pemberton-Hale", "2", "2", "2012");
        fields["Reason"] = "Surname changed by deed poll";

        var response = await client.PostFormAsync($"/people/{person.Id}/details", form, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var change = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.PersonId == person.Id && e.Type == CaseEventTypes.PersonDetailsChanged));
        Assert.Equal("Surname changed by deed poll", change.Reason);
        Assert.Equal([new FieldChange("Last name", "Pemberton", "Pemberton-Hale")], change.Changes);
    }

    [Fact]
    public async Task Search_finds_people_by_misspelt_or_swapped_names_aliases_NHS_number_postcode_and_Haven_ID()
    {
        var worker = await app.CreateUserAsync("Searcher", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Mohammed", "Quraishi", new DateOnly(2015, 7, 9), nhs: "9434765919", postcode: "HV9 7ZQ");
        await app.AsUserAsync(worker, s => s.GetRequiredService<PeopleService>().AddNameAsync(child.Id,
            new PersonName { Kind = NameKind.Previous, FirstName = "Mohammed", LastName = "Baxendale" }, CancellationToken.None).ContinueWith(_ => 0));
        var client = await app.SignInAsync(worker);

        foreach (var query in new[] { "Muhammad Quraishi", "Quraishi Mohammed", "Mohamed Qurashi", "Mohammed Baxendale", "943 476 5919", "hv97zq", child.LaPersonId })
        {
            var doc = await client.GetDocumentAsync($"/people?q={Uri.EscapeDataString(query)}");
            Assert.True(Html.MainText(doc).Contains(child.LaPersonId, StringComparison.Ordinal), $"'{query}' did not find the child");
        }
        var none = await client.GetDocumentAsync("/people?q=Zebedee+Worthington-Smythe");
        Assert.DoesNotContain(child.LaPersonId, Html.MainText(none), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_with_an_impossible_date_of_birth_explains_the_problem()
    {
        var worker = await app.CreateUserAsync("Date Searcher", Role.SocialWorker);
        var client = await app.SignInAsync(worker);

        var response = await client.GetAsync("/people?q=Smith&dob.Day=30&dob.Month=2&dob.Year=2015");
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Date of birth must be a real date"], Html.ErrorSummary(doc));
        Assert.Equal("Smith", Html.Value(doc, "q"));
    }

    [Fact]
    public async Task Adding_an_address_ends_the_previous_one_and_records_both_events()
    {
        var worker = await app.CreateUserAsync("Mover", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Poppy", "Ashdown", new DateOnly(2018, 1, 1), postcode: "HV1 1AA");
        var client = await app.SignInAsync(worker);
        var form = await client.GetFormAsync($"/people/{child.Id}/addresses/new");

        var bad = await client.PostFormAsync($"/people/{child.Id}/addresses/new", form, new() { ["Input.Line1"] = "4 Mill Lane", ["Input.Town"] = "Eastmoor", ["Input.Postcode"] = "NOT A POSTCODE", ["Input.StartDate.Day"] = "1", ["Input.StartDate.Month"] = "6", ["Input.StartDate.Year"] = "2026" });
        Assert.Equal(["Enter a real postcode, like HV1 4AB"], Html.ErrorSummary(await bad.ReadDocumentAsync()));

        var good = await client.PostFormAsync($"/people/{child.Id}/addresses/new", form, new() { ["Input.Line1"] = "4 Mill Lane", ["Input.Town"] = "Eastmoor", ["Input.Postcode"] = "hv2 3bd", ["Input.StartDate.Day"] = "1", ["Input.StartDate.Month"] = "6", ["Input.StartDate.Year"] = "2026" });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);

        var addresses = await app.WithDbAsync(db => db.Addresses.Where(a => a.PersonId == child.Id).OrderBy(a => a.StartDate).ToListAsync());
        Assert.Equal(new DateOnly(2026, 5, 31), addresses[0].EndDate);
        Assert.Equal("HV2 3BD", addresses[1].Postcode);
        var types = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id).Select(e => e.Type).ToListAsync());
        Assert.Contains(CaseEventTypes.AddressEnded, types);
        Assert.Equal(2, types.Count(t => t == CaseEventTypes.AddressAdded));
    }

    [Fact]
    public async Task A_relationship_shows_on_both_family_networks_with_the_right_wording()
    {
        var worker = await app.CreateUserAsync("Genogram", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Ruby", "Featherstone", new DateOnly(2017, 3, 3));
        var mum = await app.RegisterAsync(worker, "Leanne", "Featherstone", new DateOnly(1990, 4, 4), kind: PersonKind.Adult);
        var client = await app.SignInAsync(worker);
        var form = await client.GetFormAsync($"/people/{child.Id}/relationships/new?find=Leanne+Featherstone");

        var response = await client.PostFormAsync($"/people/{child.Id}/relationships/new", form, new()
        {
            ["RelatedPersonId"] = mum.Id.ToString(), ["Relationship"] = "parent", ["ParentalResponsibility"] = "true", ["LivesWith"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var childFamily = await client.GetDocumentAsync($"/people/{child.Id}/family");
        var row = childFamily.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("Leanne", StringComparison.Ordinal));
        Assert.Contains("Parent", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(childFamily.QuerySelector("svg.haven-family__svg"));
        var mumFamily = await client.GetDocumentAsync($"/people/{mum.Id}/family");
        Assert.Contains("Child", mumFamily.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("Ruby", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_a_duplicate_keeps_both_histories_and_its_name_as_an_alias()
    {
        var manager = await app.CreateUserAsync("Merging Manager", Role.TeamManager);
        var kept = await app.RegisterAsync(manager, "Ellis", "Marchbank", new DateOnly(2014, 8, 8), postcode: "HV3 3CC");
        var duplicate = await app.RegisterAsync(manager, "Elis", "Marchbanks", new DateOnly(2014, 8, 8));
        var client = await app.SignInAsync(manager);
        var form = await client.GetFormAsync($"/people/{kept.Id}/merge?duplicateId={duplicate.LaPersonId}");

        var noReason = await client.PostFormAsync($"/people/{kept.Id}/merge", form, new() { ["Confirmed"] = "true" });
        Assert.Equal(["Enter how you know these records are the same person"], Html.ErrorSummary(await noReason.ReadDocumentAsync()));

        var merged = await client.PostFormAsync($"/people/{kept.Id}/merge", form, new() { ["Confirmed"] = "true", ["Reason"] = "Same child: school confirmed" });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);

        var history = Html.MainText(await client.GetDocumentAsync($"/people/{kept.Id}/history"));
        Assert.Contains("Record created for Elis Marchbanks", history, StringComparison.Ordinal);
        Assert.Contains("Record created for Ellis Marchbank", history, StringComparison.Ordinal);
        Assert.Contains("Same child: school confirmed", history, StringComparison.Ordinal);
        var search = Html.MainText(await client.GetDocumentAsync("/people?q=Elis+Marchbanks"));
        Assert.Contains(kept.LaPersonId, search, StringComparison.Ordinal);
        Assert.DoesNotContain(duplicate.LaPersonId, search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_a_contact_link_names_the_child_rather_than_repeating_itself()
    {
        var worker = await app.CreateUserAsync("Link Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Rosa", "Linklater", new DateOnly(2016, 2, 2));
        var doc = await (await app.SignInAsync(worker)).GetDocumentAsync($"/people/{child.Id}");

        var link = doc.QuerySelectorAll("main .govuk-summary-card a").Single(a => a.TextContent.StartsWith("Record a contact", StringComparison.Ordinal));

        Assert.Equal("Record a contact about Rosa Linklater (Contacts and referrals)", link.TextContent);
    }

    [Fact]
    public async Task Every_provider_has_a_migration_for_every_model_change()
    {
        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending);
    }
}

public sealed class PeopleTestsOnSqlite(SqliteAppFactory app) : PeopleTests<SqliteAppFactory>(app);

public sealed class PeopleTestsOnPostgres(PostgresAppFactory app) : PeopleTests<PostgresAppFactory>(app);
