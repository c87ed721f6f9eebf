using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.Formatting;

namespace Haven.Domain.Assessments;

/// <summary>The assessment clock and the checks a manager's authorisation must pass.</summary>
public static class AssessmentRules
{
    /// <summary>Working Together: a single assessment is completed within 45 working days of the referral.</summary>
    public const int MaxSingleAssessmentWorkingDays = 45;

    /// <summary>Legacy core assessments: 35 working days from their start (NI 60).</summary>
    public const int CoreAssessmentWorkingDays = 35;

    /// <summary>The last day on which the assessment is in time.</summary>
    public static DateOnly DueOn(Assessment assessment, DateOnly referralDate, WorkingDayCalendar calendar, LocalTimescales local)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(local);
        return assessment.Type switch
        {
            AssessmentType.Single => TimescaleRule.WorkingDays(Math.Clamp(assessment.TimescaleWorkingDays, 1, MaxSingleAssessmentWorkingDays)).DueFrom(referralDate, calendar),
            AssessmentType.Initial => TimescaleRule.WorkingDays(local.InitialAssessmentWorkingDays).DueFrom(referralDate, calendar),
            AssessmentType.Core => TimescaleRule.WorkingDays(CoreAssessmentWorkingDays).DueFrom(assessment.StartDate, calendar),
            _ => throw new InvalidOperationException($"Unknown assessment type {assessment.Type}."),
        };
    }

    public static TimescaleStatus Status(Assessment assessment, DateOnly referralDate, DateOnly today, WorkingDayCalendar calendar, LocalTimescales local)
    {
        var due = DueOn(assessment, referralDate, calendar, local);
        // Evaluate against a zero-length rule from the due date, so all states come from one place.
        return TimescaleRule.CalendarDays(0).Evaluate(due, assessment.AuthorisedOn, today, calendar);
    }

    /// <summary>Checks a new assessment's start; returns field → message.</summary>
    public static Dictionary<string, string> ValidateStart(DateOnly? startDate, int? timescaleWorkingDays, DateOnly referralDate, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (startDate is not { } start)
        {
            errors["StartDate"] = "Enter the date the assessment started";
        }
        else if (start < referralDate)
        {
            errors["StartDate"] = $"The assessment cannot start before the referral on {DateText.Date(referralDate)}";
        }
        else if (start > today)
        {
            errors["StartDate"] = "The start date must be today or in the past";
        }
        if (timescaleWorkingDays is not { } days)
        {
            errors["TimescaleWorkingDays"] = "Enter the timescale for this assessment in working days";
        }
        else if (days is < 1 or > MaxSingleAssessmentWorkingDays)
        {
            errors["TimescaleWorkingDays"] = $"The timescale must be between 1 and {MaxSingleAssessmentWorkingDays} working days from the referral";
        }
        return errors;
    }

    /// <summary>
    /// What stops a manager authorising. A child not seen, or no record of the child's wishes and feelings, needs a
    /// recorded reason; a missing analysis, outcome or factors cannot be authorised at all.
    /// </summary>
    public static Dictionary<string, string> ValidateAuthorisation(Assessment assessment, DateOnly authorisedOn)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var errors = new Dictionary<string, string>();
        if (assessment.ChildSeenOn is null && string.IsNullOrWhiteSpace(assessment.NotSeenReason))
        {
            errors[nameof(Assessment.NotSeenReason)] = "The child has not been seen. Record why before authorising";
        }
        if (string.IsNullOrWhiteSpace(assessment.ChildsWishesAndFeelings) && string.IsNullOrWhiteSpace(assessment.NoVoiceReason))
        {
            errors[nameof(Assessment.NoVoiceReason)] = "The child's wishes and feelings are not recorded. Record why before authorising";
        }
        if (string.IsNullOrWhiteSpace(assessment.Analysis))
        {
            errors[nameof(Assessment.Analysis)] = "An assessment without analysis cannot be authorised";
        }
        if (assessment.Outcome is null)
        {
            errors[nameof(Assessment.Outcome)] = "An assessment without an outcome cannot be authorised";
        }
        if (ValidateFactors(assessment.Factors) is { } factorError)
        {
            errors[nameof(Assessment.Factors)] = factorError;
        }
        if (authorisedOn < assessment.StartDate)
        {
            errors["AuthorisedOn"] = "The authorisation date cannot be before the assessment started";
        }
        return errors;
    }

    /// <summary>DfE: at least one factor; "21 No factors identified" cannot be combined with any other code.</summary>
    public static string? ValidateFactors(IReadOnlyCollection<string> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.Count == 0)
        {
            return "Select the factors identified at assessment, or 'No factors identified'";
        }
        if (factors.Contains(AssessmentFactorCodes.NoFactors) && factors.Count > 1)
        {
            return "'No factors identified' cannot be selected with other factors";
        }
        var unknown = factors.FirstOrDefault(f => !AssessmentFactorCodes.Codes.ContainsKey(f));
        return unknown is null ? null : $"'{unknown}' is not a DfE assessment factor code";
    }
}
