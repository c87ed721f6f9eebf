using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903.Rules;

namespace Haven.Domain.Ssda903;

/// <summary>
/// A collection year's rules, listed by hand like <see cref="CinCensus.CinRuleSet"/> so a rule added or retired is a
/// visible one-line change. The 2025/26 set has 311 rules; those not here yet are listed in the inventory test
/// (tests/Haven.Domain.Tests/Ssda903/Ssda903RuleTests.cs, NotYetImplemented).
/// </summary>
public sealed class Ssda903RuleSet
{
    private Ssda903RuleSet(string name, IReadOnlyList<Ssda903Rule> rules)
    {
        Name = name;
        Rules = rules;
    }

    public static Ssda903RuleSet Lac2025To26 { get; } = new(
        "SSDA903 2025/26",
        [
            // header.csv
            new SexInvalid(), new DateOfBirthInvalid(), new EthnicityInvalid(), new UpnInvalid(), new SchoolAgeWithUn1(),
            new SexUnknown(), new BornAfterYearEnd(), new OverTwentyFive(), new ChildTwiceInHeader(),
            new MothersChildBirthInvalid(), new MothersChildBirthForMale(), new Un4AfterAWeekInCare(),
            new UpnBlank(), new UpnDuplicated(), new MotherWithoutChildsBirth(), new ChildsBirthButNotMother(), new MotherUnder11(),
            new MotherYoungerThanChild(), new ChildsBirthAfterYearOrCare(), new MotherhoodForCareLeaver(), new NoEpisodesOrCareLeaverInformation(),
            // header.csv against last year's (only with --previous)
            new SexChangedSinceLastYear(), new BirthChangedSinceLastYear(), new EthnicityChangedSinceLastYear(), new UpnChangedSinceLastYear(),
            new MotherChangedSinceLastYear(),
            new ChildsBirthChangedSinceLastYear(), new BecameMotherBeforeYear(),

            // episodes.csv
            new EpisodeStartInvalid(), new ReasonForNewEpisodeInvalid(), new LegalStatusInvalid(), new CategoryOfNeedInvalid(),
            new PlacementTypeInvalid(), new EpisodeEndInvalid(), new EndAndReasonNotBoth(), new ReasonCeasedInvalid(),
            new ProviderInvalid(), new ProviderNotRequired(), new AdoptionWithFosterCarersWrongReason(),
            new PlacementChangeReasonForTemporary(), new PlacementChangeReasonWhileOpen(), new PlacementChangeReasonInvalid(),
            new EpisodeBeforeBirth(), new StartedCareAged18(), new EpisodeBefore1991(), new EpisodeEndsAfterYear(),
            new EpisodeUnderADay(), new EpisodeEndsBeforeStart(), new FirstEpisodeNotStart(), new PreviousEpisodeNotEnded(),
            new NoContinuationEpisode(), new YoungOffenderInstitutionUnder10(), new ResidentialSchoolUnder4(),
            new ResidentialEmploymentUnder14(), new PlacedWithParentsUnderSection20(), new PeriodStartsTemporary(),
            new PeriodEndsTemporary(), new AdoptedAged18(), new IndependentLivingUnder14(), new AdultCareUnder16(),
            new OwnProvisionWrongPlacement(), new OtherLaProvisionWrongPlacement(), new OtherPublicProvisionWrongPlacement(),
            new PrivateProvisionWithParents(), new VoluntaryProvisionWithParents(), new ParentsProvisionNotWithParents(),
            new EpisodeChildNotInHeader(),
            new PoliceProtectionTooLong(), new EmergencyProtectionTooLong(), new ChildAssessmentOrderTooLong(), new PoliceDetentionTooLong(),
            new YouthJusticeStatusUnder10(), new LookedAfterPast18NotInChildrensHome(), new ShortBreakTooLong(), new ShortBreakChangedPlacement(),
            new ShortBreaksOver75Days(), new ShortBreakTemporaryPlacement(), new ShortBreakLongTermFostering(), new ShortBreakPlacementLocation(),
            new ShortBreakPostcodes(), new ShortBreaksOnlyWithMotherOrReviews(),
            new HospitalOverSixWeeks(), new CarersHolidayOverThreeWeeks(), new ShortTemporaryOverSevenDays(), new CarersHolidayMoreThanTwice(),
            new NotBackFromTemporaryPlacement(), new SupportedAccommodationUnder16(), new CustodyMoveUnder10(), new EpisodeCeasedAfterYear(),
            new PlacementChangeReasonMissing(), new UrnForUnregisteredPlacement(), new HomeAndPlacementPostcodeSame(),
            new AdoptedWithoutAdoptionPlacement(), new PlacedForAdoptionNotFromFostering(),
            new SpecialGuardianshipAged18(), new PlacedForAdoptionWithoutPlacementOrder(), new ShortBreaksBothWays(), new StartedAgainTheDayCareEnded(),
            new ContinuedAfterCareEnded(), new ContinuationNotOnTheDayBeforeEnded(), new LegalStatusChangeNotShown(), new PlacementChangeNotShown(),
            new BothChangesNotShown(), new EpisodesAfterDeathOrAdulthood(), new PlacementOrderBefore2005(), new StayedWithCarersUnder18(),
            new EpisodesOverlap(), new CategoryOfNeedChangedInPeriod(), new SpecialGuardianshipToFosterCarersNotFostered(),

            // reviews.csv
            new ReviewDateInvalid(), new ReviewParticipationInvalid(), new ReviewChildNotInHeader(), new ReviewBirthNotAsHeader(),
            new UnderFourCodeForOlderChild(), new ParticipationCodeForUnderFour(),

            // missing.csv
            new MissingWithoutStart(), new MissingStartWithoutType(), new MissingEndWithoutType(), new MissingEndsBeforeStart(),
            new MissingStartsAfterYear(), new MissingEndsOutsideYear(), new MissingBeforeBirth(), new MissingStartInvalid(),
            new MissingEndInvalid(), new MissingTypeInvalid(), new MissingChildNotInHeader(), new MissingBirthNotAsHeader(),
            new MissingPeriodsOverlap(), new MissingOpenAfterPlacementEnded(), new MissingOpenAfterCareEnded(), new MissingAfterCareEnded(),
            new MissingAt18NotE8(), new MissingBeforeCare(),

            // uasc.csv
            new UascEndInvalid(), new UascEndAfter18(), new UascChildNotInHeader(), new UascBirthNotAsHeader(),
            new UascSexNotAsHeader(), new ChildTwiceInUasc(),
            new UascUnder11(),

            // oc2.csv
            new SdqScoreInvalid(), new SdqReasonInvalid(), new SdqScoreAndReason(), new Oc2ItemNotNoOrYes(), new SdqTooYoungOrOldButOfAge(),
            new SdqUnderFour(), new SdqSeventeenAtStart(), new SdqScoreNotTwelveMonths(), new SdqReasonNotTwelveMonths(), new Oc2ItemsNotTwelveMonths(),
            new InterventionOfferedThoughReceived(), new InterventionOfferedMissing(), new InterventionReceivedMissing(),
            new InterventionWithoutSubstanceMisuse(), new Oc2ItemsForCareLeaver(),

            // oc3.csv
            new InTouchInvalid(), new ActivityInvalid(), new AccommodationInvalid(), new LeavingCarePartlyCompleted(), new ActivityForDiedOrHome(),
            new InTouchWithoutActivity(), new FoyerUnder18(), new CareLeaverUnder17(),

            // ad1.csv
            new AdoptionDecisionDateInvalid(), new AdoptionMatchDateInvalid(), new AdoptedByFosterCarersInvalid(), new NumberOfAdoptersInvalid(),
            new AdoptersSexInvalid(), new AdoptersLegalStatusInvalid(), new AdoptionPartlyCompleted(), new MatchedBeforeDecision(),
            new MatchedAfterPlacement(), new DecisionBeforeCareBegan(), new AdoptedByFosterCarersNotAsPlacement(), new AdoptionForCareLeaver(),

            // placed_for_adoption.csv
            new PlacedForAdoptionDateInvalid(), new NoLongerPlacedDateInvalid(), new AdoptionDecisionAfterCareEnded(), new NoLongerPlacedBeforeYearOrCare(),
            new NoLongerPlacedDateAndReasonNotBoth(), new NoLongerPlacedReasonInvalid(), new PlacedForAdoptionBeforeBirth(),
            new UascForCareLeaver(),

            // against last year's return (only with --previous)
            new FirstEpisodeStartNotLastYearsOpen(), new FirstEpisodeReasonNotLastYearsOpen(), new FirstEpisodeLegalStatusNotLastYearsOpen(),
            new FirstEpisodeNeedNotLastYearsOpen(), new FirstEpisodePlacementNotLastYearsOpen(), new FirstEpisodeProviderNotLastYearsOpen(),
            new FirstEpisodeUrnNotLastYearsOpen(), new EarlierEpisodeMissingFromLastYear(), new NoEpisodesLastYear(), new OpenMissingNotCarriedOn(),
            new UascNotLastYear(),
            new DiedLastYear(), new EpisodeAfterAdoption(),
            new EarlierDecisionNotLastYear(), new OpenDecisionDateChanged(), new ReversedDecisionReopened(), new NewDecisionNotAfterReversed(),
            new CareLeaverNeverLookedAfter(), new CareLeaverNoEpisodesThoughOpenLastYear(),

            // ad1.csv and placed_for_adoption.csv (with the episodes)
            new TwoAdoptersNotACouple(), new SingleAdopterRecordedAsCouple(), new UnmarriedDifferentGenderNotMf(), new UnmarriedSameGenderNotSame(),
            new CivilPartnershipNotACouple(), new MarriedSameGenderNotSame(), new PlacedBeforeBestInterestsDecision(),
            new DecisionReversedBeforeMade(), new BestInterestsDecisionNotADecision(), new AdoptedAfterDecisionReversed(), new PlacedWithoutDecision(),
            new PlacedBeforeDecision(),
            new AdoptedButDecisionReversed(), new ReversalWithoutDecision(), new DecisionsOverlap(), new AdoptedOnDayMatched(),
            new EarlierDecisionNotRevoked(), new AdoptionDetailsMissing(), new AdoptionDetailsWithoutAdoption(), new DecisionBeforeCare(),
            new Ad1ChildNotInHeader(), new Ad1BirthNotAsHeader(), new ChildTwiceInAd1(),
            new PlacedForAdoptionChildNotInHeader(), new PlacedForAdoptionBirthNotAsHeader(),

            // oc2.csv
            new ConvictionUnder10(), new ConvictionWithoutHealthItems(), new HealthPromotionMissing(), new HealthPromotionFor5AndOver(),
            new Oc2ChildNotInHeader(), new Oc2BirthNotAsHeader(), new ChildTwiceInOc2(),

            // oc3.csv
            new CareLeaverDied(), new CareLeaverStillLookedAfterOnBirthday(), new CareLeaverTransferred(), new CareLeaverLeftAfterBirthday(),
            new WithFormerFosterCarersAt17(), new CareLeaverWithOtherData(), new Oc3ChildNotInHeader(), new Oc3BirthNotAsHeader(), new ChildTwiceInOc3(),

            // previous_permanence.csv
            new PreviousPermanenceInvalid(), new PreviousPermanenceDateInvalid(), new PreviousPermanenceBefore2016(), new PreviousPermanenceDetailsWithoutOrder(),
            new PreviousPermanenceChildNotInHeader(), new PreviousPermanenceBirthNotAsHeader(), new ChildTwiceInPreviousPermanence(),

            // sw_episodes.csv
            new SocialWorkerEpisodeIncompleteBefore2023(), new SocialWorkerIdInvalid(), new SocialWorkerStartInvalid(), new SocialWorkerEndInvalid(),
            new SocialWorkerStartsAfterYear(), new SocialWorkerEndOutsideYear(), new SocialWorkerEpisodeNotEnded(), new SocialWorkerEpisodeUnderADay(),
            new SocialWorkerEpisodesOverlap(), new SocialWorkerEndedWithoutSuccessor(), new SocialWorkerChangeReasonInvalid(),
        ]);

