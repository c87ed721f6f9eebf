using Haven.Domain.CinCensus;
using static Haven.Domain.Tests.CinCensus.CinXml;

namespace Haven.Domain.Tests.CinCensus;

public class CinRuleTests
{
    private static readonly CinRuleSet Rules = CinRuleSet.Cin2025To26;

    public static TheoryData<string> ChildRuleIds => new(CinRuleCases.ChildRules.Keys);

    public static TheoryData<string> ReturnRuleIds => new(CinRuleCases.ReturnRules.Keys);

    [Theory]
    [MemberData(nameof(ChildRuleIds))]
    public void Child_rule_flags_the_failing_case_and_not_the_passing_one(string id)
    {
        var rule = Rules.ChildRules.Single(r => r.Id == id);
        var (failing, passing) = CinRuleCases.ChildRules[id];

        var issues = rule.Check(ReadChild(failing), Context).ToList();
        Assert.NotEmpty(issues);
        Assert.All(issues, issue =>
        {
            Assert.Equal(id, issue.RuleId);
            Assert.Equal(rule.Level, issue.Level);
            Assert.Equal(rule.Message, issue.Message);
            Assert.Contains(issue.Field, rule.Fields);
        });

        Assert.Empty(rule.Check(ReadChild(passing), Context));
    }

