using Haven.Web.Infrastructure.Authorisation;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Authorisation;

/// <summary>
/// What every endpoint must carry: exactly one rule from <see cref="PageAccess"/>, either a capability
/// (<see cref="Capabilities"/>) or an explicit "open to anyone". No roles named on a page, no page left to the
/// fallback, and no [AllowAnonymous] sitting over an [Authorize] (the allowance wins and the rule is silently ignored).
/// </summary>
internal static class EndpointPolicyCheck
{
    public static List<string> Problems(IEnumerable<Endpoint> endpoints)
    {
        var problems = new List<string>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            var name = endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? endpoint.RoutePattern.RawText ?? endpoint.DisplayName;
            var open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var rules = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            if (open)
            {
                if (rules.Count > 0)
                {
                    problems.Add($"{name} is open to anyone and also has a rule, which is ignored");
                }
                continue;
            }
            if (rules.Count == 0)
            {
                problems.Add($"{name} has no rule: add its page or folder to PageAccess");
            }
            else if (rules.Count > 1)
            {
                problems.Add($"{name} has {rules.Count} rules: give it one, in PageAccess only");
            }
            else if (rules[0].Roles is not null || rules[0].AuthenticationSchemes is not null)
            {
                problems.Add($"{name} names roles or schemes on the page: use a capability in PageAccess");
            }
            else if (rules[0].Policy is not { } policy || !Capabilities.All.Contains(policy))
            {
                problems.Add($"{name} needs '{rules[0].Policy}', which is not a capability");
            }
        }
        return problems;
    }
}

public sealed class EndpointPolicyTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private IReadOnlyList<Endpoint> Endpoints => app.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    [Fact]
    public void Every_page_and_endpoint_has_exactly_one_rule_from_the_table()
    {
        Assert.Contains(Endpoints, e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null);
        Assert.Empty(EndpointPolicyCheck.Problems(Endpoints));
    }

    [Fact]
    public void Every_page_listed_in_the_table_exists()
    {
        var pages = Endpoints.Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(PageAccess.Pages, rule => Assert.Contains(rule.Path, pages));
        Assert.All(PageAccess.Folders, rule => Assert.Contains(pages, page => page.StartsWith(rule.Path + "/", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_page_without_a_rule_fails_the_check()
    {
        Assert.Equal(["/Fostering/Carers has no rule: add its page or folder to PageAccess"], EndpointPolicyCheck.Problems([Page("/Fostering/Carers")]));
    }

    [Fact]
    public void A_page_with_a_capability_or_open_to_anyone_passes()
    {
        Assert.Empty(EndpointPolicyCheck.Problems([
            Page("/People/Index", new AuthorizeAttribute(Capabilities.ViewRecords)),
            Page("/Account/SignIn", new AllowAnonymousAttribute()),
        ]));
    }

    [Fact]
    public void Roles_on_a_page_an_unknown_policy_two_rules_or_an_allowance_over_a_rule_fail_the_check()
    {
        var problems = EndpointPolicyCheck.Problems([
            Page("/A/Roles", new AuthorizeAttribute { Roles = "TeamManager" }),
            Page("/A/Unknown", new AuthorizeAttribute("CaseEdit")),
            Page("/A/Two", new AuthorizeAttribute(Capabilities.ViewRecords), new AuthorizeAttribute(Capabilities.RecordCasework)),
            Page("/A/Ignored", new AllowAnonymousAttribute(), new AuthorizeAttribute()),
            Page("/A/Bare", new AuthorizeAttribute()),
        ]);

        Assert.Equal(5, problems.Count);
        Assert.Contains("/A/Roles names roles or schemes on the page: use a capability in PageAccess", problems);
        Assert.Contains("/A/Unknown needs 'CaseEdit', which is not a capability", problems);
        Assert.Contains("/A/Two has 2 rules: give it one, in PageAccess only", problems);
        Assert.Contains("/A/Ignored is open to anyone and also has a rule, which is ignored", problems);
        Assert.Contains("/A/Bare needs '', which is not a capability", problems);
    }

    [Fact]
    public void A_page_takes_its_own_rule_before_its_folders()
    {
        Assert.Equal(Capabilities.RecordCasework, PageAccess.For("/ChildProtection/StrategyDiscussions/NewStrategyDiscussion")?.Capability);
        Assert.Equal(Capabilities.RecordConferences, PageAccess.For("/ChildProtection/Conferences/HoldConference")?.Capability);
        Assert.Equal(Capabilities.AgreeNoConference, PageAccess.For("/ChildProtection/Section47Enquiries/AgreeSection47")?.Capability);
        Assert.Equal(Capabilities.ViewRecords, PageAccess.For("/People/Record/Family")?.Capability);
        Assert.True(PageAccess.For("/Account/SignIn")?.IsOpenToAnyone);
        Assert.Null(PageAccess.For("/Fostering/Carers"));
    }

    private static RouteEndpoint Page(string path, params object[] metadata) => new(
        _ => Task.CompletedTask, RoutePatternFactory.Parse(path.ToLowerInvariant()), 0,
        new EndpointMetadataCollection([new PageActionDescriptor { ViewEnginePath = path }, .. metadata]), path);
}
