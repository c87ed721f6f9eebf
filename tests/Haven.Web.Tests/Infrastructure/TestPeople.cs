using Haven.Data;
using Haven.Domain.People;
using Haven.Web.Features.People;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Infrastructure;

/// <summary>Test people created through the real PeopleService, so their events and search names exist too.</summary>
public static class TestPeople
{
    public static Task<Person> RegisterAsync(this HavenAppFactory app, ApplicationUser actor, string first, string last,
        DateOnly? dob = null, string? nhs = null, PersonKind kind = PersonKind.Child, string? postcode = null) =>
        app.AsUserAsync(actor, async services =>
        {
            var people = services.GetRequiredService<PeopleService>();
            var address = postcode is null ? null : new Address { Line1 = "1 Test Street", Town = "Northbridge", Postcode = postcode, StartDate = new DateOnly(2020, 1, 1) };
            return await people.RegisterAsync(new PersonDetails
            {
                Kind = kind, FirstName = first, LastName = last, DateOfBirth = dob, NhsNumber = nhs, Sex = Sex.Female, EthnicityCode = "WBRI",
                // A child's disability answer is required on the form (CIN census rule 8540).
                Disabilities = kind == PersonKind.Child ? ["NONE"] : [],
            }, address, CancellationToken.None);
        });
}
