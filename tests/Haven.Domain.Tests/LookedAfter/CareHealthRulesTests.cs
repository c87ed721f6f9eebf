using Haven.Domain.LookedAfter;

namespace Haven.Domain.Tests.LookedAfter;

/// <summary>What is refused when a child in care's health, education, missing episodes and advocacy are recorded.</summary>
public sealed class CareHealthRulesTests
{
    private static readonly DateOnly CameIntoCare = new(2026, 11, 2);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTime Now = new(2026, 11, 25, 10, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(-1, "The SDQ score must be from 0 to 40")]
    [InlineData(41, "The SDQ score must be from 0 to 40")]
    [InlineData(null, "Enter the SDQ score, a whole number from 0 to 40")]
    public void An_sdq_score_outside_0_to_40_is_refused(int? score, string message)
    {
        var result = CareHealthRules.CheckHealth(HealthCheckKind.StrengthsAndDifficulties, Today, null, score, null, CameIntoCare, Today);
        Assert.Equal(message, result.MessageFor(CareHealthRules.Score));
        Assert.True(CareHealthRules.CheckHealth(HealthCheckKind.StrengthsAndDifficulties, Today, null, 40, null, CameIntoCare, Today).IsValid);
        Assert.True(CareHealthRules.CheckHealth(HealthCheckKind.StrengthsAndDifficulties, Today, null, 0, null, CameIntoCare, Today).IsValid);
    }

    [Fact]
    public void A_health_check_needs_the_answer_its_kind_asks_for_and_a_date_in_care()
    {
        Assert.Equal("Select whether the child's immunisations are up to date",
            CareHealthRules.CheckHealth(HealthCheckKind.Immunisations, Today, null, null, null, CameIntoCare, Today).MessageFor(CareHealthRules.UpToDate));
        Assert.Equal("The date cannot be before the child came into care on 2 November 2026",
            CareHealthRules.CheckHealth(HealthCheckKind.DentalCheck, new DateOnly(2026, 11, 1), null, null, null, CameIntoCare, Today).MessageFor(CareHealthRules.DoneOn));
        Assert.Equal("The date must be today or in the past",
            CareHealthRules.CheckHealth(HealthCheckKind.DentalCheck, Today.AddDays(1), null, null, null, CameIntoCare, Today).MessageFor(CareHealthRules.DoneOn));
    }

    [Fact]
    public void Attendance_must_be_a_percentage_and_a_urn_six_digits()
    {
        var result = CareHealthRules.CheckEducationPlan(Today, "Kingsford Academy", "12345", "Mo Ali", 100.5m, SenStatus.None, CameIntoCare, Today);
        Assert.Equal("Attendance must be a percentage from 0 to 100", result.MessageFor(CareHealthRules.AttendancePercent));
        Assert.Equal("The school's URN must be 6 digits, like 123456", result.MessageFor(CareHealthRules.SchoolUrn));
        Assert.True(CareHealthRules.CheckEducationPlan(Today, "Kingsford Academy", "123456", "Mo Ali", 92.5m, SenStatus.EhcPlan, CameIntoCare, Today).IsValid);
    }

    [Fact]
    public void A_suspension_cannot_end_before_it_starts()
    {
        var result = CareHealthRules.CheckExclusion(ExclusionKind.Suspension, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 19), CameIntoCare, Today);
        Assert.Equal("The last day of the suspension cannot be before its first day", result.MessageFor(CareHealthRules.EndDate));
    }

    private static MissingEpisode Episode(DateTime? back = null) => new()
    {
        MissingOrAway = "M", StartedAtUtc = new DateTime(2026, 11, 20, 21, 0, 0, DateTimeKind.Utc), ReturnedAtUtc = back, RecordedByUserId = "u", RecordedByName = "W",
    };

    [Fact]
    public void A_return_before_the_child_went_missing_is_refused()
    {
        var result = CareHealthRules.CheckReturn(Episode(), new DateTime(2026, 11, 20, 20, 0, 0, DateTimeKind.Utc), "Home", ExploitationScreening.NoConcerns, Now);
        Assert.Equal("The return must be after the child went missing on 20 November 2026 at 9pm", result.MessageFor(CareHealthRules.ReturnedAt));
        Assert.True(CareHealthRules.CheckReturn(Episode(), new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc), "Home", ExploitationScreening.NoConcerns, Now).IsValid);
    }

    [Fact]
    public void A_return_interview_before_the_return_is_refused()
    {
        var back = new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);
        var result = CareHealthRules.CheckInterview(Episode(back), back.AddHours(-1), "Sam Reid", back.AddHours(-1), "Sam Reid", "Talked", Now);
        Assert.Equal("The interview cannot be offered before the child came back on 21 November 2026 at 8am", result.MessageFor(CareHealthRules.InterviewOfferedAt));
        Assert.Equal("The return home interview cannot be before the child came back on 21 November 2026 at 8am", result.MessageFor(CareHealthRules.InterviewHeldAt));
        Assert.Equal("Record the child's return first: the return home interview is offered after they come back",
            CareHealthRules.CheckInterview(Episode(), back, "Sam Reid", null, null, null, Now).MessageFor(""));
        Assert.True(CareHealthRules.CheckInterview(Episode(back), back.AddHours(2), "Sam Reid", back.AddHours(30), "Sam Reid", "Talked about the party", Now).IsValid);
    }

    [Fact]
    public void A_missing_code_outside_the_dfe_list_is_refused()
    {
        var result = CareHealthRules.CheckMissing("X", new DateTime(2026, 11, 20, 21, 0, 0, DateTimeKind.Utc), false, null, CameIntoCare, Now);
        Assert.Equal("Select whether the child was missing or away from placement without agreement", result.MessageFor(CareHealthRules.MissingOrAway));
    }
}
