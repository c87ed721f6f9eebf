using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.LookedAfter;

/// <summary>The register of carers and providers on both databases: add (audited), refuse, filter, export (audited), edit with a version check.</summary>
public abstract class CarersRegisterTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task Business_support_adds_a_home_which_needs_its_urn_and_the_list_filters_and_exports_with_an_audit()
    {
        var support = await app.CreateUserAsync("Register Support", Role.BusinessSupport);
        var client = await app.SignInAsync(support);
        var name = $"Hilltop House {Guid.NewGuid():N}"[..22];
        var fields = new Dictionary<string, string>
        {
            ["Carer.Name"] = name, ["Carer.Kind"] = nameof(CarerKind.ChildrensHome), ["Carer.ProviderCode"] = "PR4", ["Carer.Postcode"] = "hv4 4dd",
            ["Carer.Approval"] = nameof(CarerApproval.Approved), ["Carer.Places"] = "4",
        };
        var noUrn = await client.PostFormAsync("/carers/new", await client.GetFormAsync("/carers/new"), fields);
        Assert.Equal(HttpStatusCode.BadRequest, noUrn.StatusCode);
        var doc = await noUrn.ReadDocumentAsync();
        Assert.Equal("Enter the Ofsted unique reference number (URN) for a registered setting", Html.InlineError(doc, "Carer_Urn"));
        Assert.Equal(name, Html.Value(doc, "Carer_Name"));
        Assert.False(await app.WithDbAsync(db => db.Carers.AnyAsync(c => c.Name == name)));

        fields["Carer.Urn"] = "sc123456";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/carers/new", await client.GetFormAsync("/carers/new"), fields)).StatusCode);
        var carer = await app.WithDbAsync(db => db.Carers.SingleAsync(c => c.Name == name));
        Assert.Equal(("SC123456", "HV4 4DD", 4), (carer.Urn, carer.Postcode, carer.Places));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.CarerAdded && e.TargetId == carer.Id.ToString())));

        var homes = Html.MainText(await client.GetDocumentAsync("/carers?kind=ChildrensHome"));
        Assert.Contains(name, homes, StringComparison.Ordinal);
        Assert.DoesNotContain(name, Html.MainText(await client.GetDocumentAsync("/carers?kind=FosteringHousehold")), StringComparison.Ordinal);
        var csv = await client.GetAsync("/carers?kind=ChildrensHome&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains(name, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.TargetName == "carers register")));

        // An edit from a form loaded before someone else's save is refused and shown beside it.
        var editUrl = $"/carers/{carer.Id}/edit";
        var stale = await client.GetFormAsync(editUrl);
        var edited = new Dictionary<string, string>(fields) { ["Carer.Places"] = "5" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(editUrl, await client.GetFormAsync(editUrl), edited)).StatusCode);
        var conflict = await client.PostFormAsync(editUrl, stale, new Dictionary<string, string>(fields) { ["Carer.Places"] = "3" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(5, (await app.WithDbAsync(db => db.Carers.SingleAsync(c => c.Id == carer.Id))).Places);
        Assert.Single(await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Type == AuditEventTypes.CarerChanged && e.TargetId == carer.Id.ToString()).ToListAsync()));
    }
}

public sealed class CarersRegisterTestsOnSqlite(SqliteAppFactory app) : CarersRegisterTests<SqliteAppFactory>(app);

public sealed class CarersRegisterTestsOnPostgres(PostgresAppFactory app) : CarersRegisterTests<PostgresAppFactory>(app);
