using System.Globalization;
using Haven.Domain.Permanence;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the permanence generator made, for the progress line and the tests.</summary>
public sealed record DemoPermanenceResult(int Proceedings, int Adoptions, int Reversed, int PermanenceOrders);

/// <summary>
/// Court work, adoption and permanence orders over whatever periods of care are already in the demo authority, so it
/// runs after the care generators and works with any of them. A period under an interim or full care order gets its
/// proceedings: a legal planning meeting, usually a letter before proceedings, issue, hearings and a final hearing
/// (most within 26 weeks, some extended, some still running). A period that ended in adoption (E11/E12) gets its
/// adoption journey worked back from the order, as does about one young child in six still in care: the ADM decision,
/// a placement order (an E1 legal status), the match and the move to adopters, some of them slow and some reversed
/// (RD1–RD4). A period that ended with an SGO or a child arrangements order gets the order with its support plan.
/// Deterministic from the seed; dates never pass <c>today</c>.
/// </summary>
public sealed class DemoPermanence(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    private readonly Random _r = new(unchecked((seed * 89) + 7));
    private int _proceedings;
    private int _adoptions;
    private int _reversed;
    private int _orders;
    private int _openYoung;
    private int _stillOpen;

    private static readonly string[] Courts = ["Family Court at Havenshire", "Family Court at Kingsford", "Family Court at Leeds"];
    private static readonly string[] Deciders = ["Anna Field, agency decision maker", "Marcus Bell, agency decision maker"];
    private static readonly string[] Adopters = ["Chris and Dana Okoro", "Helen Price", "Tom and Ravi Shah", "Ellen and Mark Doyle", "Priya and Sam Bennett", "Lucy Hart"];
    private static readonly string[] Extensions = ["Parenting assessment of the father, who came forward late", "Expert psychological assessment of the mother", "Viability assessment of the maternal grandparents", "Hair strand testing results awaited"];

    public async Task<DemoPermanenceResult> GenerateAsync(CancellationToken ct)
    {
        // Read, not tracked: the generator only adds rows (an E1 legal status is added to its set by the period's id).
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery()
            .OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct);
        var born = await db.People.AsNoTracking().Where(p => p.DateOfBirth != null).Select(p => new { p.Id, p.DateOfBirth }).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        foreach (var period in periods)
        {
            var codes = period.LegalStatuses.Select(s => s.Code).ToHashSet();
            if (codes.Contains("C1") || codes.Contains("C2"))
            {
                Proceedings(period);
            }
            var young = born.TryGetValue(period.PersonId, out var dob) && period.StartDate < dob.AddYears(5);
            if (period.ReasonCeased is { } rec && LookedAfterCodes.Adopted.Contains(rec))
            {
                Adoption(period, period.EndDate!.Value);
            }
            // About one young child in six still in care has an adoption plan: by turn, not by chance, so even a small
            // demo has children waiting for adopters.
            else if (period.IsOpen && young && _openYoung++ % 6 == 2)
            {
                Adoption(period, null);
            }
            else if (period.ReasonCeased is { } ended && (LookedAfterCodes.SpecialGuardianship.Contains(ended) || ended == LookedAfterCodes.ChildArrangementsOrder))
            {
                PermanenceOrder(period, ended);
            }
        }
        await db.SaveChangesAsync(ct);
        return new DemoPermanenceResult(_proceedings, _adoptions, _reversed, _orders);
    }

    public static string Progress(DemoPermanenceResult r) => string.Create(CultureInfo.InvariantCulture,
        $"Generated court work and permanence: {r.Proceedings:N0} sets of proceedings, {r.Adoptions:N0} adoption plans ({r.Reversed:N0} reversed), {r.PermanenceOrders:N0} SGOs and child arrangements orders");

    /// <summary>Proceedings issued around the day of the first care order; most finish in 26 weeks, a quarter run over with extensions.</summary>
    private void Proceedings(CarePeriod period)
    {
        var order = period.LegalStatuses.Where(s => s.Code is "C1" or "C2").Min(s => s.From);
        var issued = order.AddDays(-_r.Next(0, 3));
        if (issued > today)
        {
            return;
        }
        var proceedings = new CareProceedings
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, IssuedOn = issued, Court = Pick(Courts),
            CaseNumber = string.Create(CultureInfo.InvariantCulture, $"HV{issued.Year % 100:00}C{_r.Next(10000, 99999)}"),
            RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(issued),
        };
        db.LegalPlanningMeetings.Add(new LegalPlanningMeeting
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, HeldOn = Min(issued.AddDays(-_r.Next(7, 60)), today), Chair = "Head of service",
            Decision = period.EntryRoute is CareEntryRoute.PoliceProtection or CareEntryRoute.EmergencyProtectionOrder ? LegalPlanningDecision.IssueProceedings : LegalPlanningDecision.PreProceedings,
            Rationale = "Threshold met: significant harm from neglect and exposure to domestic abuse; the plan at home has not kept the child safe.",
            RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(issued),
        });
        if (_r.NextDouble() < 0.7)
        {
            proceedings.LetterBeforeProceedingsOn = issued.AddDays(-_r.Next(30, 120));
            proceedings.Meetings.Add(new PreProceedingsMeeting
            {
                Id = _r.NextGuid(), PersonId = period.PersonId, HeldOn = proceedings.LetterBeforeProceedingsOn.Value.AddDays(_r.Next(7, 15)),
                Outcome = "Parents to engage with the parenting assessment and drug testing.", RecordedByName = period.RecordedByName, RecordedAtUtc = At(issued),
            });
        }
        Hearing(proceedings, period, issued.AddDays(_r.Next(1, 4)), HearingKind.FirstHearing, CourtOrderKind.InterimCareOrder);
        Hearing(proceedings, period, issued.AddDays(7 * _r.Next(10, 14)), HearingKind.CaseManagement, null);
        var weeks = _r.NextDouble() < 0.75 ? _r.Next(18, 26) : _r.Next(27, 40);
        var extended = 0;
        while (CourtTimescales.Weeks + extended < weeks)
        {
            var extension = Math.Min(CourtTimescales.MaxExtensionWeeks, weeks - CourtTimescales.Weeks - extended);
            var granted = issued.AddDays(7 * (CourtTimescales.Weeks + extended - 2));
            if (granted <= today)
            {
                proceedings.Extensions.Add(new ProceedingsExtension
                {
                    Id = _r.NextGuid(), PersonId = period.PersonId, GrantedOn = granted, Weeks = extension, Reason = Pick(Extensions),
                    RecordedByName = period.RecordedByName, RecordedAtUtc = At(granted),
                });
            }
            extended += extension;
        }
        var final = issued.AddDays(7 * weeks);
        var finalOrder = period.LegalStatuses.Any(s => s.Code == LookedAfterCodes.PlacementOrder) ? CourtOrderKind.PlacementOrder
            : period.ReasonCeased is { } rec && LookedAfterCodes.SpecialGuardianship.Contains(rec) ? CourtOrderKind.SpecialGuardianshipOrder : CourtOrderKind.CareOrder;
        if (Hearing(proceedings, period, final, HearingKind.Final, finalOrder))
        {
            proceedings.ConcludedOn = final;
            proceedings.FinalOrder = finalOrder;
        }
        db.CareProceedings.Add(proceedings);
        _proceedings++;
    }

    private bool Hearing(CareProceedings proceedings, CarePeriod period, DateOnly on, HearingKind kind, CourtOrderKind? order)
    {
        if (on > today)
        {
            return false;
        }
        proceedings.Hearings.Add(new CourtHearing
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, HeldOn = on, Kind = kind, OrderMade = order, RecordedByName = period.RecordedByName, RecordedAtUtc = At(on),
        });
        return true;
    }

    /// <summary>
    /// An adoption journey: worked back from the adoption order when there is one, else forward from entry as far as
    /// today. A slow one takes well over the 121 days to a match; one in six open ones is reversed.
    /// </summary>
    private void Adoption(CarePeriod period, DateOnly? adoptedOn)
    {
        var end = adoptedOn ?? today;
        var span = end.DayNumber - period.StartDate.DayNumber;
        if (span < 60)
        {
            return;
        }
        var slow = _r.NextDouble() < 0.3;
        // Fractions of the time in care at which each step came, for an adoption that has happened.
        var decision = period.StartDate.AddDays(span * (adoptedOn is null ? _r.Next(15, 40) : _r.Next(20, 35)) / 100);
        var placementOrder = decision.AddDays(_r.Next(30, 120));
        var matched = placementOrder.AddDays(slow ? _r.Next(150, 320) : _r.Next(40, 120));
        var placed = matched.AddDays(_r.Next(7, 28));
        if (adoptedOn is { } adopted && placed >= adopted)
        {
            // Squeeze the steps into the time there was.
            placementOrder = decision.AddDays((adopted.DayNumber - decision.DayNumber) / 4);
            matched = decision.AddDays((adopted.DayNumber - decision.DayNumber) / 2);
            placed = decision.AddDays((adopted.DayNumber - decision.DayNumber) * 3 / 5);
        }
        // An adopted child was placed for adoption when their adoption placement (chosen in DemoCare) began, and was
        // matched by then (rule 331), though not before the decision (rule 333).
        if (adoptedOn is not null && period.Placements.Where(p => p.PlacementType is "A3" or "A4" or "A5" or "A6").Select(p => (DateOnly?)p.StartDate).Min() is { } placedForAdoption)
        {
            placed = placedForAdoption;
            matched = matched < placed ? matched : placed;
            matched = matched > decision ? matched : decision;
        }
        var journey = new AdoptionJourney
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, DecisionOn = decision, DecisionBy = Pick(Deciders),
            DecisionRationale = "Neither parent can meet the child's needs in the child's timescales; no family member was assessed as able to care.",
            RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(decision),
        };
        if (placementOrder <= end && period.LegalStatuses.All(s => s.From < placementOrder && s.Code != LookedAfterCodes.PlacementOrder))
        {
            // Added to the set, not only the period's list: a new row with its key set, found only through a navigation, would be taken for an update.
            db.CareLegalStatuses.Add(new CareLegalStatus
            {
                Id = _r.NextGuid(), CarePeriodId = period.Id, From = placementOrder, Code = LookedAfterCodes.PlacementOrder, Note = "Placement order made at the final hearing",
                RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(placementOrder),
            });
        }
        // Every other open adoption plan is still waiting for a match (the adoption scorecard's A3 has children to list).
        var waitingForMatch = adoptedOn is null && _stillOpen++ % 2 == 0;
        if (waitingForMatch)
        {
            var notYet = today.AddDays(_r.Next(10, 90));
            matched = matched > notYet ? matched : notYet;
            placed = matched.AddDays(_r.Next(7, 28));
        }
        if (adoptedOn is null && !waitingForMatch && _r.NextDouble() < 0.17)
        {
            journey.ReversedOn = Min(decision.AddDays(_r.Next(60, 300)), today);
            journey.ReversalReason = Pick(["RD1", "RD2", "RD3", "RD3", "RD4"]);
            journey.ReversalNote = journey.ReversalReason == "RD3" ? "No adopters found after national searches; plan changed to long-term fostering." : "Plan reviewed at the child's looked-after review.";
            _reversed++;
        }
        else if (matched <= end)
        {
            var two = _r.NextDouble() < 0.7;
            journey.MatchingPanelOn = matched.AddDays(-_r.Next(3, 14));
            journey.MatchedOn = matched;
            journey.Adopters = Pick(Adopters);
            journey.AdoptedByFosterCarers = _r.NextDouble() < 0.12;
            journey.NumberOfAdopters = two ? 2 : 1;
            journey.AdoptersSex = two ? Pick(["MF", "MF", "MF", "FF", "MM"]) : Pick(["F1", "F1", "M1"]);
            journey.AdoptersLegalStatus = two ? Pick(["L11", "L11", "L12", "L2", "L3"]) : "L0";
            journey.PlacedOn = placed <= end ? placed : null;
        }
        db.AdoptionJourneys.Add(journey);
        _adoptions++;
    }

    private void PermanenceOrder(CarePeriod period, string reasonCeased)
    {
        var made = period.EndDate!.Value;
        db.PermanenceOrders.Add(new PermanenceOrder
        {
            Id = _r.NextGuid(), PersonId = period.PersonId, CarePeriodId = period.Id, MadeOn = made, ReasonCeased = reasonCeased,
            Kind = reasonCeased == LookedAfterCodes.ChildArrangementsOrder ? PermanenceOrderKind.ChildArrangements : PermanenceOrderKind.SpecialGuardianship,
            Carers = period.Placements.OrderBy(p => p.StartDate).LastOrDefault()?.CarerName ?? "Family members",
            SupportPlanAgreedOn = made.AddDays(-_r.Next(7, 30)), SupportPlanReviewOn = made.AddMonths(12),
            RecordedByUserId = period.RecordedByUserId, RecordedByName = period.RecordedByName, RecordedAtUtc = At(made),
        });
        _orders++;
    }

    private T Pick<T>(T[] items) => items[_r.Next(items.Length)];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private DateTime At(DateOnly day)
    {
        var at = day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        return at <= nowUtc ? at : nowUtc;
    }
}
