using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;

namespace Haven.Domain.Tests.Ssda903;

public sealed class Ssda903RuleTests
{
    private static readonly CensusPeriod Year2026 = CensusPeriod.YearEnding(2026);

    private static readonly Ssda903Validator Validator = new();

    /// <summary>Every rule's examples: the first rules' in <see cref="Ssda903RuleCases"/>, the later ones' by theme in their own files.</summary>
    private static readonly IReadOnlyDictionary<string, (Ssda903Set Failing, Ssda903Set Passing)> Cases =
        new[] { Ssda903RuleCases.All, AdoptionDecisionRuleCases.All, CareOutcomeRuleCases.All, EpisodeDetailRuleCases.All }
            .SelectMany(cases => cases).ToDictionary(c => c.Key, c => c.Value);

    public static TheoryData<string> RuleIds => new(Cases.Keys);

    /// <summary>Reads the set (and last year's) through the file reader, as the command and the page do, and checks it.</summary>
    private static Ssda903ValidationResult Check(Ssda903Set set)
    {
        var current = Ssda903Reader.Read(set.Files());
        var previous = set.Previous is { } last ? Ssda903Reader.Read(last.Files()) : null;
        return Validator.Validate(current, Year2026, previous);
    }

    [Fact]
    public void The_default_set_is_read_completely_and_breaks_no_rule()
    {
        var result = Check(new Ssda903Set(Previous: new Ssda903Set()));
        Assert.Empty(result.Problems);
        Assert.Empty(result.Issues);
        Assert.Equal(1, result.ChildCount);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_fires_on_its_failing_example_and_not_on_its_passing_one(string ruleId)
    {
        var (failing, passing) = Cases[ruleId];

        var failed = Check(failing);
        Assert.Empty(failed.Problems);
        var issue = Assert.Single(failed.Issues, i => i.RuleId == ruleId);
        Assert.Equal(Validator.Rules[ruleId].Message, issue.Message);
        Assert.Contains(issue.Field, Validator.Rules[ruleId].Fields);

        var passed = Check(passing);
        Assert.Empty(passed.Problems);
        Assert.DoesNotContain(passed.Issues, i => i.RuleId == ruleId);
    }

    [Fact]
    public void Every_rule_has_its_examples()
    {
        Assert.Equal(Validator.Rules.Rules.Select(r => r.Id).Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_issue_names_the_child_the_file_and_the_value_as_written()
    {
        var issue = Assert.Single(Check(new Ssda903Set(Episodes: Ssda903Set.Episode(place: "H5"))).Issues);
        Assert.Equal(new Ssda903Issue("C1", "146", "Placement type code is not a valid code.", "episodes.csv", "PLACE", "H5"), issue);
    }

    [Fact]
    public void The_issue_report_has_the_columns_child_rule_message_field_value()
    {
        var issues = Check(new Ssda903Set(Episodes: Ssda903Set.Episode(place: "H5"))).Issues;
        var text = System.Text.Encoding.UTF8.GetString(Ssda903IssueReport.Encode(issues)).TrimStart('\uFEFF');
        Assert.Equal("child,rule,message,field,value\r\nC1,146,Placement type code is not a valid code.,PLACE,H5\r\n", text);
    }

    /// <summary>
    /// Which of the DfE's 311 rules for 2025/26 Haven checks, and which not yet: adding a rule must move it from the
    /// second list to the rule set, and the messages must be the DfE's.
    /// </summary>
    [Fact]
    public void Rule_inventory_implemented_and_not_yet()
    {
        var inventory = File.ReadAllLines(Ssda903Set.SamplePath("ssda903_lac2025_26_rules.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        Assert.Equal(311, inventory.Count);

        var implemented = Validator.Rules.Rules.Select(r => r.Id).ToList();
        foreach (var rule in Validator.Rules.Rules)
        {
            Assert.Equal(inventory[rule.Id], rule.Message);
        }
        Assert.Empty(implemented.Intersect(NotYetImplemented));
        Assert.Equal(inventory.Keys.Order(StringComparer.Ordinal), implemented.Concat(NotYetImplemented).Order(StringComparer.Ordinal));
    }

    private static readonly string[] NotYetImplemented =
    [
        "105",
        "164", "165", "169",
        "179", "182", "186", "187",
        "191", "197B", "205A", "205B",
        "205C", "218", "219", "221", "224",
        "227", "228", "229", "303",
        "392a", "392b",
        "392c", "393", "406", "407", "408", "411", "420", "426",
        "431", "432", "433", "434", "435", "436", "437", "440", "441", "442", "444", "446",
        "452", "453", "454", "460", "501",
        "503G", "503H", "503J", "504", "511", "514", "516", "517", "518", "519", "520", "521",
        "522", "523", "524", "525", "526", "542", "543", "544", "545", "546", "547", "551",
        "552", "553", "554", "557", "558", "559", "560", "561", "563", "574", "575",
        "577", "578", "579", "580", "581", "582", "583", "584", "601", "602", "607",
        "611", "612", "620", "621", "624", "625", "626", "628", "630", "631", "632", "633",
        "634", "635", "1000", "1001", "1002", "1003", "1007", "1008", "1010", "1011", "1012", "1014",
        "1015", "1016", "3001", "EPI", "INT01", "INT02", "INT05", "INT06", "INT07", "INT11", "INT12", "INT14",
        "INT15", "INT16", "INT31", "INT33", "INT34", "INT35", "SW01aSTG1", "SW01bSTG1", "SW02STG1", "SW04STG1", "SW05STG1",
        "SW06STG2", "SW07STG2", "SW08STG2", "SW09STG2", "SW10STG2", "SW11bSTG2", "SW12STG2", "SW13STG1", "SW17STG2",
    ];
}
