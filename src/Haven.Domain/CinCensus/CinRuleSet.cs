using Haven.Domain.CinCensus.Rules;

namespace Haven.Domain.CinCensus;

/// <summary>
/// A collection year's rules. Listed by hand rather than found by reflection: adding or retiring a rule for a
/// new year is then a visible one-line change, and the list can be read against the DfE's.
/// </summary>
public sealed class CinRuleSet
{
    private CinRuleSet(string name, IReadOnlyList<CinChildRule> childRules, IReadOnlyList<CinReturnRule> returnRules)
    {
        Name = name;
        ChildRules = childRules;
        ReturnRules = returnRules;
    }

    /// <summary>The DfE's rules for the 2025/26 census (the 2024/25 set, unchanged).</summary>
    public static CinRuleSet Cin2025To26 { get; } = new(
        "CIN census 2025/26",
        [
            // Child identifiers and characteristics
            new LaChildIdMissing(), new LaChildIdTooLong(), new LaChildIdNotAlphanumeric(),
            new UpnCheckLetter(), new UpnLaCode(), new UpnNumericMiddle(), new UpnLastCharacter(), new FormerUpnFormat(),
            new DateOfBirthXorExpected(), new BirthAfterCensus(), new ExpectedBirthOutOfRange(), new DeathBeforeBirth(), new DeathOutsideCensus(),
            new SexMissingOrInvalid(), new UnbornSexNotU(), new SchoolAgeChildWithoutUpn(), new UpnUnknownNfaButFurtherAction(), new OverTwentyFive(),
            new EthnicityMissingOrInvalid(), new DisabilityMissingOrInvalid(), new DisabilityNoneWithOthers(), new DisabilityRepeated(), new NoCinEpisode(),

            // CIN episodes
            new ReferralMissingOrAfterCensus(), new ReferralLongBeforeBirth(), new ReferralAfterDeath(), new ReferralSourceMissingOrInvalid(),
            new PrimaryNeedInvalid(), new PrimaryNeedMissingForFurtherAction(), new ReasonForClosureInvalid(), new ReferralNfaMissingOrInvalid(),
            new OldReferralFlaggedNfa(), new ClosureOutsideCensus(), new ClosureBeforeReferral(), new ClosureWithoutReason(), new ReasonWithoutClosure(),
            new DiedWithoutDeathDate(), new ActivityAfterClosure(), new MoreThanOneOpenEpisode(), new OpenEpisodeNotLatest(), new EpisodesOverlap(),
            new ClosedAfterAssessmentWithoutAssessment(), new ActivityAfterClosedAfterAssessment(), new ActivityOnNfaReferral(),
            new ProtectionPlanOnNfaReferral(), new CinPlanOnNfaReferral(), new ConferenceRecordedTwice(), new ConferenceBeforeReferral(),
            new ConferenceOutsideCensus(), new ConferenceOnWeekend(), new PlanStartNotAtConference(),

            // Assessments
            new AssessmentBeforeReferral(), new AssessmentStartAfterEnd(), new FactorsOnIncompleteAssessment(), new AssessmentOpenTooLong(),
            new AssessmentEndOutsideCensus(), new OpenAssessmentStartOutsideCensus(), new MoreThanOneOpenAssessment(), new AssessmentsOverlap(),
            new NoFactorsCodeWithOthers(), new FactorsMissingOrInvalid(), new FactorRepeated(), new PhysicalAbuseFactorUnsplit(),
            new SexualAbuseFactorUnsplit(), new NoFactorsButNotClosedAfterAssessment(), new ClosedWithOpenAssessment(),

            // CIN plans
            new CinPlanStartMissingOrAfterCensus(), new CinPlanEndBeforeStart(), new CinPlanSameDay(), new CinPlanEndOutsideCensus(),
            new CinPlansOverlap(), new CinPlanBeforeReferral(), new MoreThanOneOpenCinPlan(), new CinPlanStartsAfterDeath(),
            new CinPlanEndsAfterDeath(), new OpenCinPlanWithOpenProtectionPlan(), new CinPlanStartsDuringProtectionPlan(),
            new ProtectionPlanStartsDuringCinPlan(), new ReviewDuringCinPlan(),

            // Section 47 enquiries
            new Section47BeforeReferral(), new Section47StartMissingOrAfterConference(), new Section47AwaitingConferenceTooLong(),
            new Section47AwaitingConferenceStartOutsideCensus(), new ConferenceTargetOnWeekend(), new Section47WithoutAssessment(),
            new ClosedWithOpenSection47(), new MoreThanOneOpenSection47(), new Section47sOverlap(),

            // Child protection plans
            new ProtectionPlanBeforeReferral(), new ProtectionPlanStartMissingOrAfterCensus(), new PreviousPlansMissing(),
            new ProtectionPlanSameDay(), new ReviewNotAfterPlanStart(), new ReviewDateMissing(), new InitialCategoryMissingOrInvalid(),
            new LatestCategoryMissingOrInvalid(), new ProtectionPlanStartsAfterDeath(), new ProtectionPlanEndsAfterDeath(),
            new ProtectionPlanEndBeforeStart(), new ProtectionPlanEndOutsideCensus(), new MoreThanOneOpenProtectionPlan(),
            new ProtectionPlansOverlap(),
        ],
        [
            new ReferenceDateIncorrect(), new UpnRepeated(), new LaChildIdRepeated(), new MorePlansThanConferences(),
            new SexNotRecordedShare(), new FewDisabilityCodesUsed(), new OnlyOneDisabilityPerChild(),
        ]);

    public string Name { get; }

    public IReadOnlyList<CinChildRule> ChildRules { get; }

    public IReadOnlyList<CinReturnRule> ReturnRules { get; }

    public IEnumerable<CinRule> All => ChildRules.Cast<CinRule>().Concat(ReturnRules);

    public CinRule this[string id] => All.Single(r => r.Id == id);

    public override string ToString() => Name;
}