    [Theory]
    [MemberData(nameof(ReturnRuleIds))]
    public void Return_rule_flags_the_failing_return_and_not_the_passing_one(string id)
    {
        var (failing, passing) = CinRuleCases.ReturnRules[id];

        var failed = Validate(failing);
        Assert.Empty(failed.Problems);
        Assert.Contains(failed.Issues, i => i.RuleId == id);

        var passed = Validate(passing);
        Assert.Empty(passed.Problems);
        Assert.DoesNotContain(passed.Issues, i => i.RuleId == id);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("+2")]
    public void Rule_8730_flags_a_number_of_previous_plans_that_is_not_zero_or_more(string previous)
    {
        var rule = Rules.ChildRules.Single(r => r.Id == "8730");
        var child = ReadChild(Child(null, null, Episode(cpp: Cpp(previous: previous))));

        var issue = Assert.Single(rule.Check(child, Context));
        Assert.Equal(previous, issue.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("12")]
    public void Rule_8730_accepts_zero_or_more_previous_plans(string previous) =>
        Assert.Empty(Rules.ChildRules.Single(r => r.Id == "8730").Check(ReadChild(Child(null, null, Episode(cpp: Cpp(previous: previous)))), Context));

    // School age for 8770Q, as the DfE validator computes it for 2025/26 (reference date 31 March 2026): born on or
    // before 31 August 2020, so of compulsory school age before the census year's school year began.
    [Theory]
    [InlineData("2020-08-31", true)]
    [InlineData("2020-09-01", false)]
    [InlineData("2022-08-31", false)]
    public void Rule_8770Q_asks_about_a_missing_UPN_only_for_a_child_of_school_age(string born, bool flagged)
    {
        var rule = Rules.ChildRules.Single(r => r.Id == "8770Q");
        var issues = rule.Check(ReadChild(Child(Ids(upn: null, upnUnknown: "UN1", born: born))), Context);
        Assert.Equal(flagged, issues.Any());
    }

    [Fact]
    public void Rule_8540_flags_a_child_with_no_disability_answer_unless_every_episode_is_no_further_action()
    {
        var rule = Rules.ChildRules.Single(r => r.Id == "8540");
        const string noDisabilities = "<Ethnicity>WBRI</Ethnicity>";

        var issue = Assert.Single(rule.Check(ReadChild(Child(characteristics: noDisabilities)), Context));
        Assert.Null(issue.Value);
        Assert.Empty(rule.Check(ReadChild(Child(Ids(), noDisabilities, Episode(modules: "", nfa: "true"))), Context));
        Assert.Empty(rule.Check(ReadChild(Child(characteristics: Characteristics("WBRI", "NONE"))), Context));
    }

    [Fact]
    public void Every_rule_has_test_cases()
    {
        var tested = CinRuleCases.ChildRules.Keys.Concat(CinRuleCases.ReturnRules.Keys).Order(StringComparer.Ordinal);
        Assert.Equal(Rules.All.Select(r => r.Id).Order(StringComparer.Ordinal), tested);
    }

    [Fact]
    public void Rule_set_is_the_DfE_2025_26_inventory_with_its_messages_and_levels()
    {
        var inventory = File.ReadAllLines(SamplePath("cin_cin2025_26_rules.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());

        Assert.Equal(109, inventory.Count);
        Assert.Equal(inventory.Keys.Order(StringComparer.Ordinal), Rules.All.Select(r => r.Id).Order(StringComparer.Ordinal));
        foreach (var rule in Rules.All)
        {
            var level = rule.Level == CinRuleLevel.Query ? "QUERY" : "ERROR";
            Assert.Equal(inventory[rule.Id], $"{rule.Message} ({level})");
        }
    }

    [Fact]
    public void The_default_test_child_breaks_no_child_rule()
    {
        // The rule cases change one thing each from this child, so it must itself be clean.
        Assert.Empty(new CinCensusValidator().ValidateChild(ReadChild(Child()), Context));
    }

    [Theory]
    [InlineData("G80120000101A")] // temporary UPN: the letter A counts as 0 in the check-letter sum
    [InlineData("W80120000101B")] // 52 + B(1)x13 = 65; 65 mod 23 = 19, which is W
    public void Check_letter_of_temporary_UPNs_is_checked_too(string correct)
    {
        var rule = Rules.ChildRules.Single(r => r.Id == "1510");
        Assert.Empty(rule.Check(ReadChild(Child(Ids(upn: correct))), Context));

        var wrongLetter = (correct[0] == 'A' ? 'B' : 'A') + correct[1..];
        var issue = Assert.Single(rule.Check(ReadChild(Child(Ids(upn: wrongLetter))), Context));
        Assert.Equal(wrongLetter, issue.Value);
    }

    [Fact]
    public void Issues_say_where_in_the_child_they_are()
    {
        var child = ReadChild(Child(null, null, ClosedEpisode(), Episode(referral: "2025-08-01", modules: Assessment(start: "2025-07-30"))));

        var issue = Assert.Single(Rules.ChildRules.Single(r => r.Id == "1103").Check(child, Context));

        Assert.Equal("C1", issue.LAchildID);
        Assert.Equal(CinElements.AssessmentActualStartDate, issue.Field);
        Assert.Equal("2025-07-30", issue.Value);
        Assert.Equal(new CinIssueLocation(CinModule.Assessment, 1, new DateOnly(2025, 8, 1), 0, new DateOnly(2025, 7, 30)), issue.Location);
    }

    [Fact]
    public void A_date_in_the_wrong_format_is_reported_with_the_value_as_written()
    {
        var result = Validate(Message(Child(null, null, Episode(referral: "01/05/2025"))));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CinFileProblemLevel.Error, problem.Level);
        Assert.Contains("01/05/2025", problem.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", problem.Message, StringComparison.Ordinal);

        // The referral date is then missing for the rules, which report the text that stood in its place.
        var issue = Assert.Single(result.Issues, i => i.RuleId == "8600");
        Assert.Equal("01/05/2025", issue.Value);
    }

    [Fact]
    public void A_single_child_can_be_validated_in_memory_without_a_file()
    {
        var child = new CinCensusChild
        {
            LAchildID = "C9",
            UPN = "H801200001001",
            PersonBirthDate = new DateOnly(2015, 6, 1),
            Sex = "F",
            Ethnicity = "WBRI",
            Disabilities = ["NONE"],
            CinDetails =
            [
                new CinDetails
                {
                    CINreferralDate = new DateOnly(2025, 5, 1),
                    ReferralSource = "1A",
                    PrimaryNeedCode = "N1",
                    ReferralNFA = "false",
                    CINclosureDate = new DateOnly(2025, 4, 1),
                    ReasonForClosure = "RC7",
                },
            ],
        };

        var issues = new CinCensusValidator().ValidateChild(child, new DateOnly(2026, 3, 31));

        Assert.Equal(["8630"], issues.Select(i => i.RuleId));
        Assert.Equal("C9", issues[0].LAchildID);
    }

    [Fact]
    public void Working_day_cut_offs_come_from_the_England_and_Wales_calendar()
    {
        // 2025/26 has no bank holidays between late January and the end of March, so these are whole weeks;
        // a year with Easter in March would move them.
        Assert.Equal(new DateOnly(2026, 1, 27), Context.FortyFiveWorkingDaysBeforeReferenceDate);
        Assert.Equal(new DateOnly(2026, 3, 10), Context.FifteenWorkingDaysBeforeReferenceDate);
        Assert.Equal(new DateOnly(2025, 3, 31), Context.OneWorkingDayBeforeCensusStart);

        var easter2024 = CinRuleContext.For(new DateOnly(2024, 3, 31));
        // Good Friday 29 March 2024 is not a working day, so 15 working days back is Friday 8 March, not Monday 11 March.
        Assert.Equal(new DateOnly(2024, 3, 8), easter2024.FifteenWorkingDaysBeforeReferenceDate);
    }
}
