namespace Haven.Domain.Fostering;

/// <summary>A step in a household's journey, each recorded once (the supervising worker may change).</summary>
public enum HouseholdStep
{
    InitialVisit,
    Assessment,
    StageTwo,
    TemporaryApproval,
    Extension,
    Panel,
    Decision,
    SupervisingWorker,
    Match,
    End,
}

/// <summary>A new household as the enquiry form gives it.</summary>
public sealed record HouseholdEnquiry(string? Name, HouseholdRoute? Route, DateOnly? EnquiryOn, string? Postcode);

/// <summary>A step as its form gives it; each step reads the answers it asks for and ignores the rest.</summary>
public sealed record HouseholdStepDetails(
    DateOnly? On,
    string? WorkerUserId = null,
    bool? Yes = null,
    int? Places = null,
    int? AgeFrom = null,
    int? AgeTo = null,
    FosteringCareTypes CareTypes = FosteringCareTypes.None,
    string? Child = null,
    HouseholdEndReason? EndReason = null,
    string? Note = null,
    Guid? AdoptionJourneyId = null,
    int? Weeks = null);

/// <summary>An entry (review, visit, training, concern, support) as its form gives it.</summary>
public sealed record HouseholdEntryDetails(HouseholdEntryKind Kind, DateOnly? On, string? Summary, DateOnly? PanelOn, string? Outcome, DateOnly? OutcomeOn);

/// <summary>Which steps each kind of household takes, in what order, and what each needs.</summary>
public static class HouseholdRules
{
    public const string Name = nameof(HouseholdEnquiry.Name);
    public const string Route = nameof(HouseholdEnquiry.Route);
    public const string EnquiryOn = nameof(HouseholdEnquiry.EnquiryOn);
    public const string On = nameof(HouseholdStepDetails.On);
    public const string Worker = nameof(HouseholdStepDetails.WorkerUserId);
    public const string Yes = nameof(HouseholdStepDetails.Yes);
    public const string Places = nameof(HouseholdStepDetails.Places);
    public const string AgeFrom = nameof(HouseholdStepDetails.AgeFrom);
    public const string AgeTo = nameof(HouseholdStepDetails.AgeTo);
    public const string CareTypes = nameof(HouseholdStepDetails.CareTypes);
    public const string Child = nameof(HouseholdStepDetails.Child);
    public const string EndReason = nameof(HouseholdStepDetails.EndReason);
    public const string Match = nameof(HouseholdStepDetails.AdoptionJourneyId);
    public const string Weeks = nameof(HouseholdStepDetails.Weeks);
    public const string Summary = nameof(HouseholdEntryDetails.Summary);
    public const string PanelOn = nameof(HouseholdEntryDetails.PanelOn);
    public const string OutcomeOn = nameof(HouseholdEntryDetails.OutcomeOn);
    public const string Step = "";

