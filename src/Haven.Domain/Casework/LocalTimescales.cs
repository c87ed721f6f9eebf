namespace Haven.Domain.Casework;

/// <summary>
/// The timescales an authority sets for itself in its local procedures. Statutory ones (15 working days to an
/// initial conference, 3 and 6 months for reviews, 45 working days for an assessment) are fixed in the rules and
/// are not here. Defaults are what the seeds describe as common practice.
/// </summary>
public sealed record LocalTimescales
{
    /// <summary>Legacy initial assessments: 7 working days until 2011, then 10 with manager sign-off.</summary>
    public int InitialAssessmentWorkingDays { get; init; } = 10;

    /// <summary>Child protection visits: commonly at least every 10 working days.</summary>
    public int ChildProtectionVisitWorkingDays { get; init; } = 10;

    /// <summary>Child in need visits follow the plan; this is the default a new plan starts with.</summary>
    public int ChildInNeedVisitWorkingDays { get; init; } = 20;

    /// <summary>Core groups after the first: commonly monthly.</summary>
    public TimescaleRule CoreGroupInterval { get; init; } = TimescaleRule.Months(1);

    /// <summary>Child in need plan reviews: commonly every 3 months (12 weeks).</summary>
    public int ChildInNeedReviewWeeks { get; init; } = 12;

    /// <summary>How often a manager is expected to record oversight on an open case.</summary>
    public TimescaleRule ManagementOversight { get; init; } = TimescaleRule.Months(1);

    /// <summary>Assessments and plans are to be shared with the family promptly after authorisation or start.</summary>
    public TimescaleRule ShareWithFamily { get; init; } = TimescaleRule.WorkingDays(5);

    /// <summary>Conference minutes to the family.</summary>
    public TimescaleRule ConferenceMinutes { get; init; } = TimescaleRule.WorkingDays(20);

    /// <summary>
    /// A stricter local standard for visits to looked-after children (e.g. every 4 weeks), used where it falls earlier
    /// than the statutory 6 weeks or 3 months; none means the statutory schedule alone.
    /// </summary>
    public TimescaleRule? LookedAfterVisit { get; init; }

    public static LocalTimescales Default { get; } = new();
}
