using Haven.Domain.Assessments;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;

namespace Haven.Domain.CinCensus;

/// <summary>
/// Turns a CIN census entry from another system into Haven records. The census carries dates and codes, not
/// practice, so imported records say where they came from and carry no invented content; exporting them again
/// gives back the same entry.
/// </summary>
public static class CinCensusToRecord
{
    public const string ImportedNote = "Imported from a CIN census return.";

    /// <summary>
    /// A new child record for a census entry with no match in Haven. The census has no names, so the child is
    /// named by their id until a worker records their name.
    /// </summary>
    public static Person NewChild(CinCensusChild child, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(child);
        var id = child.LAchildID ?? throw new ArgumentException("A census child without an LAchildID cannot be imported.", nameof(child));
        var person = ImportedChild.New(id, child.PersonBirthDate, SexFrom(child), child.Ethnicity, child.UPN, nowUtc);
        person.ExpectedDateOfBirth = child.ExpectedPersonBirthDate;
        person.DateOfDeath = child.PersonDeathDate;
        person.DisabilityCodes = child.Disabilities.Count == 0 ? null : string.Join(' ', child.Disabilities);
        return person;
    }

    private static Sex SexFrom(CinCensusChild child) => (child.Sex ?? CinSexCodes.FromGenderCurrent(child.GenderCurrent)) switch
    {
        "M" => Sex.Male,
        "F" => Sex.Female,
        _ => Sex.NotKnown,
    };

    /// <summary>The records for one census episode of a child already in Haven (or just created).</summary>
    public static EpisodeRecord NewEpisode(Guid personId, CinDetails details, CensusPeriod period, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(period);
        var referralDate = details.CINreferralDate ?? throw new ArgumentException("An episode without a referral date cannot be imported.", nameof(details));
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralDate = referralDate,
            SourceCode = details.ReferralSource ?? "10",
            PrimaryNeedCode = details.PrimaryNeedCode ?? "N0",
            NoFurtherAction = details.IsReferralNfa == true,
            ClosedOn = details.CINclosureDate,
            ReasonForClosure = details.ReasonForClosure,
            ClosureNote = details.CINclosureDate is null ? null : ImportedNote,
        };

        var assessments = details.Assessments.Where(a => a.ActualStartDate is not null).Select(a => new Assessment
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referral.Id,
            Type = AssessmentType.Single,
            StartDate = a.ActualStartDate!.Value,
            TimescaleWorkingDays = AssessmentRules.MaxSingleAssessmentWorkingDays,
            Factors = [.. a.Factors],
            AuthorisedOn = a.AuthorisationDate,
            AuthorisationNote = a.AuthorisationDate is null ? null : ImportedNote,
        }).ToList();

        var cinPlans = details.CinPlanDates.Where(p => p.StartDate is not null).Select(p => new ChildInNeedPlan
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referral.Id,
            StartDate = p.StartDate!.Value,
            EndDate = p.EndDate,
            EndNote = p.EndDate is null ? null : ImportedNote,
        }).ToList();

        var strategyDiscussions = new List<StrategyDiscussion>();
        var section47s = new List<Section47Enquiry>();
        var conferences = new List<ChildProtectionConference>();
        foreach (var s in details.Section47s.Where(s => s.ActualStartDate is not null))
        {
            var start = s.ActualStartDate!.Value;
            var enquiry = new Section47Enquiry
            {
                Id = Guid.NewGuid(),
                PersonId = personId,
                ReferralId = referral.Id,
                StartDate = start,
                OutcomeRationale = ImportedNote,
            };
            // The target is 15 working days from the strategy discussion; when that was not the enquiry's own
            // start, the discussion's date is recovered from the target so the return reads back the same.
            if (s.InitialCPCtarget is { } target && ChildProtectionRules.InitialConferenceDueOn(start, calendar) != target
                && StrategyDateFor(target, start, calendar) is { } strategyOn)
            {
                var discussion = new StrategyDiscussion
                {
                    Id = Guid.NewGuid(),
                    PersonId = personId,
                    ReferralId = referral.Id,
                    HeldOn = strategyOn,
                    Decision = StrategyDecision.StartSection47,
                    Rationale = ImportedNote + " Date worked back from the initial conference target.",
                };
                strategyDiscussions.Add(discussion);
                enquiry.StrategyDiscussionId = discussion.Id;
            }
            if (s.DateOfInitialCPC is { } icpc)
            {
                enquiry.CompletedOn = icpc;
                enquiry.Outcome = Section47Outcome.ConferenceRequired;
                var initial = ImportedConference(ConferenceType.Initial, icpc);
                initial.Section47Id = enquiry.Id;
                conferences.Add(initial);
            }
            else if (s.IsIcpcNotRequired == true)
            {
                // The census says only that no conference was needed, so the enquiry is taken to have ended within
                // the census year: on its start, or on the year's first day if it started before.
                enquiry.Outcome = Section47Outcome.NotSubstantiatedChildInNeed;
                enquiry.CompletedOn = start < period.Start ? period.Start : start;
            }
            section47s.Add(enquiry);
        }

        var plans = new List<ChildProtectionPlan>();
        foreach (var p in details.ChildProtectionPlans.Where(p => p.StartDate is not null))
        {
            var plan = new ChildProtectionPlan
            {
                Id = Guid.NewGuid(),
                PersonId = personId,
                ReferralId = referral.Id,
                StartDate = p.StartDate!.Value,
                EndDate = p.EndDate,
                EndNote = p.EndDate is null ? null : ImportedNote,
                InitialCategory = p.InitialCategoryOfAbuse ?? "MUL",
                LatestCategory = p.LatestCategoryOfAbuse ?? p.InitialCategoryOfAbuse ?? "MUL",
                NumberOfPreviousPlans = int.TryParse(p.NumberOfPreviousCPP, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0,
            };
            plans.Add(plan);
            // The conference that made the plan is the initial conference held on the plan's first day.
            var making = conferences.FirstOrDefault(c => c.HeldOn == plan.StartDate && c.ChildProtectionPlanId is null);
            if (making is not null)
            {
                making.ChildProtectionPlanId = plan.Id;
                making.Decision = ConferenceDecision.ChildProtectionPlan;
                making.Category = plan.InitialCategory;
            }
            foreach (var review in p.ReviewDates.OfType<DateOnly>())
            {
                var conference = ImportedConference(ConferenceType.Review, review);
                conference.ChildProtectionPlanId = plan.Id;
                conference.Decision = ConferenceDecision.PlanContinues;
                conference.Category = plan.LatestCategory;
                conferences.Add(conference);
            }
        }

        return new EpisodeRecord(referral, assessments, cinPlans, strategyDiscussions, section47s, conferences, plans);

        // The census gives only the day a conference was held, so it is taken to have been held as scheduled.
        ChildProtectionConference ImportedConference(ConferenceType type, DateOnly heldOn) => new()
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referral.Id,
            Type = type,
            ScheduledFor = heldOn,
            HeldOn = heldOn,
            DecisionRationale = ImportedNote,
        };
    }

    /// <summary>The latest day on or before the enquiry's start from which the initial conference target falls due.</summary>
    private static DateOnly? StrategyDateFor(DateOnly target, DateOnly section47Start, WorkingDayCalendar calendar)
    {
        for (var day = section47Start; day >= section47Start.AddDays(-60); day = day.AddDays(-1))
        {
            if (ChildProtectionRules.InitialConferenceDueOn(day, calendar) == target)
            {
                return day;
            }
        }
        return null;
    }
}