    public static RuleResult CheckEnquiry(HouseholdEnquiry enquiry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(enquiry.Name), Name, "Enter the household's name, for example Sarah and Tom Ellis")
            .AddIf(enquiry.Route is null, Route, "Select whether they want to foster, are connected persons, or want to adopt")
            .AddIf(enquiry.EnquiryOn is null, EnquiryOn, "Enter the date of the enquiry")
            .AddIf(enquiry.EnquiryOn > today, EnquiryOn, "The date of the enquiry must be today or in the past")
            .AddIf(enquiry.Postcode is { Length: > 0 } pc && LookedAfter.Postcodes.Normalise(pc) is null, nameof(HouseholdEnquiry.Postcode), "Enter a real postcode, like HV1 2AB");
    }

    /// <summary>The steps this household may take next, in the order a worker meets them.</summary>
    public static IReadOnlyList<HouseholdStep> NextSteps(HouseholdJourney h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return [.. Enum.GetValues<HouseholdStep>().Where(s => WhyNot(h, s) is null)];
    }

    /// <summary>Why <paramref name="step"/> cannot be recorded now, or null when it can.</summary>
    public static string? WhyNot(HouseholdJourney h, HouseholdStep step)
    {
        ArgumentNullException.ThrowIfNull(h);
        if (h.EndedOn is not null)
        {
            return "This household's journey has ended";
        }
        var adoption = h.Route == HouseholdRoute.Adoption;
        var connected = h.Route == HouseholdRoute.ConnectedPersons;
        return step switch
        {
            HouseholdStep.InitialVisit when h.InitialVisitOn is not null => "The initial visit is already recorded",
            HouseholdStep.Assessment when h.AssessmentStartedOn is not null => "The assessment's start is already recorded",
            HouseholdStep.StageTwo when !adoption => "Only adopters have a stage two",
            HouseholdStep.StageTwo when h.AssessmentStartedOn is null => "Record stage one first",
            HouseholdStep.StageTwo when h.StageTwoStartedOn is not null => "Stage two's start is already recorded",
            HouseholdStep.TemporaryApproval when !connected => "Only connected persons can be approved temporarily",
            HouseholdStep.TemporaryApproval when h.TemporaryApprovalOn is not null || h.DecisionOn is not null => "Temporary approval is already recorded or decided",
            HouseholdStep.Extension when !connected || h.TemporaryApprovalOn is null => "Only a temporary approval can be extended",
            HouseholdStep.Extension when h.TemporaryApprovalExtensionWeeks is not null => "Temporary approval can be extended only once (regulation 25)",
            HouseholdStep.Extension when h.DecisionOn is not null => "The full assessment has been decided",
            HouseholdStep.Panel when h.AssessmentStartedOn is null || (adoption && h.StageTwoStartedOn is null) => "Record the assessment before the panel",
            HouseholdStep.Panel when h.PanelOn is not null => "The panel is already recorded",
            HouseholdStep.Decision when h.PanelOn is null => "Record the panel before the decision",
            HouseholdStep.Decision when h.DecisionOn is not null => "The decision is already recorded",
            HouseholdStep.SupervisingWorker when h.DecisionOn is null && h.TemporaryApprovalOn is null => "A supervising social worker is allocated once the household is approved",
            HouseholdStep.Match when !adoption || h.Approved != true => "Only approved adopters are matched with a child",
            HouseholdStep.Match when h.MatchedOn is not null => "The match is already recorded",
            _ => null,
        };
    }

    /// <summary>Checks a step against the household as it stands; a step out of order is refused as a whole.</summary>
    public static RuleResult CheckStep(HouseholdJourney h, HouseholdStep step, HouseholdStepDetails d, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(d);
        var result = new RuleResult();
        if (WhyNot(h, step) is { } why)
        {
            return result.Add(Step, why);
        }
        var earliest = step switch
        {
            HouseholdStep.StageTwo => h.AssessmentStartedOn,
            HouseholdStep.Panel => h.StageTwoStartedOn ?? h.AssessmentStartedOn,
            HouseholdStep.Decision => h.PanelOn,
            HouseholdStep.Match => h.DecisionOn,
            HouseholdStep.Extension => h.TemporaryApprovalOn,
            _ => h.EnquiryOn,
        };
        result.AddIf(d.On is null, On, "Enter the date")
            .AddIf(d.On > today, On, "The date must be today or in the past")
            .AddIf(d.On is { } on && earliest is { } first && on < first, On, $"The date must be on or after {DateText.Date(earliest!.Value)}");
        switch (step)
        {
            case HouseholdStep.Assessment:
                result.AddIf(string.IsNullOrWhiteSpace(d.WorkerUserId), Worker, "Select the assessing social worker");
                break;
            case HouseholdStep.SupervisingWorker:
                result.AddIf(string.IsNullOrWhiteSpace(d.WorkerUserId), Worker, "Select the supervising social worker");
                break;
            case HouseholdStep.Extension:
                if (d.On is { } decided)
                {
                    // The regulation 25 rule is ConnectedPersonsApproval's; its field names are this form's (Weeks, and the date as On).
                    foreach (var problem in ConnectedPersonsApproval.CheckExtension(h.TemporaryApprovalOn!.Value, d.Weeks, false, decided).Problems)
                    {
                        result.Add(problem.Field == "DecidedOn" ? On : problem.Field, problem.Message);
                    }
                }
                else
                {
                    result.AddIf(d.Weeks is null or < 1 or > ConnectedPersonsApproval.ExtensionWeeks, Weeks, $"Enter an extension of 1 to {ConnectedPersonsApproval.ExtensionWeeks} weeks");
                }
                result.AddIf(string.IsNullOrWhiteSpace(d.Note), nameof(HouseholdStepDetails.Note), "Say why the full assessment could not be finished in 16 weeks");
                break;
            case HouseholdStep.TemporaryApproval:
                result.AddIf(string.IsNullOrWhiteSpace(d.Child), Child, "Enter the child they are approved to care for");
                break;
            case HouseholdStep.Panel:
                result.AddIf(d.Yes is null, Yes, "Select whether the panel recommended approval");
                break;
            case HouseholdStep.Decision:
                result.AddIf(d.Yes is null, Yes, "Select whether the household was approved")
                    .AddIf(d.Yes == false && string.IsNullOrWhiteSpace(d.Note), nameof(HouseholdStepDetails.Note), "Give the reasons for not approving them");
                if (d.Yes == true && h.Route != HouseholdRoute.Adoption)
                {
                    result.AddIf(d.Places is null or < 1 or > 6, Places, "Enter how many children they are approved for, from 1 to 6")
                        .AddIf(d.AgeFrom is null or < 0 or > 17, AgeFrom, "Enter the youngest age they are approved for, from 0 to 17")
                        .AddIf(d.AgeTo is null or < 0 or > 17, AgeTo, "Enter the oldest age they are approved for, from 0 to 17")
                        .AddIf(d.AgeFrom is { } from && d.AgeTo is { } to && to < from, AgeTo, "The oldest age must be the same as or more than the youngest")
                        .AddIf(d.CareTypes == FosteringCareTypes.None, CareTypes, "Select the kinds of fostering they are approved for");
                }
                break;
            case HouseholdStep.Match:
                result.AddIf(d.AdoptionJourneyId is null, Match, "Select the child they were matched with");
                break;
            case HouseholdStep.End:
                result.AddIf(d.EndReason is null, EndReason, "Select why the household's journey ended")
                    .AddIf(d.EndReason is HouseholdEndReason.Resigned or HouseholdEndReason.Deregistered && h.Approved != true, EndReason,
                        "Only an approved household resigns or is deregistered: choose withdrew")
                    .AddIf(d.EndReason is HouseholdEndReason.Deregistered && string.IsNullOrWhiteSpace(d.Note), nameof(HouseholdStepDetails.Note),
                        "Give the reason for deregistering them");
                break;
        }
        return result;
    }

    public static RuleResult CheckEntry(HouseholdJourney h, HouseholdEntryDetails d, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(d);
        var result = new RuleResult();
        var needsApproval = d.Kind is HouseholdEntryKind.AnnualReview or HouseholdEntryKind.SupervisoryVisit or HouseholdEntryKind.UnannouncedVisit
            or HouseholdEntryKind.TrainingStandards;
        if (h.EndedOn is not null)
        {
            return result.Add(Step, "This household's journey has ended");
        }
        if (needsApproval && !h.IsApproved && h.TemporaryApprovalOn is null)
        {
            return result.Add(Step, "Reviews, supervising visits and the training standards are for approved foster carers");
        }
        if (d.Kind == HouseholdEntryKind.AnnualReview && h.Route == HouseholdRoute.Adoption)
        {
            return result.Add(Step, "Adopters do not have fostering annual reviews");
        }
        if (d.Kind == HouseholdEntryKind.PostAdoptionSupport && h.Route != HouseholdRoute.Adoption)
        {
            return result.Add(Step, "Post-adoption support is recorded for adopters");
        }
        var since = needsApproval ? h.DecisionOn ?? h.TemporaryApprovalOn : h.EnquiryOn;
        result.AddIf(d.On is null, On, "Enter the date")
            .AddIf(d.On > today, On, "The date must be today or in the past")
            .AddIf(d.On is { } on && since is { } first && on < first, On, $"The date must be on or after {DateText.Date(since!.Value)}")
            .AddIf(string.IsNullOrWhiteSpace(d.Summary), Summary, d.Kind switch
            {
                HouseholdEntryKind.Training or HouseholdEntryKind.TrainingStandards => "Enter the training, for example Skills to Foster",
                HouseholdEntryKind.Allegation or HouseholdEntryKind.StandardsOfCareConcern => "Say what the concern is",
                _ => "Say what was discussed or seen",
            });
        // Fostering Regulations 2011 reg 28(6): the first review after approval goes back to the fostering panel.
        var firstReview = d.Kind == HouseholdEntryKind.AnnualReview && !h.Entries.Any(e => e.Kind == HouseholdEntryKind.AnnualReview);
        result.AddIf(firstReview && d.PanelOn is null && h.Route == HouseholdRoute.Fostering, PanelOn,
                "The first annual review goes back to the fostering panel: enter the panel date")
            .AddIf(d.PanelOn is { } panel && d.On is { } held && panel < held, PanelOn, "The panel must be on or after the review")
            .AddIf(d.PanelOn > today, PanelOn, "The panel date must be today or in the past")
            .AddIf(d.OutcomeOn is { } outcome && d.On is { } raised && outcome < raised, OutcomeOn, "The outcome must be on or after the date")
            .AddIf(d.OutcomeOn > today, OutcomeOn, "The outcome date must be today or in the past")
            .AddIf(d.OutcomeOn is not null && string.IsNullOrWhiteSpace(d.Outcome), nameof(HouseholdEntryDetails.Outcome), "Say what the outcome was");
        return result;
    }

    public static RuleResult CheckMember(string? name, HouseholdMemberRole? role, DateOnly? bornOn, DateOnly today) =>
        new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(name), Name, "Enter the person's name")
            .AddIf(role is null, nameof(HouseholdMember.Role), "Select who they are in the household")
            .AddIf(bornOn > today, nameof(HouseholdMember.BornOn), "The date of birth must be in the past");
}
