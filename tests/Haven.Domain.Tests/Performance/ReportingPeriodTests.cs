using Haven.Domain.Performance;
using static Haven.Domain.Tests.Performance.SmallAuthority;

namespace Haven.Domain.Tests.Performance;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void The_year_and_quarters_are_named_as_the_export_names_them()
    {
        Assert.Equal(("2025-26", D("2025-04-01"), D("2026-03-31")), (ReportingPeriod.Year(2026).Label, ReportingPeriod.Year(2026).Start, ReportingPeriod.Year(2026).End));
        var q4 = ReportingPeriod.InQuarter(2026, 4);
        Assert.Equal(("2025-26 Q4", D("2026-01-01"), D("2026-03-31")), (q4.Label, q4.Start, q4.End));
        var ytd = ReportingPeriod.ToEndOfQuarter(2026, 2);
        Assert.Equal(("2025-26 Q2 YTD", D("2025-04-01"), D("2025-09-30")), (ytd.Label, ytd.Start, ytd.End));
        Assert.Equal("1999-00", ReportingPeriod.YearLabel(2000));
    }

    [Theory]
    [InlineData("2025-26")]
    [InlineData("2025-26 Q1")]
    [InlineData("2025-26 Q3 YTD")]
    public void Labels_read_back(string label) => Assert.Equal(label, ReportingPeriod.Parse(label)!.Label);

    [Theory]
    [InlineData("2025-27")]
    [InlineData("2025-26 Q5")]
    [InlineData("2025-26 Q1 ytd")]
    [InlineData("")]
    [InlineData("twenty")]
    public void Other_text_is_not_a_period(string label) => Assert.Null(ReportingPeriod.Parse(label));
}
