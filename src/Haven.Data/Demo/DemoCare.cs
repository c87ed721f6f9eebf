using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.Formatting;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the care record generator made, for the progress line and the tests.</summary>
public sealed record DemoCareResult(int Carers, int Periods, int InCareToday, int Placements, int LeftCare);

/// <summary>
/// Children in care for the demo authority, about 70 in every 10,000 children as nationally (so about 140 in the
/// default 2,000-child demo), with the history a real record has: the register of carers and providers (the council's
/// fostering households, connected persons approved for one child, independent fostering agencies, children's homes
/// with Ofsted URNs, supported accommodation, one secure home out of area); children coming into care from a child
/// protection plan and in emergencies (police protection, an emergency protection order, section 20 at night, an
/// interim care order); legal statuses changing as proceedings go on (V2 or L1 to C1, C1 to C2 or E1); placements,
/// some stable for years, some with three or more moves in the last year, each ending with a DfE reason; some children
/// who have left care (home, special guardianship, adoption, their 18th birthday) with the DfE reason; unaccompanied
/// asylum-seeking children; and coordinates for the demo's made-up postcodes so distances from home show.
/// Every period sits inside an open social care episode of the child, as the CIN census expects: the episode the
/// casework generator made when there is one, else one opened the day the child came into care. Children nobody holds
/// are not used. IROs, reviews, visits, health and education come from the generators that run after this one over
/// whatever periods exist. Deterministic from the seed; dates never pass <c>today</c>, instants never pass <c>nowUtc</c>.
/// </summary>
public sealed class DemoCare(HavenDbContext db, DemoOptions options, DateOnly today, DateTime nowUtc)
{
    private const string Generator = "Demo data generator";
    private const string ChildrenInCareService = "Children in care";
    private const string CareLeaversService = "Care leavers";
    private const string ChildProtectionService = "Child protection";

    /// <summary>Children looked after per child in the demo: 70 per 10,000 children nationally, so about 140 in 2,000.</summary>
    private const double InCareRate = 0.07;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly Random _r = new(unchecked((options.Seed * 89) + 17));
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly List<Carer> _carers = [];
    private readonly Dictionary<Guid, List<(DateOnly From, DateOnly? To)>> _occupied = [];
    private readonly HashSet<string> _postcodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _contactNumbers = new(StringComparer.Ordinal);
    private List<string> _deciders = [];
    private int _periods;
    private int _open;
    private int _placements;
    private int _left;
    private int _urn = 100_000;

    private sealed record Child(Guid Id, DateOnly Born, DateOnly Created, string? HomePostcode, string FirstName);

    /// <summary>Where the child's history starts from: the episode to use (or null for a new one) and the earliest day care can begin.</summary>
    private sealed record Candidate(Child Child, Referral? Open, DateOnly NotBefore, (string WorkerId, Guid TeamId)? Worker, CareEntryRoute? Route)
    {
        /// <summary>The child's earlier episodes' referral dates, for the re-referral flag on a new one.</summary>
        public List<DateOnly> EarlierReferrals { get; init; } = [];
    }

    private enum Ending { StillInCare, ReturnedHome, SpecialGuardianship, ChildArrangementsOrder, Adopted, Turned18 }

    private enum Stability { Settled, MatchedLongTerm, Unsettled, SeveralMoves }

    private static readonly (string Code, double Weight)[] UnplannedReasons =
        [("CREQB", 30), ("CHILD", 15), ("ALLEG", 8), ("STAND", 6), ("CREQO", 15), ("LAREQ", 8), ("CLOSE", 5), ("OTHER", 5)];

    private static readonly (string Code, double Weight)[] Categories =
        [("N1", 65), ("N2", 3), ("N3", 3), ("N4", 8), ("N5", 13), ("N6", 2), ("N7", 1), ("N8", 5)];

    private static readonly string[] Relatives = ["grandmother", "grandparents", "aunt", "aunt and uncle", "older sister", "family friend"];

