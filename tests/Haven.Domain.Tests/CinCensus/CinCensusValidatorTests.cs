using Haven.Domain.CinCensus;
using static Haven.Domain.Tests.CinCensus.CinXml;

namespace Haven.Domain.Tests.CinCensus;

public class CinCensusValidatorTests
{
    [Fact]
    public void A_return_with_many_kinds_of_mistake_is_reported_rule_by_rule()
    {
        var file = Message(
            Child(Ids(id: "C1", upn: "Z801200001001"), Characteristics("XX")) +
            Child(Ids(id: "C2", upn: "B801200005001"), null, Episode(source: "99")) +
            Child(Ids(id: "C3", upn: "M801200006001"), null, Episode(closure: "2025-07-01")) +
            Child(Ids(id: "C4", upn: "Y801200007001"), null, Episode(modules: Assessment() + CinPlan("2025-06-11") + S47(icpc: "2025-06-02"), cpp: Cpp(start: "2025-06-02", end: "2025-05-20"))) +
            Child(Ids(id: "C5", upn: "J801200008001", born: "31/03/2015")) +
            Child(Ids(id: "C1", upn: "V801200009001")) +
            Child(Ids(id: "C7", upn: null, upnUnknown: "UN2"), null, Episode(modules: Assessment(factors: "18A") + CinPlan("2025-06-11"))));

        var result = Validate(file);

        Assert.Equal(7, result.ChildCount);
        Assert.Equal(
            [("1510", "C1"), ("4220", "C1"), ("8866", "C2"), ("8805", "C3"), ("8925", "C4"), ("8945Q", "C7"), ("8510", "C1"), ("8510", "C1"), ("2887Q", null)],
            result.Issues.Select(i => (i.RuleId, i.LAchildID)));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("C5", problem.LAchildID);
        Assert.Contains("\"31/03/2015\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_return_has_no_child_level_issues()
    {
        var result = Validate(Message(Child(Ids(id: "C1")) + Child(Ids(id: "C2", upn: "B801200005001"))));

        Assert.Empty(result.Problems);
        Assert.Equal(["2887Q"], result.Issues.Select(i => i.RuleId)); // two children cannot use eight disability codes
    }

    [Fact]
    public void A_file_that_cannot_be_read_gives_problems_not_an_exception_and_no_return_totals()
    {
        var result = Validate("<Message><Header><CollectionDetails><ReferenceDate>2026-03-31</Refer");

        Assert.False(result.ReadCompletely);
        Assert.Empty(result.Issues);
        Assert.Equal(CinFileProblemLevel.Fatal, Assert.Single(result.Problems).Level);
    }

    [Fact]
    public void Without_a_reference_date_or_year_the_children_are_not_checked_and_the_report_says_why()
    {
        var result = Validate(Message(Child(Ids(id: "")), year: "", referenceDate: null));

        Assert.Contains(result.Problems, p => p.Message.Contains("census period is unknown", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Issues, i => i.RuleId == "8500");
        Assert.Contains(result.Issues, i => i.RuleId == "100");
    }

    [Fact]
    public void The_public_samples_validate_without_fatal_problems()
    {
        using var file = Sample("fake_CIN_data.xml");

        var result = new CinCensusValidator().Validate(file);

        Assert.True(result.ReadCompletely);
        Assert.Equal(332, result.ChildCount);
        // The sample's header is for 2022 with a July reference date, which rule 100 must catch.
        Assert.Contains(result.Issues, i => i.RuleId == "100" && i.Value == "2022-07-21");
    }

    [Fact]
    public void Issues_are_written_as_CSV_with_the_agreed_columns_and_RFC_4180_quoting()
    {
        var issues = new[]
        {
            new CinIssue("C1", "8606", CinRuleLevel.Error, "Child referral date is more than 40 weeks before DOB or expected DOB",
                CinElements.CINreferralDate, "2014-08-01", CinIssueLocation.Child),
            new CinIssue("C,2", "2884", CinRuleLevel.Error, "A \"quoted\" message", CinElements.DateOfInitialCPC, "line\nbreak", CinIssueLocation.Child),
            new CinIssue(null, "2887Q", CinRuleLevel.Query, "Less than 8", CinElements.Disability, null, CinIssueLocation.Return),
        };

        var csv = CinValidationReport.ToCsv(issues);

        Assert.Equal(
            "child,rule,level,message,field,value\r\n" +
            "C1,8606,Error,Child referral date is more than 40 weeks before DOB or expected DOB,CINreferralDate,2014-08-01\r\n" +
            "\"C,2\",2884,Error,\"A \"\"quoted\"\" message\",DateOfInitialCPC,\"line\nbreak\"\r\n" +
            ",2887Q,Query,Less than 8,Disability,\r\n",
            csv);
    }

    [Fact]
    public void A_value_from_an_uploaded_file_never_runs_as_a_spreadsheet_formula()
    {
        // Values come from files other systems produced: a UPN or name typed as a formula must reach the
        // spreadsheet as text, as in every other download.
        var issues = new[]
        {
            new CinIssue("=HYPERLINK(\"http://evil.example\",\"Click\")", "1520", CinRuleLevel.Error, "UPN invalid",
                CinElements.UPN, "+44 20 7946 0000", CinIssueLocation.Child),
        };

        var bytes = CinValidationReport.Encode(issues);

        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "child,rule,level,message,field,value\r\n" +
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",1520,Error,UPN invalid,UPN,'+44 20 7946 0000\r\n",
            System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }
}
