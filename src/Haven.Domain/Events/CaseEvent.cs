namespace Haven.Domain.Events;

/// <summary>
/// One named, immutable thing that happened to a person's record (PersonRegistered, AddressChanged, ...),
/// with who did it, when, why, and the old and new values. It is written in the same transaction as the
/// change, and the record's history and the audit trail are read from this one stream. (The chronology is not:
/// it is derived from the journey tables, see docs/decisions/0007.)
/// Each event is a link in the <c>case_events</c> hash chain (<see cref="EventChain"/>), sealed when it is saved.
/// </summary>
public sealed class CaseEvent : ChainedEvent
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Type { get; set; }
    public required string ActorUserId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>Why the change was made, when the user was asked (corrections, merges, restrictions).</summary>
    public string? Reason { get; set; }

    /// <summary>One line a person can read in a history list, e.g. "Address changed to 4 Mill Lane".</summary>
    public required string Summary { get; set; }

    public List<FieldChange> Changes { get; set; } = [];

    public const string Chain = "case_events";

    public override string ChainName => Chain;

    public override void WriteContent(CanonicalWriter content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Add(PersonId).Add(Type).Add(OccurredAtUtc).Add(ActorUserId).Add(ActorName).Add(Reason).Add(Summary).Add(Changes);
    }
}

/// <summary>A before/after pair for one field. Values are as shown to users, not internal codes.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);

/// <summary>The event names. Strings, not an enum, because the stream outlives any one version of the code.</summary>
public static class CaseEventTypes
{
    public const string PersonRegistered = nameof(PersonRegistered);
    public const string PersonDetailsChanged = nameof(PersonDetailsChanged);
    public const string NameAdded = nameof(NameAdded);
    public const string AddressAdded = nameof(AddressAdded);
    public const string AddressEnded = nameof(AddressEnded);
    public const string ContactDetailAdded = nameof(ContactDetailAdded);
    public const string FlagAdded = nameof(FlagAdded);
    public const string FlagEnded = nameof(FlagEnded);
    public const string RelationshipAdded = nameof(RelationshipAdded);
    public const string RelationshipEnded = nameof(RelationshipEnded);
    public const string ProfessionalAdded = nameof(ProfessionalAdded);
    public const string RecordRestricted = nameof(RecordRestricted);
    public const string RecordUnrestricted = nameof(RecordUnrestricted);
    public const string NamedAccessGranted = nameof(NamedAccessGranted);
    public const string NamedAccessRemoved = nameof(NamedAccessRemoved);
    public const string BreakGlassAccess = nameof(BreakGlassAccess);