    public string Name { get; }

    public IReadOnlyList<Ssda903Rule> Rules { get; }

    public Ssda903Rule this[string id] => Rules.Single(r => r.Id == id);

    public override string ToString() => Name;
}

/// <summary>What checking a set of files found: the issues in the data and the problems with the files themselves.</summary>
public sealed record Ssda903ValidationResult(int ChildCount, IReadOnlyList<Ssda903Issue> Issues, IReadOnlyList<Ssda903FileProblem> Problems)
{
    /// <summary>Passes when no rule fired and every file was read.</summary>
    public bool Passed => Issues.Count == 0 && Problems.Count == 0;
}

/// <summary>Checks a return with a year's rules; last year's return, when given, feeds the rules that compare years.</summary>
public sealed class Ssda903Validator(Ssda903RuleSet? rules = null)
{
    public Ssda903RuleSet Rules { get; } = rules ?? Ssda903RuleSet.Lac2025To26;

    public IReadOnlyList<Ssda903Issue> Check(Ssda903Return current, CensusPeriod year, Ssda903Return? previous = null)
    {
        var context = new Ssda903RuleContext(current, year, previous);
        return [.. Rules.Rules.SelectMany(r => r.Check(context))
            .OrderBy(i => i.Child, StringComparer.Ordinal).ThenBy(i => i.RuleId, StringComparer.Ordinal)];
    }

    /// <summary>Reads the files (and last year's, if given) and checks them; file problems come back beside the issues.</summary>
    public Ssda903ValidationResult Validate(Ssda903ReadResult current, CensusPeriod year, Ssda903ReadResult? previous = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var problems = current.Problems.Concat(previous?.Problems.Select(p => p with { FileName = "last year's " + p.FileName }) ?? []).ToList();
        return new Ssda903ValidationResult(current.Return.Header.Count, Check(current.Return, year, previous?.Return), problems);
    }
}

/// <summary>Issues as CSV with the columns child, rule, message, field, value, through the one <see cref="Csv"/> writer.</summary>
public static class Ssda903IssueReport
{
    public static readonly IReadOnlyList<string> Header = ["child", "rule", "message", "field", "value"];

    public static IEnumerable<IReadOnlyList<string?>> Rows(IEnumerable<Ssda903Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        yield return Header;
        foreach (var issue in issues)
        {
            yield return [issue.Child, issue.RuleId, issue.Message, issue.Field, issue.Value];
        }
    }

    public static byte[] Encode(IEnumerable<Ssda903Issue> issues) => Csv.Encode(Rows(issues));
}
