using Haven.Domain.Calendar;
using Haven.Domain.CaseRecording;
using Haven.Domain.Casework;
using Haven.Domain.Workforce;

namespace Haven.Domain.Tests.Casework;

public sealed class WorkTrayOversightAndSharingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static Allocation Allocated(string worker, string from, string? to = null, Guid? team = null) => new()
    {
        Id = Guid.NewGuid(), WorkerUserId = worker, TeamId = team ?? Guid.Empty, StartDate = D(from), EndDate = to is null ? null : D(to),
    };

    [Fact]
    public void Changes_of_worker_are_counted_overall_and_in_the_last_12_months()
    {
        var allocations = new[]
        {
            Allocated("amy", "2024-03-01", "2025-06-30"),
            // Same worker moved to another team: not a change for the child.
            Allocated("amy", "2025-07-01", "2025-11-20", Guid.NewGuid()),
            // 26 November 2025 is inside the last 12 months; 20 November 2025 was not.
            Allocated("ben", "2025-11-26", "2026-04-30"),
            Allocated("cara", "2026-05-01", "2026-09-30"),
            Allocated("ben", "2026-10-01"),
        };
        var changes = OversightRules.ChangesOfWorker(allocations, Today);
        Assert.Equal(3, changes.ChangesOverall);
        Assert.Equal(3, changes.ChangesLast12Months);
        // Amy's last allocation ended before the window: Ben and Cara only.
        Assert.Equal(2, changes.WorkersLast12Months);
    }

    [Fact]
    public void A_child_with_one_worker_has_no_changes()
    {
        var changes = OversightRules.ChangesOfWorker([Allocated("amy", "2024-03-01")], Today);
        Assert.Equal(new OversightRules.WorkerChanges(0, 0, 1), changes);
        Assert.Equal(new OversightRules.WorkerChanges(0, 0, 0), OversightRules.ChangesOfWorker([], Today));
    }

    [Fact]
    public void Oversight_needs_a_direction_and_its_reasons()
    {
        var errors = OversightRules.Validate(OversightKind.ManagementOversight, Today, "Hold a strategy discussion today.", "  ", null, Today);
        Assert.Equal(["Rationale"], errors.Problems.Select(p => p.Field));
        Assert.Equal("Enter the reasons for the direction", errors.MessageFor("Rationale"));
        Assert.True(OversightRules.Validate(OversightKind.ManagementOversight, Today, "Hold a strategy discussion today.", "New bruising reported by school.", null, Today).IsValid);
    }

    [Fact]
    public void Supervision_needs_the_worker_and_cannot_be_in_the_future()
    {
        var errors = OversightRules.Validate(OversightKind.Supervision, Today.AddDays(1), "", "Reasons", null, Today);
        Assert.Equal("The date of the oversight must be today or in the past", errors.MessageFor("RecordedOn"));
        Assert.Equal("Select the worker who was supervised", errors.MessageFor("WorkerUserId"));
        Assert.Equal("Enter what was discussed and the direction given", errors.MessageFor("Direction"));
        Assert.Equal("Select whether this is management oversight or case supervision", OversightRules.Validate(null, Today, "d", "r", null, Today).MessageFor("Kind"));
    }

    [Fact]
    public void Sharing_is_due_from_authorisation_or_the_conference_and_a_report_has_no_clock()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        // Friday 18 December 2026 + 5 working days: 21, 22, 23, 24, 29 December.
        Assert.Equal(D("2026-12-29"), FamilySharing.DueOn(SharedItemKind.ChildProtectionPlan, D("2026-12-18"), LocalTimescales.Default, calendar));
        Assert.Null(FamilySharing.DueOn(SharedItemKind.ConferenceReport, D("2026-12-18"), LocalTimescales.Default, calendar));
        var local = LocalTimescales.Default with { ShareWithFamily = TimescaleRule.WorkingDays(2) };
        Assert.Equal(D("2026-12-22"), FamilySharing.DueOn(SharedItemKind.Assessment, D("2026-12-18"), local, calendar));
    }

    [Fact]
    public void A_sharing_record_says_when_with_whom_and_how_and_not_before_the_paper_existed()
    {
        var errors = FamilySharing.Validate(D("2026-11-01"), " ", null, D("2026-11-10"), Today);
        Assert.Equal("The date it was shared cannot be before 10 November 2026, when it was written", errors.MessageFor("SharedOn"));
        Assert.Equal("Enter who it was shared with", errors.MessageFor("SharedWith"));
        Assert.Equal("Select how it was shared", errors.MessageFor("Method"));
        Assert.True(FamilySharing.Validate(Today, "Mother (Ms Kerry Dane)", SharingMethod.InPerson, D("2026-11-10"), Today).IsValid);
    }

    [Theory]
    [InlineData(SharedItemKind.Assessment, "assessment")]
    [InlineData(SharedItemKind.ChildProtectionPlan, "child-protection-plan")]
    [InlineData(SharedItemKind.ConferenceMinutes, "conference-minutes")]
    public void Sharing_kinds_round_trip_through_their_address(SharedItemKind kind, string slug)
    {
        Assert.Equal(slug, FamilySharing.Slug(kind));
        Assert.Equal(kind, FamilySharing.FromSlug(slug));
        Assert.Null(FamilySharing.FromSlug("minutes"));
    }
}