    public async Task<DemoCareResult> GenerateAsync(CancellationToken ct)
    {
        var workers = await LoadStaffAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Service ?? "", ct);
        var people = await db.People.AsNoTracking()
            // A child in care has their disability recorded (the health assessment asks); the demo leaves a few children's
            // unanswered on purpose, to show CIN census rule 8540, and those are not brought into care.
            .Where(p => p.Kind == PersonKind.Child && p.DateOfBirth != null && p.MergedIntoId == null && p.DisabilityCodes != null)
            .Select(p => new { p.Id, p.LaPersonId, p.DateOfBirth, p.CreatedAtUtc, p.FirstName })
            .ToListAsync(ct);
        // One order for every list that feeds a choice (strings ordinally, whatever the database's collation), so the
        // same seed chooses the same children on SQLite and PostgreSQL.
        people = [.. people.OrderBy(p => p.LaPersonId, StringComparer.Ordinal)];
        if (people.Count == 0 || workers == 0)
        {
            return new DemoCareResult(0, 0, 0, 0, 0);
        }
        var homes = (await db.Addresses.AsNoTracking().Where(a => a.EndDate == null).OrderBy(a => a.StartDate).ThenBy(a => a.Id).Select(a => new { a.PersonId, a.Postcode }).ToListAsync(ct))
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => Postcodes.Normalise(g.First().Postcode));
        var allocations = (await db.Allocations.AsNoTracking().OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToListAsync(ct)).ToLookup(a => a.PersonId);
        var referrals = (await db.Referrals.AsNoTracking().OrderBy(r => r.ReferralDate).ThenBy(r => r.Id).ToListAsync(ct)).ToLookup(r => r.PersonId);
        var plans = (await db.ChildProtectionPlans.AsNoTracking().Where(p => p.EndDate == null).OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var conferences = (await db.ChildProtectionConferences.AsNoTracking().Where(c => c.HeldOn != null && c.ChildProtectionPlanId != null)
            .Select(c => new { c.ChildProtectionPlanId, c.HeldOn }).ToListAsync(ct)).ToLookup(c => c.ChildProtectionPlanId!.Value, c => c.HeldOn!.Value);
        var alreadyInCare = (await db.CarePeriods.AsNoTracking().Select(p => p.PersonId).ToListAsync(ct)).ToHashSet();

        var fromPlans = new List<Candidate>();
        var inCareTeam = new List<Candidate>();
        var careLeavers = new List<Candidate>();
        foreach (var p in people.Where(p => !alreadyInCare.Contains(p.Id)))
        {
            var child = new Child(p.Id, p.DateOfBirth!.Value, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(p.CreatedAtUtc, Uk)), homes.GetValueOrDefault(p.Id), p.FirstName);
            var current = allocations[p.Id].Where(a => a.IsCurrent(today)).Select(a => ((string WorkerId, Guid TeamId)?)(a.WorkerUserId, a.TeamId)).FirstOrDefault();
            if (current is not { } held || !teams.TryGetValue(held.TeamId, out var service))
            {
                continue;
            }
            var mine = referrals[p.Id].ToList();
            var open = mine.Where(r => r.IsOpen).OrderByDescending(r => r.ReferralDate).FirstOrDefault();
            // A new episode may not overlap an earlier one (CIN census rule 8820): it starts after the last one closed.
            var notBefore = Later(child.Created, child.Born);
            if (open is null && mine.Count > 0)
            {
                notBefore = Later(notBefore, mine.Max(r => r.ClosedOn ?? r.ReferralDate).AddDays(1));
            }
            else if (open is not null)
            {
                notBefore = Later(notBefore, open.ReferralDate);
            }
            var age = Years(child.Born, today);
            if (service == ChildProtectionService && open is not null && plans[p.Id].FirstOrDefault(x => x.ReferralId == open.Id) is { } plan && age < 17)
            {
                // The plan could not keep the child safe at home; care began after the last review conference, and the plan
                // ends at the next one (booked), so the chronology shows a plan then care, not a plan reviewed in care.
                var lastHeld = conferences[plan.Id].DefaultIfEmpty(plan.StartDate).Max();
                fromPlans.Add(new Candidate(child, open, Later(Later(notBefore, plan.StartDate.AddDays(28)), lastHeld.AddDays(1)), held, CareEntryRoute.FromChildProtectionPlan));
            }
            else if (service == ChildrenInCareService && age < 18)
            {
                inCareTeam.Add(new Candidate(child, open, notBefore, held, null) { EarlierReferrals = [.. mine.Select(r => r.ReferralDate)] });
            }
            else if (service == CareLeaversService && age >= 18 && mine.Count == 0)
            {
                // The care leaver's time in care was their episode of social care; it closed when they left care at 18.
                careLeavers.Add(new Candidate(child, null, Later(child.Created, child.Born), held, null));
            }
        }

        foreach (var reference in await db.Contacts.AsNoTracking().Select(x => x.Reference).ToListAsync(ct))
        {
            // References look like C-2026-000123: contacts made here carry on from the highest number in each year.
            var year = reference[2..6];
            _contactNumbers[year] = Math.Max(_contactNumbers.GetValueOrDefault(year), int.Parse(reference[7..], CultureInfo.InvariantCulture));
        }
        CarersRegister();
        var target = Math.Max(1, (int)Math.Round(options.Children * InCareRate));
        var fromPlanTarget = Math.Max(1, target / 6);
        foreach (var c in fromPlans.Where(c => c.NotBefore <= today.AddDays(-5)).Take(fromPlanTarget))
        {
            Period(c, Ending.StillInCare);
        }
        // Children held by the children in care team: most in care today, some who went home or to special guardians this year
        // and are still supported on the same episode.
        foreach (var c in inCareTeam)
        {
            if (_open >= target)
            {
                if (_periods - _open >= target / 4)
                {
                    break;
                }
                Period(c, _r.Weighted([(Ending.ReturnedHome, 45.0), (Ending.SpecialGuardianship, 25.0), (Ending.ChildArrangementsOrder, 10.0), (Ending.Adopted, 20.0)]));
                continue;
            }
            Period(c, Ending.StillInCare);
        }
        // Care leavers were looked after until their 18th birthday.
        foreach (var c in careLeavers)
        {
            Period(c, Ending.Turned18);
        }

        db.Carers.AddRange(_carers);
        var known = (await db.PostcodeCentroids.AsNoTracking().Select(c => c.Postcode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var postcode in homes.Values.OfType<string>().Concat(_postcodes).Distinct(StringComparer.Ordinal).Where(pc => !known.Contains(pc)).Order(StringComparer.Ordinal))
        {
            if (Centroid(postcode) is { } centroid)
            {
                db.PostcodeCentroids.Add(centroid);
            }
        }
        await db.SaveChangesAsync(ct);
        return new DemoCareResult(_carers.Count, _periods, _open, _placements, _left);
    }

    private async Task<int> LoadStaffAsync(CancellationToken ct)
    {
        foreach (var u in (await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            _names[u.Id] = u.DisplayName;
        }
        var managerRole = await db.Roles.Where(r => r.Name == Roles.ServiceManager).Select(r => r.Id).SingleOrDefaultAsync(ct);
        _deciders = [.. (await db.UserRoles.Where(ur => ur.RoleId == managerRole).Select(ur => ur.UserId).ToListAsync(ct))
            .Where(_names.ContainsKey).Order(StringComparer.Ordinal).Select(id => $"{_names[id]}, head of service")];
        if (_deciders.Count == 0)
        {
            _deciders = ["Head of service"];
        }
        return _names.Count;
    }

    // ----- The register -----------------------------------------------------------------------------------------

    /// <summary>
    /// The council's own fostering households (about one for every 50 children in the demo), independent fostering
    /// agencies, children's homes (own, private and out of area), supported accommodation and one secure home. A few
    /// households are being assessed, one is suspended after an allegation and one has resigned: no child is placed there now.
    /// </summary>
    private void CarersRegister()
    {
        var surnames = DemoNames.English.Surnames;
        var fostering = Math.Clamp(options.Children / 50, 8, 20_000);
        for (var i = 0; i < fostering; i++)
        {
            var surname = surnames[_r.Next(surnames.Length)];
            var couple = _r.NextDouble() < 0.65;
            var approval = i % 20 == 7 ? CarerApproval.BeingAssessed : i % 20 == 13 && i < 40 ? (i < 20 ? CarerApproval.Suspended : CarerApproval.Deregistered) : CarerApproval.Approved;
            AddCarer(couple ? $"Mr and Mrs {surname}" : $"{Pick(["Ms", "Mrs", "Mr"])} {surname}", CarerKind.FosteringHousehold, "PR1", false, approval,
                approval == CarerApproval.BeingAssessed ? null : today.AddDays(-_r.Next(200, 4000)), _r.Next(1, 4),
                approval switch
                {
                    CarerApproval.Suspended => "Suspended while an allegation is investigated under section 47; no new placements.",
                    CarerApproval.Deregistered => "Resigned on retirement; approval ended at the fostering panel.",
                    CarerApproval.BeingAssessed => "Form F assessment under way; panel booked.",
                    _ => _r.NextDouble() < 0.3 ? "Approved for long-term fostering and respite." : null,
                });
        }
        foreach (var agency in new[] { "Horizon Fostering", "Brightpath Family Placements", "Northshire Foster Care", "Keystone Fostering Agency", "Compass Families", "Oakleaf Fostering" }
            .Take(Math.Clamp(options.Children / 350, 2, 6)))
        {
            AddCarer(agency, CarerKind.IndependentFosteringAgency, agency.StartsWith("Oak", StringComparison.Ordinal) ? "PR5" : "PR4", true, CarerApproval.Approved,
                today.AddDays(-_r.Next(1000, 6000)), _r.Next(20, 80), "Places offered through the regional framework.");
        }
        var homes = Math.Clamp(options.Children / 250, 3, 4000);
        var homeNames = new[] { "Willow House", "Beech Lodge", "The Laurels", "Meadow View", "Cedar Court", "Heathfield House", "Rowan Lodge", "Brookside House" };
        for (var i = 0; i < homes; i++)
        {
            var outOfArea = i % 4 == 3;
            var own = i % 4 == 0;
            AddCarer(homeNames[i % homeNames.Length] + (i >= homeNames.Length ? $" {(i / homeNames.Length) + 1}" : ""), CarerKind.ChildrensHome, own ? "PR1" : outOfArea ? "PR2" : "PR4", true,
                CarerApproval.Approved, today.AddDays(-_r.Next(700, 5000)), _r.Next(2, 6),
                own ? "The council's own home; Ofsted judged it good." : "Registered with Ofsted; placements agreed by the placements team.", outOfArea);
        }
        AddCarer("Havenport Supported Lodgings", CarerKind.SupportedAccommodation, "PR1", true, CarerApproval.Approved, today.AddDays(-_r.Next(400, 2000)), 12, "Supported lodgings for 16 and 17 year olds.");
        AddCarer("Next Steps Supported Accommodation", CarerKind.SupportedAccommodation, "PR4", true, CarerApproval.Approved, today.AddDays(-_r.Next(400, 2000)), 20, "Registered with Ofsted under the 2023 regulations.");
        AddCarer("Clearwater Secure Children's Home", CarerKind.SecureChildrensHome, "PR2", true, CarerApproval.Approved, today.AddDays(-_r.Next(3000, 6000)), 8, "Welfare and justice beds.", outOfArea: true);
    }

    private Carer AddCarer(string name, CarerKind kind, string provider, bool registered, CarerApproval approval, DateOnly? approvedOn, int places, string? notes, bool outOfArea = false)
    {
        var carer = new Carer
        {
            Id = _r.NextGuid(), Name = name, Kind = kind, ProviderCode = provider,
            Urn = registered ? string.Create(CultureInfo.InvariantCulture, $"SC{++_urn + _r.Next(0, 9) * 100_000:D6}") : null,
            Postcode = Postcode(outOfArea),
            OutOfAreaAuthority = outOfArea ? Pick(["Northshire County Council", "Eastvale Borough Council", "City of Westford"]) : null,
            Approval = approval, ApprovedOn = approvedOn, Places = places, Notes = notes,
        };
        _carers.Add(carer);
        _occupied[carer.Id] = [];
        return carer;
    }

    /// <summary>A made-up postcode: in Havenshire's HV1-HV16 districts, or HV40-HV49 for the neighbouring areas (out of area).</summary>
    private string Postcode(bool outOfArea)
    {
        var letters = DemoPlaces.PostcodeUnitLetters;
        var district = outOfArea ? _r.Next(40, 50) : _r.Next(1, 17);
        var postcode = string.Create(CultureInfo.InvariantCulture, $"HV{district} {_r.Next(0, 10)}{letters[_r.Next(letters.Length)]}{letters[_r.Next(letters.Length)]}");
        _postcodes.Add(postcode);
        return postcode;
    }

    /// <summary>
    /// Coordinates for a made-up HV postcode: each district's middle sits round the county town, the neighbouring areas'
    /// 40-110 km away, and each postcode within a couple of kilometres of its district's middle, so distances look real.
    /// </summary>
    private static PostcodeCentroid? Centroid(string postcode)
    {
        var space = postcode.IndexOf(' ', StringComparison.Ordinal);
        if (!postcode.StartsWith("HV", StringComparison.Ordinal) || space < 3
            || !int.TryParse(postcode.AsSpan(2, space - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var district))
        {
            return null;
        }
        const double Latitude = 52.95;
        const double Longitude = -1.45;
        var angle = district * 2.4;
        var km = district >= 40 ? 40 + ((district - 40) * 7.5) : district <= 4 ? 1.5 * district : 4 + (district * 1.4);
        // A hash of our own: string.GetHashCode differs from run to run, and the demo must not.
        var hash = (uint)postcode[space..].Aggregate(17, (h, ch) => unchecked((h * 31) + ch));
        var jitterNorth = ((hash % 1000) / 1000.0 - 0.5) * 3;
        var jitterEast = (((hash / 1000) % 1000) / 1000.0 - 0.5) * 3;
        var north = (Math.Sin(angle) * km) + jitterNorth;
        var east = (Math.Cos(angle) * km) + jitterEast;
        return new PostcodeCentroid
        {
            Postcode = postcode,
            Latitude = Math.Round(Latitude + (north / 111.0), 6),
            Longitude = Math.Round(Longitude + (east / (111.0 * Math.Cos(Latitude * Math.PI / 180))), 6),
        };
    }

    // ----- One child's period of care ---------------------------------------------------------------------------

    private void Period(Candidate c, Ending ending)
    {
        var child = c.Child;
        var (start, end) = Dates(c, ending);
        if (start is not { } from || (end is { } e && e <= from))
        {
            return;
        }
        var age = Years(child.Born, from);
        var unaccompanied = ending is Ending.StillInCare or Ending.Turned18 && c.Route is null && age >= 14 && _r.NextDouble() < 0.12;
        var route = c.Route ?? (unaccompanied ? CareEntryRoute.EmergencyAccommodation : Route(age));
        var category = unaccompanied ? "N8" : _r.Weighted(Categories);
        var referral = c.Open ?? NewReferral(c, from, route, category, c.EarlierReferrals);
        var worker = (Id: c.Worker?.WorkerId ?? "system", Name: c.Worker is { } w ? _names.GetValueOrDefault(w.WorkerId, Generator) : Generator);
        var period = new CarePeriod
        {
            Id = _r.NextGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = from, EntryRoute = route,
            DecisionBy = Pick(_deciders),
            DecisionOn = route is CareEntryRoute.Accommodation or CareEntryRoute.CourtOrder or CareEntryRoute.FromChildProtectionPlan
                ? Later(referral.ReferralDate, Calendar.AddWorkingDays(from, -_r.Next(1, 8))) : from,
            DecisionRationale = Rationale(route, child.FirstName, unaccompanied),
            CategoryOfNeed = category,
            HomePostcode = unaccompanied ? null : child.HomePostcode,
            Unaccompanied = unaccompanied,
            UnaccompaniedEndedOn = unaccompanied && end is { } left && ending == Ending.Turned18 ? left : null,
            CarePlanDueOn = CareEntryRules.DefaultCarePlanDue(from, Calendar),
            EndDate = end,
            ReasonCeased = end is null ? null : ReasonCeased(ending),
            EndNote = end is null ? null : EndNote(ending),
            RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = At(from),
        };
        LegalStatuses(period, route, unaccompanied, ending, age, worker);
        Placements(period, child, route, unaccompanied, ending, worker);
        db.CarePeriods.Add(period);
        _periods++;
        _open += end is null ? 1 : 0;
        _left += end is null ? 0 : 1;
        Events(period, worker);
        if (ending == Ending.Turned18 && end is { } adult && c.Open is null)
        {
            // The care leaver's support after 18 is the leaving care service's, not a child in need episode: it closed with care.
            referral.ClosedOn = adult;
            referral.ReasonForClosure = "RC7";
            referral.ClosureNote = "Left care at 18; support continues from the leaving care team under the pathway plan.";
            Event(child.Id, adult, CaseEventTypes.CaseClosed, worker.Id, $"Case closed: {Haven.Domain.Casework.EpisodeRules.ReasonsForClosure["RC7"]}");
        }
    }

    /// <summary>
    /// When care began and (for those who left) ended. Time in care so far follows national shapes: some came in this
    /// month, most within a few years, some as babies who are now in long-term foster care.
    /// </summary>
    private (DateOnly? Start, DateOnly? End) Dates(Candidate c, Ending ending)
    {
        var born = c.Child.Born;
        var latest = today.AddDays(-2);
        if (ending == Ending.Turned18)
        {
            var eighteen = born.AddYears(18);
            var begun = Later(c.NotBefore, eighteen.AddDays(-_r.Weighted([(_r.Next(200, 700), 50.0), (_r.Next(700, 2000), 35.0), (_r.Next(2000, 5000), 15.0)])));
            return begun < eighteen && eighteen <= today ? (begun, eighteen) : (null, null);
        }
        var days = c.Route == CareEntryRoute.FromChildProtectionPlan
            ? _r.Next(5, 120)
            : _r.Weighted([(_r.Next(3, 90), 12.0), (_r.Next(90, 365), 22.0), (_r.Next(365, 900), 20.0), (_r.Next(900, 1800), 26.0), (_r.Next(1800, 4500), 20.0)]);
        if (ending != Ending.StillInCare)
        {
            // Adoption follows a placement order, which follows care proceedings: it takes well over a year.
            days = Math.Max(days, ending == Ending.Adopted ? 600 : 250);
        }
        var start = Later(c.NotBefore, today.AddDays(-days));
        // Open periods stop short of 18; a newborn can come into care from hospital.
        if (start > latest || (ending == Ending.StillInCare && born.AddYears(18) <= today) || start < born)
        {
            return (null, null);
        }
        if (ending == Ending.StillInCare)
        {
            return (start, null);
        }
        var length = start.DayNumber + Math.Max(30, (int)((today.DayNumber - start.DayNumber) * (0.55 + (_r.NextDouble() * 0.4))));
        var end = DateOnly.FromDayNumber(Math.Min(length, latest.DayNumber));
        return end > start && end < born.AddYears(18) ? (start, end) : (null, null);
    }

    private CareEntryRoute Route(int age) => _r.Weighted(
    [
        (CareEntryRoute.PoliceProtection, 14.0), (CareEntryRoute.EmergencyProtectionOrder, 4.0), (CareEntryRoute.EmergencyAccommodation, 18.0),
        (CareEntryRoute.Accommodation, age >= 12 ? 22.0 : 10.0), (CareEntryRoute.CourtOrder, age < 12 ? 22.0 : 8.0), (CareEntryRoute.FromAssessment, 10.0),
        (CareEntryRoute.FromChildInNeedPlan, 6.0), (CareEntryRoute.Remand, age >= 13 ? 1.5 : 0.0),
    ]);

    private static string Rationale(CareEntryRoute route, string name, bool unaccompanied) => unaccompanied
        ? $"{name} arrived in the county alone, seeking asylum, with no adult responsible for them; accommodated under section 20."
        : route switch
        {
            CareEntryRoute.FromChildProtectionPlan => $"The child protection plan has not kept {name} safe: neglect continued despite the plan, and the legal planning meeting agreed to issue care proceedings.",
            CareEntryRoute.PoliceProtection => $"Police used their powers of protection after finding {name} alone at home at night with no food; no family member could safely care for them.",
            CareEntryRoute.EmergencyProtectionOrder => $"An emergency protection order was granted after {name} disclosed being hit by a parent's partner; the parents would not agree to a safety plan.",
            CareEntryRoute.EmergencyAccommodation => $"{name}'s mother was admitted to hospital and no one in the family could care for them; accommodated with her agreement.",
            CareEntryRoute.Accommodation => $"Relationships at home broke down and {name} could not return; the family agreed to accommodation while support is put in place.",
            CareEntryRoute.CourtOrder => $"The court made an interim care order: the parents' drug use left {name} at risk of significant harm.",
            CareEntryRoute.FromChildInNeedPlan => $"Despite the child in need plan, home conditions and {name}'s care deteriorated; the family agreed to accommodation.",
            CareEntryRoute.FromAssessment => $"The assessment found {name} could not be cared for safely at home; the family agreed to accommodation.",
            CareEntryRoute.Remand => $"{name} was remanded to local authority accommodation by the youth court.",
            _ => $"{name} needed to be looked after.",
        };

    /// <summary>
    /// A direct entry opens an episode the day care began, allocated to the worker who holds the child. The emergency
    /// still came through the front door the same day (the police's notice of protection, or the call asking for the
    /// child to be accommodated), so the episode has its contact and decision like every other.
    /// </summary>
    private Referral NewReferral(Candidate c, DateOnly on, CareEntryRoute route, string categoryOfNeed, IEnumerable<DateOnly> earlierReferrals)
    {
        var holder = c.Worker;
        var police = route is CareEntryRoute.PoliceProtection or CareEntryRoute.EmergencyProtectionOrder or CareEntryRoute.Remand;
        var source = police ? "6" : Pick(["2A", "3B", "5A", "8"]);
        var year = on.Year.ToString(CultureInfo.InvariantCulture);
        _contactNumbers[year] = _contactNumbers.GetValueOrDefault(year) + 1;
        var contact = new Contact
        {
            Id = _r.NextGuid(), ContactGroupId = _r.NextGuid(),
            Reference = string.Create(CultureInfo.InvariantCulture, $"C-{year}-{_contactNumbers[year]:D6}"),
            PersonId = c.Child.Id, ReceivedAtUtc = At(on), Route = police ? ContactRoute.PoliceNotification : ContactRoute.Phone, Kind = ContactKind.Referral,
            SourceCode = source,
            ReferrerName = police ? "PS Carter" : "Duty officer", ReferrerOrganisation = police ? "Havenshire Police" : "Havenshire Council emergency duty team",
            ReferrerEmail = police ? "protection@police.example.com" : "edt@havenshire.example.com",
            Concern = police ? "Police protection powers used overnight; the child needs a placement today." : "The family cannot care for the child tonight and ask for them to be accommodated.",
            Consent = police ? ConsentToShare.NotRequired : ConsentToShare.Given,
            ConsentBasis = police ? "Police notification of a child taken into police protection" : null,
            ParentsAware = YesNoNotKnown.Yes, RecordedByUserId = "system",
        };
        var decided = contact.ReceivedAtUtc.AddMinutes(_r.Next(20, 90)) < nowUtc ? contact.ReceivedAtUtc.AddMinutes(_r.Next(20, 90)) : nowUtc;
        db.Contacts.Add(contact);
        db.ScreeningDecisions.Add(new ScreeningDecision
        {
            Id = _r.NextGuid(), ContactId = contact.Id, Outcome = ScreeningOutcome.ReferralForAssessment, Threshold = ThresholdLevel.Safeguarding,
            Rationale = "The child cannot stay at home safely tonight: referred to the allocated team to arrange care.",
            DecidedByUserId = "system", DecidedByName = Generator, DecidedAtUtc = decided,
        });
        var method = FrontDoorRules.FeedbackMethodFor(contact);
        db.ReferrerFeedback.Add(new ReferrerFeedback
        {
            Id = _r.NextGuid(), ContactId = contact.Id, Method = method,
            Status = method == FeedbackMethod.NotPossible ? FeedbackStatus.NotRequired : FeedbackStatus.Sent,
            DueAtUtc = TimeZoneInfo.ConvertTimeToUtc(FrontDoorRules.FeedbackDueAt(TimeZoneInfo.ConvertTimeFromUtc(decided, Uk), Calendar), Uk),
            SentAtUtc = method == FeedbackMethod.NotPossible ? null : decided, SentByUserId = method == FeedbackMethod.NotPossible ? null : "system",
        });
        var referral = new Referral
        {
            Id = _r.NextGuid(), PersonId = c.Child.Id, ContactId = contact.Id, ReferralDate = on, SourceCode = source,
            PrimaryNeedCode = categoryOfNeed, IsReReferral = FrontDoorRules.IsReReferral(on, earlierReferrals),
            AllocatedTeamId = holder?.TeamId, AllocatedWorkerUserId = holder?.WorkerId, AllocatedOn = holder is null ? null : on,
        };
        db.Referrals.Add(referral);
        Event(c.Child.Id, on, CaseEventTypes.ContactRecorded, null, $"Contact {contact.Reference} from {FrontDoorCodes.ReferralSourceLabel(source).ToLowerInvariant()}");
        Event(c.Child.Id, on, CaseEventTypes.ReferralCreated, null, "Episode of social care opened as the child came into care");
        return referral;
    }

    /// <summary>
    /// Legal statuses as proceedings go: police protection or an EPO for a day or days, then section 20 or an interim care
    /// order; interim orders become full care orders (or placement orders for babies to be adopted) after about 26 weeks.
    /// </summary>
    private void LegalStatuses(CarePeriod period, CareEntryRoute route, bool unaccompanied, Ending ending, int age, (string Id, string Name) worker)
    {
        var start = period.StartDate;
        var until = period.EndDate ?? today.AddDays(1);
        var steps = new List<(int Day, string Code)>();
        var first = unaccompanied ? "V2" : route switch
        {
            CareEntryRoute.PoliceProtection => "L1",
            CareEntryRoute.EmergencyProtectionOrder => "L2",
            CareEntryRoute.CourtOrder => "C1",
            CareEntryRoute.Remand => "J1",
            CareEntryRoute.FromChildProtectionPlan => _r.NextDouble() < 0.6 ? "C1" : "V2",
            _ => "V2",
        };
        steps.Add((0, first));
        var proceedings = first is "C1" or "L1" or "L2" || ending is Ending.Adopted or Ending.SpecialGuardianship
            || (first == "V2" && !unaccompanied && age < 14 && _r.NextDouble() < 0.45);
        var day = first switch { "L1" => _r.Next(1, 3), "L2" => _r.Next(3, 9), _ => 0 };
        if (first is "L1" && _r.NextDouble() < 0.4)
        {
            // Police protection ended with the parents' agreement to section 20; proceedings followed weeks later.
            steps.Add((day, "V2"));
            day += _r.Next(20, 70);
        }
        if (proceedings && first != "C1")
        {
            steps.Add((day, "C1"));
        }
        if (proceedings)
        {
            day += _r.Next(150, 260);
            steps.Add((day, ending == Ending.Adopted || (age < 2 && _r.NextDouble() < 0.35) ? "E1" : "C2"));
        }
        if (first == "J1")
        {
            steps.Add((_r.Next(20, 90), "V2"));
        }
        foreach (var (offset, code) in steps.Where(s => start.AddDays(s.Day) < until).DistinctBy(s => s.Day))
        {
            var from = start.AddDays(offset);
            period.LegalStatuses.Add(new CareLegalStatus
            {
                Id = _r.NextGuid(), CarePeriodId = period.Id, From = from, Code = code,
                Note = code switch { "C1" => "Interim care order made at the first hearing.", "C2" => "Final hearing: care order made.", "E1" => "Placement order made with the care order.", _ => null },
                RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = At(from),
            });
        }
    }

    /// <summary>
    /// Placements from the first night to today (or the day care ended): most children are settled, many after one
    /// planned move from an emergency placement to long-term carers; about one in eight has had three or more moves in
    /// the last year; the last placement fits how care ended (adopters, special guardians, staying put at 18).
    /// </summary>
    private void Placements(CarePeriod period, Child child, CareEntryRoute route, bool unaccompanied, Ending ending, (string Id, string Name) worker)
    {
        var start = period.StartDate;
        var end = period.EndDate;
        var until = end ?? today;
        var length = until.DayNumber - start.DayNumber;
        var stability = _r.Weighted([(Stability.Settled, 40.0), (Stability.MatchedLongTerm, 34.0), (Stability.Unsettled, 13.0), (Stability.SeveralMoves, 13.0)]);
        var moves = new List<DateOnly>();
        switch (stability)
        {
            case Stability.MatchedLongTerm when length > 90:
                moves.Add(start.AddDays(_r.Next(45, Math.Min(length, 300))));
                break;
            case Stability.Unsettled when length > 60:
                // Three or more placements in the last twelve months.
                var window = Math.Min(length, 360);
                moves.AddRange(Enumerable.Range(0, _r.Next(2, 5)).Select(_ => until.AddDays(-_r.Next(5, window))));
                break;
            case Stability.SeveralMoves when length > 400:
                for (var d = start.AddDays(_r.Next(60, 400)); d < until.AddDays(-400); d = d.AddDays(_r.Next(150, 700)))
                {
                    moves.Add(d);
                }
                break;
        }
        if (ending is Ending.Adopted or Ending.SpecialGuardianship && length > 120)
        {
            // To the adopters once the placement order is made, or to the family who will be special guardians.
            var move = until.AddDays(-_r.Next(60, Math.Min(length - 30, 300)));
            if (ending == Ending.Adopted && period.LegalStatuses.FirstOrDefault(s => s.Code == "E1") is { } order && order.From.AddDays(30) < until)
            {
                move = Later(move, order.From.AddDays(30));
            }
            moves.Add(move);
        }
        moves = [.. moves.Where(d => d > start && d < until).Distinct().Order()];
        var days = new List<DateOnly> { start };
        days.AddRange(moves);
        Placement? previous = null;
        for (var i = 0; i < days.Count; i++)
        {
            var from = days[i];
            var to = i + 1 < days.Count ? days[i + 1] : end;
            var last = i == days.Count - 1;
            var age = Years(child.Born, from);
            var (type, carer, name, postcode) = Choose(period, child, route, unaccompanied, ending, age, i, last, stability, from, to);
            var emergency = i == 0 && route is not (CareEntryRoute.Accommodation or CareEntryRoute.CourtOrder);
            var placement = new Placement
            {
                Id = _r.NextGuid(), CarePeriodId = period.Id, PersonId = child.Id, StartDate = from, EndDate = to,
                PlacementType = type,
                ProviderCode = LookedAfterCodes.ProviderNotRecorded.Contains(type) ? null : type == "P1" ? "PR0" : carer?.ProviderCode,
                CarerId = carer?.Id, CarerName = name, Postcode = postcode, Urn = carer?.Urn,
                PlacementPlanAgreedOn = Earlier(emergency || _r.NextDouble() < 0.15 ? Calendar.AddWorkingDays(from, _r.Next(1, 9)) : from.AddDays(-_r.Next(0, 10)), today),
                MatchingNote = emergency ? null : "Matched at the placements panel: the carers can meet the child's needs, keep them at their school and support family time.",
                RecordedByUserId = worker.Id, RecordedByName = worker.Name, RecordedAtUtc = At(from),
            };
            if (carer is not null)
            {
                _occupied[carer.Id].Add((from, to));
            }
            if (previous is not null)
            {
                var planned = stability == Stability.MatchedLongTerm || (ending is Ending.Adopted or Ending.SpecialGuardianship && last) || _r.NextDouble() < 0.3;
                previous.MovePlanned = planned;
                previous.ReasonForChange = planned ? "CARPL" : _r.Weighted(UnplannedReasons);
                previous.EndNote = planned ? "Planned move as agreed at the review." : "The placement ended sooner than planned; disruption meeting to be held.";
            }
            period.Placements.Add(placement);
            _placements++;
            previous = placement;
        }
    }

    /// <summary>What kind of placement and with whom: by age, how care began, where the child is in their care journey and how it ended.</summary>
    private (string Type, Carer? Carer, string Name, string? Postcode) Choose(CarePeriod period, Child child, CareEntryRoute route, bool unaccompanied, Ending ending,
        int age, int index, bool last, Stability stability, DateOnly from, DateOnly? to)
    {
        if (last && ending == Ending.Adopted)
        {
            var adopters = AddCarer($"Mr and Mrs {Pick(DemoNames.English.Surnames)} (adopters)", CarerKind.Adopters, "PR1", false, CarerApproval.Approved, from.AddDays(-_r.Next(60, 400)), 1, "Approved adopters matched at the adoption panel.");
            return ("A6", adopters, adopters.Name, adopters.Postcode);
        }
        if ((last && ending == Ending.SpecialGuardianship) || (index == 0 && route != CareEntryRoute.Remand && !unaccompanied && _r.NextDouble() < 0.14))
        {
            return Connected(child, from, (ending == Ending.SpecialGuardianship && last) || index > 0);
        }
        if (route == CareEntryRoute.Remand && index == 0)
        {
            return Registered(CarerKind.SecureChildrensHome, "K1", from, to);
        }
        if (!last && index == 0 && ending == Ending.ReturnedHome && _r.NextDouble() < 0.1 && age > 2 && period.LegalStatuses.All(s => s.Code != "V2"))
        {
            // Placed with parents under an interim care order while the plan to return home is tested; never while
            // accommodated under section 20 (SSDA903 rule 378).
            return ("P1", null, "Mother", period.HomePostcode);
        }
        var settled = stability is Stability.Settled or Stability.MatchedLongTerm && (index > 0 || stability == Stability.Settled) && (period.EndDate ?? today).DayNumber - from.DayNumber > 300;
        if (age >= 16 || (unaccompanied && age >= 15 && _r.NextDouble() < 0.7))
        {
            var roll = _r.NextDouble();
            return roll < 0.45 ? Registered(CarerKind.SupportedAccommodation, "K3", from, to)
                : roll < 0.65 ? Registered(CarerKind.ChildrensHome, "K2", from, to)
                : Foster(settled ? "U4" : "U6", from, to);
        }
        if (age >= 10 && (stability is Stability.Unsettled or Stability.SeveralMoves ? _r.NextDouble() < 0.45 : _r.NextDouble() < 0.1))
        {
            return Registered(CarerKind.ChildrensHome, "K2", from, to);
        }
        if (age < 1 && index == 0 && _r.NextDouble() < 0.3)
        {
            return Foster("U5", from, to);
        }
        return Foster(settled ? "U4" : "U6", from, to);
    }

    /// <summary>Family or friends approved as foster carers for this child: temporarily for the first 16 weeks (regulation 24), then fully.</summary>
    private (string, Carer?, string, string?) Connected(Child child, DateOnly from, bool longTerm)
    {
        var relative = Pick(Relatives);
        var approved = from.AddDays(7 * 16) <= today;
        var carer = AddCarer($"{Pick(["Mrs", "Ms", "Mr and Mrs"])} {Pick(DemoNames.English.Surnames)} ({child.FirstName}'s {relative})", CarerKind.ConnectedPersons, "PR1", false,
            approved ? CarerApproval.Approved : CarerApproval.TemporarilyApproved, approved ? from.AddDays(_r.Next(60, 112)) : from, 1,
            approved ? "Approved as connected persons foster carers at the fostering panel." : "Temporarily approved under regulation 24 while the full assessment is done.");
        return (longTerm ? "U1" : "U3", carer, carer.Name, carer.Postcode);
    }

    private (string, Carer?, string, string?) Foster(string type, DateOnly from, DateOnly? to)
    {
        var agency = _r.NextDouble() < 0.3;
        var carer = agency ? Available(CarerKind.IndependentFosteringAgency, from, to) : Available(CarerKind.FosteringHousehold, from, to) ?? Available(CarerKind.IndependentFosteringAgency, from, to);
        return carer is null ? (type, null, "Foster carers", null) : (type, carer, carer.Name, carer.Postcode);
    }

    private (string, Carer?, string, string?) Registered(CarerKind kind, string type, DateOnly from, DateOnly? to)
    {
        var carer = Available(kind, from, to);
        return carer is null ? Foster("U6", from, to) : (type, carer, carer.Name, carer.Postcode);
    }

    /// <summary>An approved carer of the kind with a place free for the whole placement, if one can be found in a few tries.</summary>
    private Carer? Available(CarerKind kind, DateOnly from, DateOnly? to)
    {
        var open = _carers.Where(c => c.Kind == kind && c.Approval == CarerApproval.Approved && c.ApprovedOn <= from).ToList();
        for (var attempt = 0; attempt < 8 && open.Count > 0; attempt++)
        {
            var carer = open[_r.Next(open.Count)];
            var busy = _occupied[carer.Id].Count(o => o.From < (to ?? DateOnly.MaxValue) && from < (o.To ?? DateOnly.MaxValue));
            if (busy < (carer.Places ?? 1))
            {
                return carer;
            }
        }
        return null;
    }

    private string ReasonCeased(Ending ending) => ending switch
    {
        Ending.ReturnedHome => _r.NextDouble() < 0.8 ? "E4A" : "E4B",
        Ending.SpecialGuardianship => "E45",
        Ending.ChildArrangementsOrder => "E41",
        Ending.Adopted => _r.NextDouble() < 0.7 ? "E11" : "E12",
        Ending.Turned18 => _r.Weighted([("E17", 30.0), ("E5", 45.0), ("E6", 10.0), ("E13", 15.0)]),
        _ => "E8",
    };

    private static string EndNote(Ending ending) => ending switch
    {
        Ending.ReturnedHome => "Returned home as the care plan intended, after a planned increase in time at home.",
        Ending.SpecialGuardianship => "Special guardianship order made to the child's family carers.",
        Ending.ChildArrangementsOrder => "Child arrangements order made: lives with their father.",
        Ending.Adopted => "Adoption order made.",
        Ending.Turned18 => "Turned 18; pathway plan in place with the leaving care team.",
        _ => "Left care.",
    };

    /// <summary>The case events the care pages would have written, on the days they happened, so the record's history matches the tables.</summary>
    private void Events(CarePeriod period, (string Id, string Name) worker)
    {
        var first = period.Placements.OrderBy(p => p.StartDate).First();
        var firstStatus = period.LegalStatuses.OrderBy(s => s.From).First();
        Event(period.PersonId, period.StartDate, CaseEventTypes.CameIntoCare, worker.Id,
            $"Came into care on {DateText.Date(period.StartDate)}: {LookedAfterCodes.LegalStatuses.InPlainWords(firstStatus.Code)}, placed with {first.CarerName}");
        var statuses = period.LegalStatuses.OrderBy(s => s.From).ToList();
        for (var i = 1; i < statuses.Count; i++)
        {
            Event(period.PersonId, statuses[i].From, CaseEventTypes.CareLegalStatusChanged, worker.Id,
                $"Legal status changed on {DateText.Date(statuses[i].From)}: {LookedAfterCodes.LegalStatuses.InPlainWords(statuses[i].Code)}");
        }
        var placements = period.Placements.OrderBy(p => p.StartDate).ToList();
        for (var i = 1; i < placements.Count; i++)
        {
            Event(period.PersonId, placements[i].StartDate, CaseEventTypes.PlacementChanged, worker.Id,
                $"Moved on {DateText.Date(placements[i].StartDate)} from {placements[i - 1].CarerName} to {placements[i].CarerName}{(placements[i - 1].MovePlanned == true ? " (planned)" : " (unplanned)")}");
        }
        if (period.EndDate is { } end)
        {
            Event(period.PersonId, end, CaseEventTypes.LeftCare, worker.Id, $"Left care on {DateText.Date(end)}: {LookedAfterCodes.ReasonsCeased.InPlainWords(period.ReasonCeased)}");
        }
    }

    private void Event(Guid personId, DateOnly on, string type, string? actorId, string summary) =>
        db.CaseEvents.Add(new CaseEvent
        {
            PersonId = personId, Type = type, OccurredAtUtc = At(on), ActorUserId = actorId ?? "system",
            ActorName = actorId is null ? Generator : _names.GetValueOrDefault(actorId, Generator), Summary = summary,
        });

    private DateTime At(DateOnly day)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(_r.Next(9, 17), _r.Next(0, 60))), Uk);
        return utc <= nowUtc ? utc : nowUtc.AddMinutes(-_r.Next(1, 30));
    }

    private static int Years(DateOnly born, DateOnly on) => on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    public static string Progress(DemoCareResult r) => string.Create(CultureInfo.InvariantCulture,
        $"Generated children in care: {r.InCareToday:N0} in care today, {r.LeftCare:N0} who left care this year or before, {r.Periods:N0} periods of care with {r.Placements:N0} placements, {r.Carers:N0} carers and providers on the register");
}