    /// <summary>An auditor opened a restricted record they are not named on, to audit it (read only).</summary>
    public const string RestrictedRecordAudited = nameof(RestrictedRecordAudited);
    public const string PersonMerged = nameof(PersonMerged);
    public const string DuplicateMergedIn = nameof(DuplicateMergedIn);
    public const string WorkerAllocated = nameof(WorkerAllocated);
    public const string ContactRecorded = nameof(ContactRecorded);
    public const string HistoryRead = nameof(HistoryRead);
    public const string ScreeningDecided = nameof(ScreeningDecided);
    public const string ScreeningDecisionAmended = nameof(ScreeningDecisionAmended);
    public const string ReferralCreated = nameof(ReferralCreated);
    public const string ReferrerFeedbackSent = nameof(ReferrerFeedbackSent);
    public const string ReferrerFeedbackFailed = nameof(ReferrerFeedbackFailed);
    public const string PartnerReferralMatched = nameof(PartnerReferralMatched);
    public const string EarlyHelpStarted = nameof(EarlyHelpStarted);
    public const string EarlyHelpLeadChanged = nameof(EarlyHelpLeadChanged);
    public const string EarlyHelpTeamMemberAdded = nameof(EarlyHelpTeamMemberAdded);
    public const string EarlyHelpAssessmentCompleted = nameof(EarlyHelpAssessmentCompleted);
    public const string EarlyHelpPlanActionAdded = nameof(EarlyHelpPlanActionAdded);
    public const string EarlyHelpPlanActionCompleted = nameof(EarlyHelpPlanActionCompleted);
    public const string EarlyHelpReviewed = nameof(EarlyHelpReviewed);
    public const string EarlyHelpClosed = nameof(EarlyHelpClosed);
    public const string AssessmentStarted = nameof(AssessmentStarted);
    public const string AssessmentUpdated = nameof(AssessmentUpdated);
    public const string AssessmentSubmitted = nameof(AssessmentSubmitted);
    public const string AssessmentAuthorised = nameof(AssessmentAuthorised);
    public const string AssessmentReturned = nameof(AssessmentReturned);
    public const string StrategyDiscussionRecorded = nameof(StrategyDiscussionRecorded);
    public const string Section47Started = nameof(Section47Started);
    public const string Section47ChildSeen = nameof(Section47ChildSeen);
    public const string Section47OutcomeProposed = nameof(Section47OutcomeProposed);
    public const string Section47Completed = nameof(Section47Completed);
    public const string ConferenceScheduled = nameof(ConferenceScheduled);
    public const string ConferenceRearranged = nameof(ConferenceRearranged);
    public const string ConferenceHeld = nameof(ConferenceHeld);
    public const string ChildProtectionPlanStarted = nameof(ChildProtectionPlanStarted);
    public const string ChildProtectionPlanUpdated = nameof(ChildProtectionPlanUpdated);
    public const string ChildProtectionPlanEnded = nameof(ChildProtectionPlanEnded);
    public const string PlanActionAdded = nameof(PlanActionAdded);
    public const string PlanActionCompleted = nameof(PlanActionCompleted);
    public const string CoreGroupMemberAdded = nameof(CoreGroupMemberAdded);
    public const string CoreGroupHeld = nameof(CoreGroupHeld);
    public const string ChildInNeedPlanStarted = nameof(ChildInNeedPlanStarted);
    public const string ChildInNeedPlanReviewed = nameof(ChildInNeedPlanReviewed);
    public const string ChildInNeedPlanEnded = nameof(ChildInNeedPlanEnded);
    public const string CaseClosed = nameof(CaseClosed);
    public const string CaseNoteAdded = nameof(CaseNoteAdded);
    public const string DocumentAdded = nameof(DocumentAdded);
    public const string DocumentDownloaded = nameof(DocumentDownloaded);
    public const string ChronologyEntryAdded = nameof(ChronologyEntryAdded);
    public const string ChronologySignificanceChanged = nameof(ChronologySignificanceChanged);
    public const string ChronologyExported = nameof(ChronologyExported);
    public const string OversightRecorded = nameof(OversightRecorded);
    public const string SharedWithFamily = nameof(SharedWithFamily);
    public const string CameIntoCare = nameof(CameIntoCare);
    public const string CareLegalStatusChanged = nameof(CareLegalStatusChanged);
    public const string PlacementChanged = nameof(PlacementChanged);
    public const string LeftCare = nameof(LeftCare);
    public const string CareReviewRecorded = nameof(CareReviewRecorded);
    public const string CareReviewRecommendationDone = nameof(CareReviewRecommendationDone);
    public const string CareReviewMinutesShared = nameof(CareReviewMinutesShared);
    public const string CarePlanAgreed = nameof(CarePlanAgreed);
    public const string PermanencePlanAgreed = nameof(PermanencePlanAgreed);
    public const string ReviewingOfficerAllocated = nameof(ReviewingOfficerAllocated);
    public const string HealthCheckRecorded = nameof(HealthCheckRecorded);
    public const string EducationPlanRecorded = nameof(EducationPlanRecorded);
    public const string SchoolExclusionRecorded = nameof(SchoolExclusionRecorded);
    public const string MissingEpisodeReported = nameof(MissingEpisodeReported);
    public const string MissingEpisodeReturned = nameof(MissingEpisodeReturned);
    public const string ReturnInterviewRecorded = nameof(ReturnInterviewRecorded);
    public const string AdvocacyOffered = nameof(AdvocacyOffered);
    public const string EscalationRaised = nameof(EscalationRaised);
    public const string EscalationStageChanged = nameof(EscalationStageChanged);
    public const string EscalationResolved = nameof(EscalationResolved);
    public const string ChairQualityNoteAdded = nameof(ChairQualityNoteAdded);
    public const string PersonalAdviserAllocated = nameof(PersonalAdviserAllocated);
    public const string PathwayPlanRecorded = nameof(PathwayPlanRecorded);
    public const string CareLeaverContactRecorded = nameof(CareLeaverContactRecorded);
    public const string LetterBeforeProceedingsSent = nameof(LetterBeforeProceedingsSent);
    public const string PreProceedingsMeetingHeld = nameof(PreProceedingsMeetingHeld);
    public const string ProceedingsIssued = nameof(ProceedingsIssued);
    public const string CourtHearingRecorded = nameof(CourtHearingRecorded);
    public const string ProceedingsExtended = nameof(ProceedingsExtended);
    public const string LegalPlanningMeetingHeld = nameof(LegalPlanningMeetingHeld);
    public const string FamilyGroupConferenceRecorded = nameof(FamilyGroupConferenceRecorded);
    public const string AdoptionDecisionMade = nameof(AdoptionDecisionMade);
    public const string AdoptionMatchAgreed = nameof(AdoptionMatchAgreed);
    public const string PlacedForAdoption = nameof(PlacedForAdoption);
    public const string AdoptionDecisionReversed = nameof(AdoptionDecisionReversed);
    public const string PermanenceOrderMade = nameof(PermanenceOrderMade);
    public const string DateCorrected = nameof(DateCorrected);
    public const string PrivateFosteringNotified = nameof(PrivateFosteringNotified);
    public const string PrivateFosteringVisited = nameof(PrivateFosteringVisited);
    public const string PrivateFosteringAssessed = nameof(PrivateFosteringAssessed);
    public const string PrivateFosteringEnded = nameof(PrivateFosteringEnded);
    public const string FlagChanged = nameof(FlagChanged);
    public const string FlagRemoved = nameof(FlagRemoved);
    public const string EarlyHelpPlanActionEnded = nameof(EarlyHelpPlanActionEnded);
    public const string EarlyHelpPlanActionChanged = nameof(EarlyHelpPlanActionChanged);
    public const string EarlyHelpTeamMemberChanged = nameof(EarlyHelpTeamMemberChanged);
    public const string EarlyHelpTeamMemberLeft = nameof(EarlyHelpTeamMemberLeft);
    /// <summary>Care history brought in from a previous system's SSDA903 return (periods of care, reviews, missing episodes...).</summary>
    public const string CareHistoryImported = nameof(CareHistoryImported);
    public const string LifeStoryWorkRecorded = nameof(LifeStoryWorkRecorded);
    public const string LongTermFosteringMatched = nameof(LongTermFosteringMatched);
    public const string ReturnHomePlanned = nameof(ReturnHomePlanned);
    public const string ReturnHomeReviewed = nameof(ReturnHomeReviewed);
    /// <summary>A child's family referred to MARAC (with the DASH risk level, and whether it is a repeat), and the meeting with its actions.</summary>
    public const string MaracReferred = nameof(MaracReferred);
    public const string MaracMeetingRecorded = nameof(MaracMeetingRecorded);
}
