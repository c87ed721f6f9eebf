using Haven.Domain.Casework;

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

    /// <summary>The start form's answers, as <see cref="ValidateStart"/> names them.</summary>
    public static class StartFields
    {
        public const string StartDate = "StartDate";
        public const string TimescaleWorkingDays = "TimescaleWorkingDays";
    }

    /// <summary>What <see cref="ValidateAuthorisation"/> can find missing, named after the assessment's own parts.</summary>
    public static class AuthorisationFields
    {
        public const string NotSeenReason = nameof(Assessment.NotSeenReason);
        public const string NoVoiceReason = nameof(Assessment.NoVoiceReason);
        public const string Analysis = nameof(Assessment.Analysis);
        public const string Outcome = nameof(Assessment.Outcome);
        public const string Factors = nameof(Assessment.Factors);
        public const string AuthorisedOn = "AuthorisedOn";

        /// <summary>The parts only the social worker can put right: a manager's reasons cannot supply them.</summary>
        public static readonly IReadOnlySet<string> WorkersParts = new HashSet<string> { Analysis, Outcome, Factors };
    }

    /// <summary>Checks a new assessment's start.</summary>
    public static RuleResult ValidateStart(DateOnly? startDate, int? timescaleWorkingDays, DateOnly referralDate, DateOnly today)
    {
        var result = new RuleResult();
        if (startDate is not { } start)
        {
            result.Add(StartFields.StartDate, "Enter the date the assessment started");
        }
        else if (start < referralDate)
        {
            result.Add(StartFields.StartDate, $"The assessment cannot start before the referral on {DateText.Date(referralDate)}");
        }
        else if (start > today)
        {
            result.Add(StartFields.StartDate, "The start date must be today or in the past");
        }
        if (timescaleWorkingDays is not { } days)
        {
            result.Add(StartFields.TimescaleWorkingDays, "Enter the timescale for this assessment in working days");
        }
        else if (days is < 1 or > MaxSingleAssessmentWorkingDays)
        {
            result.Add(StartFields.TimescaleWorkingDays, $"The timescale must be between 1 and {MaxSingleAssessmentWorkingDays} working days from the referral");
        }
        return result;
    }

    /// <summary>
    /// What stops a manager authorising. A child not seen, or no record of the child's wishes and feelings, needs a
    /// recorded reason; a missing analysis, outcome or factors cannot be authorised at all.
    /// </summary>
    public static RuleResult ValidateAuthorisation(Assessment assessment, DateOnly authorisedOn)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var result = new RuleResult();
        result.AddIf(assessment.ChildSeenOn is null && string.IsNullOrWhiteSpace(assessment.NotSeenReason),
            AuthorisationFields.NotSeenReason, "The child has not been seen. Record why before authorising");
        result.AddIf(string.IsNullOrWhiteSpace(assessment.ChildsWishesAndFeelings) && string.IsNullOrWhiteSpace(assessment.NoVoiceReason),
            AuthorisationFields.NoVoiceReason, "The child's wishes and feelings are not recorded. Record why before authorising");
        result.AddIf(string.IsNullOrWhiteSpace(assessment.Analysis), AuthorisationFields.Analysis, "An assessment without analysis cannot be authorised");
        result.AddIf(assessment.Outcome is null, AuthorisationFields.Outcome, "An assessment without an outcome cannot be authorised");
        result.Include(ValidateFactors(assessment.Factors));
        result.AddIf(authorisedOn < assessment.StartDate, AuthorisationFields.AuthorisedOn, "The authorisation date cannot be before the assessment started");
        return result;
    }

    /// <summary>What a social worker must finish before submitting: the parts of authorisation only they can supply.</summary>
    public static RuleResult ValidateSubmission(Assessment assessment)
    {
        var result = new RuleResult();
        foreach (var problem in ValidateAuthorisation(assessment, assessment.StartDate).Problems.Where(p => AuthorisationFields.WorkersParts.Contains(p.Field)))
        {
            result.Add(problem.Field, problem.Message, problem.RuleId);
        }
        return result;
    }

    /// <summary>DfE: at least one factor; "21 No factors identified" cannot be combined with any other code.</summary>
    public static RuleResult ValidateFactors(IReadOnlyCollection<string> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var result = new RuleResult();
        if (factors.Count == 0)
        {
            return result.Add(AuthorisationFields.Factors, "Select the factors identified at assessment, or 'No factors identified'");
        }
        if (factors.Contains(AssessmentFactorCodes.NoFactors) && factors.Count > 1)
        {
            return result.Add(AuthorisationFields.Factors, "'No factors identified' cannot be selected with other factors");
        }
        var unknown = factors.FirstOrDefault(f => !AssessmentFactorCodes.Codes.ContainsKey(f));
        return result.AddIf(unknown is not null, AuthorisationFields.Factors, $"'{unknown}' is not a DfE assessment factor code");
    }
}
