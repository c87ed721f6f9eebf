using Haven.Domain.Permanence;

namespace Haven.Domain.Tests.Permanence;

/// <summary>The 26-week limit from issue, worked for proceedings issued on Monday 5 January 2026, with the court's extensions.</summary>
public sealed class CourtTimescalesTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Proceedings_issued_on_5_January_2026_should_conclude_by_6_July_26_weeks_later()
    {
        Assert.Equal(D("2026-07-06"), CourtTimescales.ConcludeBy(D("2026-01-05"), []));
    }

    [Fact]
    public void Each_extension_moves_the_end_on_by_its_weeks()
    {
        // An 8-week extension at the issues resolution hearing, then 4 more weeks for an expert's report.
        Assert.Equal(D("2026-08-31"), CourtTimescales.ConcludeBy(D("2026-01-05"), [8]));
        Assert.Equal(D("2026-09-28"), CourtTimescales.ConcludeBy(D("2026-01-05"), [8, 4]));
    }

    [Fact]
    public void The_week_of_proceedings_counts_the_day_of_issue_as_week_1()
    {
        Assert.Equal(1, CourtTimescales.WeekOfProceedings(D("2026-01-05"), D("2026-01-05")));
        Assert.Equal(1, CourtTimescales.WeekOfProceedings(D("2026-01-05"), D("2026-01-11")));
        Assert.Equal(2, CourtTimescales.WeekOfProceedings(D("2026-01-05"), D("2026-01-12")));
        Assert.Equal(27, CourtTimescales.WeekOfProceedings(D("2026-01-05"), D("2026-07-06")));
        Assert.Equal(0, CourtTimescales.WeekOfProceedings(D("2026-01-05"), D("2026-01-04")));
    }

    [Fact]
    public void An_extension_must_be_one_to_eight_weeks_with_a_reason_and_after_issue()
    {
        var proceedings = new CareProceedings { PersonId = Guid.NewGuid(), IssuedOn = D("2026-01-05"), RecordedByUserId = "u", RecordedByName = "Worker" };
        var today = D("2026-06-01");
        Assert.True(PermanenceRules.CheckExtension(D("2026-05-20"), 8, "Parenting assessment of the father", proceedings, today).IsValid);

        var tooLong = PermanenceRules.CheckExtension(D("2026-05-20"), 9, "", proceedings, today);
        Assert.Equal("An extension is between 1 and 8 weeks", tooLong.MessageFor(PermanenceRules.WeeksField));
        Assert.Equal("Enter why the court extended the timetable", tooLong.MessageFor(PermanenceRules.ReasonField));
        Assert.NotNull(PermanenceRules.CheckExtension(D("2026-01-02"), 4, "x", proceedings, today).MessageFor(PermanenceRules.DateField));

        var notIssued = new CareProceedings { PersonId = Guid.NewGuid(), LetterBeforeProceedingsOn = D("2026-01-05"), RecordedByUserId = "u", RecordedByName = "Worker" };
        Assert.False(PermanenceRules.CheckExtension(D("2026-05-20"), 4, "x", notIssued, today).IsValid);
    }

    [Fact]
    public void A_final_hearing_must_say_which_order_and_a_final_order_needs_the_final_hearing()
    {
        var proceedings = new CareProceedings { PersonId = Guid.NewGuid(), IssuedOn = D("2026-01-05"), RecordedByUserId = "u", RecordedByName = "Worker" };
        var today = D("2026-06-01");
        Assert.True(PermanenceRules.CheckHearing(D("2026-01-07"), HearingKind.Interim, CourtOrderKind.InterimCareOrder, proceedings, today).IsValid);
        Assert.NotNull(PermanenceRules.CheckHearing(D("2026-05-07"), HearingKind.Final, null, proceedings, today).MessageFor(PermanenceRules.OrderField));
        Assert.NotNull(PermanenceRules.CheckHearing(D("2026-05-07"), HearingKind.CaseManagement, CourtOrderKind.PlacementOrder, proceedings, today).MessageFor(PermanenceRules.OrderField));
        Assert.Equal("C1", CourtText.LegalStatus(CourtOrderKind.InterimCareOrder));
        Assert.Equal("E1", CourtText.LegalStatus(CourtOrderKind.PlacementOrder));
        Assert.Null(CourtText.LegalStatus(CourtOrderKind.SupervisionOrder));
    }
}
