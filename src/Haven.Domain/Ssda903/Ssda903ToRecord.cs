using System.Globalization;
using Haven.Domain.CareLeavers;
using Haven.Domain.CinCensus;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Permanence;
using Haven.Domain.Workforce;

namespace Haven.Domain.Ssda903;

/// <summary>
/// One child's care record as an import finds it: the records it may add to or complete. Entities in these lists may
/// be changed in place (an episode left open last year is ended this year); new ones go to <see cref="Ssda903ImportAdditions"/> too.
/// </summary>
public sealed class Ssda903ImportTarget(Person child)
{
    public Person Child { get; } = child;
    public List<CarePeriod> Periods { get; init; } = [];
    public List<Referral> Referrals { get; init; } = [];
    public List<CareReview> Reviews { get; init; } = [];
    public List<MissingEpisode> Missing { get; init; } = [];
    public List<AdoptionJourney> Adoptions { get; init; } = [];
    public List<HealthCheck> HealthChecks { get; init; } = [];
    public List<Allocation> Allocations { get; init; } = [];
    public List<CareLeaverContact> CareLeaverContacts { get; init; } = [];
}

/// <summary>The records an import creates, for the caller to add to the database in one transaction.</summary>
public sealed class Ssda903ImportAdditions
{
    public List<Referral> Referrals { get; } = [];
    public List<CarePeriod> Periods { get; } = [];
    public List<CareLegalStatus> LegalStatuses { get; } = [];
    public List<Placement> Placements { get; } = [];
    public List<Carer> Carers { get; } = [];
    public List<CareReview> Reviews { get; } = [];
    public List<MissingEpisode> Missing { get; } = [];
    public List<AdoptionJourney> Adoptions { get; } = [];
    public List<HealthCheck> HealthChecks { get; } = [];
    public List<Allocation> Allocations { get; } = [];
    public List<CareLeaverContact> CareLeaverContacts { get; } = [];
}

/// <summary>
/// Who is importing and what the import can look up: the carer register (URN, postcode and provider) and the workers
/// behind the return's SW_IDs.
/// </summary>
public sealed record Ssda903ImportContext(
    string ActorUserId,
    string ActorName,
    DateTime NowUtc,
    List<Carer> Register,
    Func<string, (string UserId, Guid TeamId)?> Worker);

/// <summary>What merging one child's rows changed, in words for the chronology, and what could not be placed.</summary>
public sealed record Ssda903ChildMerge(IReadOnlyList<string> Changes, IReadOnlyList<string> NotImported)
{
    public bool Changed => Changes.Count > 0;
}

/// <summary>
/// Turns a previous system's SSDA903 return into Haven's care record, the reverse of <see cref="Ssda903FromRecord"/>,
/// so that exporting the imported record gives back the same files. Episodes become periods of care with their legal
/// statuses and placements (a new episode is a change of legal status, of placement, or both, as its RNE says); an
/// episode already in the record (same child, same start) is left as it is, and an episode left open last year is
/// ended when this year's file ends it, so a run of years imported oldest first rebuilds a child's whole history and
/// importing a file twice changes nothing.
/// <para>
/// The return carries dates and codes, not practice: who decided, who chaired, what the child said are not in it, so
/// imported records say "Not recorded" and carry <see cref="ImportedNote"/>. Health checks the OC2 only says happened
/// in the year are dated 31 March, the one date the return implies.
/// </para>
/// </summary>
public static class Ssda903ToRecord
{
    public const string ImportedNote = "Imported from an SSDA903 return.";

    public const string NotRecorded = "Not recorded (imported)";

    /// <summary>A new child for a header row with no match in Haven: the return has no names, so the child is named by their id.</summary>
    public static Person NewChild(Ssda903Header header, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(header);
        var id = header.Child ?? throw new ArgumentException("A header row without a CHILD cannot be imported.", nameof(header));
        return ImportedChild.New(id, Ssda903Dates.Parse(header.Dob), SexFrom(header.Sex), header.Ethnic, RealUpn(header.Upn), nowUtc);
    }

    /// <summary>The UN codes say why a UPN is missing; Haven works them out again from the child's age, so they are not stored.</summary>
    private static string? RealUpn(string? upn) => upn is null || upn.StartsWith("UN", StringComparison.Ordinal) ? null : upn;

    private static Sex SexFrom(string? sex) => sex switch { "M" => Sex.Male, "F" => Sex.Female, _ => Sex.NotKnown };

    /// <summary>
    /// Merges one child's rows of a return into their record. Values already recorded are never overwritten: the
    /// import fills what is missing (a date of birth, an end date, a reversal) and adds what is not there.
    /// </summary>
    public static Ssda903ChildMerge Merge(Ssda903ImportTarget target, Ssda903Return rows, CensusPeriod year, Ssda903ImportContext context, Ssda903ImportAdditions additions)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(additions);
        var merge = new Merger(target, year, context, additions);
        if (rows.Header.Count > 0 && rows.Header[0] is { } header)
        {
            merge.Header(header);
        }
        merge.Episodes(rows.Episodes);
        merge.Uasc(rows.Uasc);
        merge.PreviousPermanence(rows.PreviousPermanence);
        merge.PlacedForAdoption(rows.PlacedForAdoption);
        merge.Ad1(rows.Ad1);
        merge.Reviews(rows.Reviews);
        merge.Missing(rows.Missing);
        merge.Oc2(rows.Oc2);
        merge.Oc3(rows.Oc3);
        merge.SocialWorkers(rows.SwEpisodes);
        return new Ssda903ChildMerge(merge.Changes, merge.NotImported);
    }

    /// <summary>
    /// The collection year a return is for, when not given: the one holding its latest date (an episode's start or end,
    /// a review, a missing episode, a social worker's start or end), as a return holds nothing after its 31 March.
    /// </summary>
    public static CensusPeriod? YearOf(Ssda903Return ssda903)
    {
        ArgumentNullException.ThrowIfNull(ssda903);
        var latest = ssda903.Episodes.SelectMany(e => new[] { e.Decom, e.Dec })
            .Concat(ssda903.Reviews.Select(r => r.Review))
            .Concat(ssda903.Missing.SelectMany(m => new[] { m.MisStart, m.MisEnd }))
            .Concat(ssda903.SwEpisodes.SelectMany(s => new[] { s.SwDecom, s.SwDec }))
            .Select(Ssda903Dates.Parse).Max();
        return latest is { } day ? CensusPeriod.YearEnding(day.Month >= 4 ? day.Year + 1 : day.Year) : null;
    }

    /// <summary>An instant on the day, at noon UK time, so the day reads back the same in any season.</summary>
    public static DateTime NoonOn(DateOnly day) => UkClock.ToUtc(day.ToDateTime(new TimeOnly(12, 0)));

    private sealed class Merger(Ssda903ImportTarget target, CensusPeriod year, Ssda903ImportContext context, Ssda903ImportAdditions additions)
    {
        public List<string> Changes { get; } = [];
        public List<string> NotImported { get; } = [];

        private Person Child => target.Child;

        private static string Date(DateOnly? day) => DateText.Date(day) ?? "no date";

        public void Header(Ssda903Header header)
        {
            // Fill in what the record lacks; a difference with what is recorded is the worker's to resolve, not the import's.
            if (Child.DateOfBirth is null && Ssda903Dates.Parse(header.Dob) is { } born)
            {
                Child.DateOfBirth = born;
                Changes.Add($"date of birth {Date(born)}");
            }
            if (Child.Sex == Sex.NotKnown && SexFrom(header.Sex) is not Sex.NotKnown and var sex)
            {
                Child.Sex = sex;
                Changes.Add("sex");
            }
            if (Child.EthnicityCode is null && header.Ethnic is { } ethnic and not "NOBT")
            {
                Child.EthnicityCode = ethnic;
                Changes.Add("ethnicity");
            }
            if (Child.UniquePupilNumber is null && RealUpn(header.Upn) is { } upn)
            {
                Child.UniquePupilNumber = upn;
                Changes.Add("UPN");
            }
        }

        private CarePeriod? PeriodOn(DateOnly day) =>
            target.Periods.Where(p => p.StartDate <= day && (p.EndDate is not { } end || day < end)).MaxBy(p => p.StartDate);

        /// <summary>The period a dated event belongs to: the one open that day, counting its last day.</summary>
        private CarePeriod? PeriodIncluding(DateOnly day) =>
            target.Periods.Where(p => p.StartDate <= day && (p.EndDate is not { } end || day <= end)).MaxBy(p => p.StartDate);

        public void Episodes(IEnumerable<Ssda903Episode> episodes)
        {
            foreach (var e in episodes.Where(e => Ssda903Dates.Parse(e.Decom) is not null).OrderBy(e => Ssda903Dates.Parse(e.Decom)))
            {
                var start = Ssda903Dates.Parse(e.Decom)!.Value;
                if (e.Ls is null || e.Place is null)
                {
                    NotImported.Add($"episode from {Date(start)}: no legal status or placement type");
                    continue;
                }
                var period = PeriodOn(start);
                if (period is null)
                {
                    period = NewPeriod(e, start);
                    Changes.Add($"period of care from {Date(start)}");
                    if (e.Rne != "S")
                    {
                        NotImported.Add($"the episode from {Date(start)} continues a period of care that began before it (RNE {e.Rne}); import the earlier years' returns first to bring its start");
                    }
                }
                else if (start != period.StartDate && !period.LegalStatuses.Any(s => s.From == start) && !period.Placements.Any(p => p.StartDate == start))
                {
                    Change(period, e, start);
                    Changes.Add($"episode from {Date(start)}");
                }
                End(period, e, start);
            }
        }

        private CarePeriod NewPeriod(Ssda903Episode e, DateOnly start)
        {
            var referral = target.Referrals.Where(r => r.ReferralDate <= start && (r.ClosedOn is not { } closed || closed >= start)).MaxBy(r => r.ReferralDate);
            if (referral is null)
            {
                // A looked-after child is a child in need: the period sits in a social care episode opened with it.
                referral = new Referral
                {
                    Id = Guid.NewGuid(), PersonId = Child.Id, ReferralDate = start, SourceCode = "10",
                    PrimaryNeedCode = e.Cin ?? "N8",
                };
                target.Referrals.Add(referral);
                additions.Referrals.Add(referral);
            }
            var period = new CarePeriod
            {
                Id = Guid.NewGuid(), PersonId = Child.Id, ReferralId = referral.Id, StartDate = start, EntryRoute = RouteFor(e.Ls!),
                DecisionBy = NotRecorded, DecisionOn = start, DecisionRationale = ImportedNote, CategoryOfNeed = e.Cin ?? "N8",
                HomePostcode = e.HomePost, CarePlanDueOn = WorkingDayCalendar.EnglandAndWales.AddWorkingDays(start, 10),
                RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
            };
            target.Periods.Add(period);
            additions.Periods.Add(period);
            AddStatus(period, start, e.Ls!);
            AddPlacement(period, e, start, previous: null);
            return period;
        }

        /// <summary>A new episode inside a period: the legal status, the placement or both changed that day.</summary>
        private void Change(CarePeriod period, Ssda903Episode e, DateOnly start)
        {
            var status = period.LegalStatuses.Where(s => s.From <= start).MaxBy(s => s.From);
            if (status?.Code != e.Ls)
            {
                AddStatus(period, start, e.Ls!);
            }
            var current = period.Placements.Where(p => p.StartDate <= start && (p.EndDate is not { } end || start < end)).MaxBy(p => p.StartDate);
            var moved = e.Rne is not "L" || current is null || current.PlacementType != e.Place || current.ProviderCode != e.PlaceProvider
                || current.Postcode != e.PlPost || current.Urn != e.Urn;
            if (moved)
            {
                if (current is not null)
                {
                    current.EndDate = start;
                }
                AddPlacement(period, e, start, current);
            }
        }

        /// <summary>The episode's end: X1 hands on to the next episode; any other reason ends the period of care.</summary>
        private void End(CarePeriod period, Ssda903Episode e, DateOnly start)
        {
            if (Ssda903Dates.Parse(e.Dec) is not { } end || e.Rec is null)
            {
                return;
            }
            if (e.Rec == LookedAfterCodes.NewEpisodeSameDay)
            {
                // The reason for the move belongs to the placement the child left.
                if (e.ReasonPlaceChange is { } reason
                    && period.Placements.Where(p => p.StartDate <= start).MaxBy(p => p.StartDate) is { ReasonForChange: null } left)
                {
                    left.ReasonForChange = reason;
                }
                return;
            }
            if (period.EndDate is not null)
            {
                return;
            }
            period.EndDate = end;
            period.ReasonCeased = e.Rec;
            period.EndNote = ImportedNote;
            foreach (var open in period.Placements.Where(p => p.EndDate is null))
            {
                open.EndDate = end;
            }
            // The social care episode opened for this period closes with it.
            if (target.Referrals.FirstOrDefault(r => r.Id == period.ReferralId) is { ClosedOn: null, ContactId: null } referral && referral.ReferralDate == period.StartDate)
            {
                referral.ClosedOn = end;
                referral.ReasonForClosure = ClosureReason(e.Rec);
                referral.ClosureNote = ImportedNote;
            }
            Changes.Add($"left care {Date(end)} ({e.Rec})");
        }

        private static string ClosureReason(string reasonCeased) => reasonCeased switch
        {
            "E11" or "E12" => "RC1",
            "E2" => CinCodeSets.Died,
            "E41" => "RC3",
            _ when LookedAfterCodes.SpecialGuardianship.Contains(reasonCeased) => "RC4",
            "E7" => "RC6",
            _ => "RC7",
        };

        private static CareEntryRoute RouteFor(string legalStatus) => legalStatus switch
        {
            "V2" => CareEntryRoute.Accommodation,
            "V3" or "V4" => CareEntryRoute.ShortBreaks,
            "L1" => CareEntryRoute.PoliceProtection,
            "L2" => CareEntryRoute.EmergencyProtectionOrder,
            "J1" or "J2" or "J3" => CareEntryRoute.Remand,
            _ => CareEntryRoute.CourtOrder,
        };

        private void AddStatus(CarePeriod period, DateOnly from, string code)
        {
            var status = new CareLegalStatus
            {
                Id = Guid.NewGuid(), CarePeriodId = period.Id, From = from, Code = code, Note = ImportedNote,
                RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
            };
            period.LegalStatuses.Add(status);
            additions.LegalStatuses.Add(status);
        }

        private void AddPlacement(CarePeriod period, Ssda903Episode e, DateOnly start, Placement? previous)
        {
            // T and U: a new placement with the same carers; P and B (and a first placement): new carers.
            var sameCarers = previous is not null && e.Rne is "T" or "U";
            var (carerId, carerName) = sameCarers ? (previous!.CarerId, previous.CarerName) : Carers(e, start, previous);
            var placement = new Placement
            {
                Id = Guid.NewGuid(), CarePeriodId = period.Id, PersonId = Child.Id, StartDate = start, PlacementType = e.Place!,
                ProviderCode = e.PlaceProvider, CarerId = carerId, CarerName = carerName, Postcode = e.PlPost, Urn = e.Urn,
                MatchingNote = ImportedNote,
                RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
            };
            period.Placements.Add(placement);
            additions.Placements.Add(placement);
        }

        /// <summary>
        /// The carers for a placement to new carers: the registered setting with the placement's URN (added to the register
        /// when it is not there), or the one carer on the register at its postcode with its provider code; otherwise the
        /// placement names no registered carer. New carers are never the ones the child just left.
        /// </summary>
        private (Guid? CarerId, string CarerName) Carers(Ssda903Episode e, DateOnly start, Placement? previous)
        {
            Carer? carer = null;
            if (e.Urn is { } urn && urn != "XXXXXXX")
            {
                carer = context.Register.FirstOrDefault(c => c.Urn == urn);
                if (carer is null)
                {
                    carer = new Carer
                    {
                        Id = Guid.NewGuid(), Name = $"Setting with Ofsted URN {urn}", Kind = KindFor(e.Place!), ProviderCode = e.PlaceProvider ?? "PR4",
                        Urn = urn, Postcode = e.PlPost, Approval = CarerApproval.Approved, Notes = ImportedNote,
                    };
                    context.Register.Add(carer);
                    additions.Carers.Add(carer);
                }
            }
            else if (e.PlPost is { } postcode && e.PlaceProvider is { } provider)
            {
                var atPostcode = context.Register.Where(c => c.Postcode == postcode && c.ProviderCode == provider && c.Urn == null).Take(2).ToList();
                carer = atPostcode.Count == 1 ? atPostcode[0] : null;
            }
            if (carer is not null && carer.Id != previous?.CarerId)
            {
                return (carer.Id, carer.Name);
            }
            // Named by the day the placement began, so consecutive placements with unnamed carers are told apart.
            return (null, $"Carers not named in the SSDA903 return (placed {Ssda903Dates.Format(start)})");
        }

        private static CarerKind KindFor(string placementType) => placementType switch
        {
            "K2" => CarerKind.SecureChildrensHome,
            "K1" or "R1" => CarerKind.ChildrensHome,
            "S1" => CarerKind.ResidentialSchool,
            "H5" or "P2" => CarerKind.SupportedAccommodation,
            _ when placementType.StartsWith('U') => CarerKind.FosteringHousehold,
            _ => CarerKind.Other,
        };

        public void Uasc(IEnumerable<Ssda903Uasc> rows)
        {
            foreach (var row in rows)
            {
                var ceased = Ssda903Dates.Parse(row.Duc);
                foreach (var period in target.Periods.Where(p => year.Overlaps(p.StartDate, p.EndDate)))
                {
                    if (!period.Unaccompanied)
                    {
                        period.Unaccompanied = true;
                        Changes.Add($"unaccompanied asylum-seeking child in the period from {Date(period.StartDate)}");
                    }
                }
                // The status ended once for the child: every period that carried it ends with it.
                foreach (var period in target.Periods.Where(p => p.Unaccompanied && p.UnaccompaniedEndedOn is null && ceased is not null))
                {
                    period.UnaccompaniedEndedOn = ceased;
                    Changes.Add($"no longer an unaccompanied asylum-seeking child from {Date(ceased)}");
                }
            }
        }

        public void PreviousPermanence(IEnumerable<Ssda903PreviousPermanence> rows)
        {
            foreach (var row in rows.Where(r => r.PrevPerm is not null))
            {
                var period = target.Periods.Where(p => year.Overlaps(p.StartDate, p.EndDate) && p.StartDate >= Ssda903FromRecord.PreviousPermanenceAskedFrom)
                    .MaxBy(p => p.StartDate);
                if (period is null || period.PreviousPermanence is not null)
                {
                    continue;
                }
                period.PreviousPermanence = row.PrevPerm;
                period.PreviousPermanenceOn = CareEntryRules.IsPreviousOrder(row.PrevPerm) ? Ssda903Dates.Parse(row.DatePerm) : null;
                Changes.Add($"previous permanence {row.PrevPerm}");
            }
        }

        private AdoptionJourney? Decision(DateOnly decidedOn, string file)
        {
            if (target.Adoptions.FirstOrDefault(a => a.DecisionOn == decidedOn) is { } known)
            {
                return known;
            }
            if (PeriodIncluding(decidedOn) is not { } period)
            {
                NotImported.Add($"{file}: the decision of {Date(decidedOn)} is not in a period of care");
                return null;
            }
            var journey = new AdoptionJourney
            {
                Id = Guid.NewGuid(), PersonId = Child.Id, CarePeriodId = period.Id, DecisionOn = decidedOn, DecisionBy = NotRecorded,
                DecisionRationale = ImportedNote,
                RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
            };
            target.Adoptions.Add(journey);
            additions.Adoptions.Add(journey);
            Changes.Add($"decision to place for adoption {Date(decidedOn)}");
            return journey;
        }

        public void PlacedForAdoption(IEnumerable<Ssda903PlacedForAdoption> rows)
        {
            foreach (var row in rows)
            {
                if (Ssda903Dates.Parse(row.DatePlaced) is not { } decided || Decision(decided, "placed_for_adoption.csv") is not { } journey)
                {
                    continue;
                }
                if (journey.ReversedOn is null && Ssda903Dates.Parse(row.DatePlacedCeased) is { } reversed)
                {
                    journey.ReversedOn = reversed;
                    journey.ReversalReason = row.ReasonPlacedCeased;
                    journey.ReversalNote = ImportedNote;
                    Changes.Add($"adoption decision reversed {Date(reversed)}");
                }
            }
        }

        public void Ad1(IEnumerable<Ssda903Ad1> rows)
        {
            foreach (var row in rows)
            {
                if (Ssda903Dates.Parse(row.DateInt) is not { } decided || Decision(decided, "ad1.csv") is not { } journey)
                {
                    continue;
                }
                var changed = false;
                if (journey.MatchedOn is null && Ssda903Dates.Parse(row.DateMatch) is { } matched)
                {
                    journey.MatchedOn = matched;
                    changed = true;
                }
                if (journey.AdoptedByFosterCarers is null && row.FosterCare is "0" or "1")
                {
                    journey.AdoptedByFosterCarers = row.FosterCare == "1";
                    changed = true;
                }
                if (journey.NumberOfAdopters is null && int.TryParse(row.NbAdoptr, NumberStyles.None, CultureInfo.InvariantCulture, out var adopters))
                {
                    journey.NumberOfAdopters = adopters;
                    changed = true;
                }
                if (journey.AdoptersSex is null && row.SexAdoptr is { } sex)
                {
                    journey.AdoptersSex = sex;
                    changed = true;
                }
                if (journey.AdoptersLegalStatus is null && row.LsAdoptr is { } legal)
                {
                    journey.AdoptersLegalStatus = legal;
                    changed = true;
                }
                if (changed)
                {
                    Changes.Add($"adoption match {Date(journey.MatchedOn)}");
                }
            }
        }

        public void Reviews(IEnumerable<Ssda903Review> rows)
        {
            foreach (var row in rows)
            {
                if (Ssda903Dates.Parse(row.Review) is not { } held || row.ReviewCode is null || target.Reviews.Any(r => r.HeldOn == held))
                {
                    continue;
                }
                if ((PeriodIncluding(held) ?? target.Periods.Where(p => p.StartDate <= held).MaxBy(p => p.StartDate)) is not { } period)
                {
                    NotImported.Add($"review of {Date(held)}: not in a period of care");
                    continue;
                }
                var review = new CareReview
                {
                    Id = Guid.NewGuid(), PersonId = Child.Id, CarePeriodId = period.Id, HeldOn = held, ChairUserId = "", ChairName = NotRecorded,
                    Participation = row.ReviewCode, ChildsViews = ImportedNote, Decisions = ImportedNote,
                    RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
                };
                target.Reviews.Add(review);
                additions.Reviews.Add(review);
                Changes.Add($"review {Date(held)}");
            }
        }

        public void Missing(IEnumerable<Ssda903Missing> rows)
        {
            foreach (var row in rows)
            {
                if (Ssda903Dates.Parse(row.MisStart) is not { } started || row.Missing is null)
                {
                    continue;
                }
                var back = Ssda903Dates.Parse(row.MisEnd);
                var known = target.Missing.FirstOrDefault(m => !m.FromHome && m.MissingOrAway == row.Missing && UkClock.DateOf(m.StartedAtUtc) == started);
                if (known is not null)
                {
                    if (known.ReturnedAtUtc is null && back is { } returned)
                    {
                        known.ReturnedAtUtc = NoonOn(returned);
                        Changes.Add($"returned {Date(returned)}");
                    }
                    continue;
                }
                if (PeriodIncluding(started) is not { } period)
                {
                    NotImported.Add($"missing from {Date(started)}: not in a period of care");
                    continue;
                }
                var episode = new MissingEpisode
                {
                    Id = Guid.NewGuid(), PersonId = Child.Id, CarePeriodId = period.Id, MissingOrAway = row.Missing,
                    StartedAtUtc = NoonOn(started), ReturnedAtUtc = back is { } b ? NoonOn(b) : null,
                    RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
                };
                target.Missing.Add(episode);
                additions.Missing.Add(episode);
                Changes.Add($"{(row.Missing == "M" ? "missing" : "away without authorisation")} from {Date(started)}");
            }
        }

        /// <summary>
        /// OC2 says only whether each check happened in the year (or, for immunisations, whether they were up to date on
        /// 31 March): each answer the record does not already give becomes a check dated 31 March.
        /// </summary>
        public void Oc2(IEnumerable<Ssda903Oc2> rows)
        {
            foreach (var row in rows)
            {
                if (PeriodIncluding(year.End) is not { } period)
                {
                    continue;
                }
                var inYear = target.HealthChecks.Where(h => h.DoneOn >= year.Start && h.DoneOn <= year.End).ToList();
                if (int.TryParse(row.SdqScore, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                    && !inYear.Any(h => h.Kind == HealthCheckKind.StrengthsAndDifficulties && h.Score is not null))
                {
                    AddCheck(period, HealthCheckKind.StrengthsAndDifficulties, upToDate: null, score);
                }
                if (row.Immunisations is "0" or "1")
                {
                    var upToDate = row.Immunisations == "1";
                    var latest = target.HealthChecks.Where(h => h.Kind == HealthCheckKind.Immunisations && h.DoneOn <= year.End).MaxBy(h => h.DoneOn);
                    if ((latest?.UpToDate == true) != upToDate)
                    {
                        AddCheck(period, HealthCheckKind.Immunisations, upToDate, score: null);
                    }
                }
                if (row.TeethCheck == "1" && !inYear.Any(h => h.Kind == HealthCheckKind.DentalCheck))
                {
                    AddCheck(period, HealthCheckKind.DentalCheck, upToDate: null, score: null);
                }
                if (row.HealthAssessment == "1" && !inYear.Any(h => h.Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment))
                {
                    AddCheck(period, HealthCheckKind.ReviewHealthAssessment, upToDate: null, score: null);
                }
            }
        }

        private void AddCheck(CarePeriod period, HealthCheckKind kind, bool? upToDate, int? score)
        {
            var check = new HealthCheck
            {
                Id = Guid.NewGuid(), PersonId = Child.Id, CarePeriodId = period.Id, Kind = kind, DoneOn = year.End, UpToDate = upToDate, Score = score,
                Note = "Imported from an SSDA903 return (OC2), which says only that it was done in the year: dated 31 March.",
                RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
            };
            target.HealthChecks.Add(check);
            additions.HealthChecks.Add(check);
            Changes.Add($"{kind} (OC2)");
        }

        /// <summary>
        /// OC3 answers the birthday contact for the birthday the young person reached in the year: an answer other than
        /// NO (which is what no contact in the birthday's window gives) becomes a contact on the birthday, with the
        /// activity and accommodation when in touch (ACCOM is the accommodation code then 1 suitable or 2 unsuitable).
        /// </summary>
        public void Oc3(IEnumerable<Ssda903Oc3> rows)
        {
            foreach (var row in rows)
            {
                if (row.InTouch is null or "NO" || Child.DateOfBirth is not { } born)
                {
                    continue;
                }
                var birthday = born.AddYears(Ssda903FromRecord.Age(born, year.End));
                if (target.CareLeaverContacts.Any(c => c.InTouch == row.InTouch && c.ContactOn >= birthday.AddMonths(-3) && c.ContactOn <= birthday.AddMonths(1)))
                {
                    continue;
                }
                var inTouch = row.InTouch == "YES";
                var accommodation = inTouch && row.Accom is { Length: > 1 } accom && accom[^1] is '1' or '2' ? accom : null;
                var contact = new CareLeaverContact
                {
                    Id = Guid.NewGuid(), PersonId = Child.Id, ContactOn = birthday, InTouch = row.InTouch,
                    Activity = inTouch ? row.Activ : null,
                    Accommodation = accommodation?[..^1], AccommodationSuitable = accommodation is null ? null : accommodation[^1] == '1',
                    Note = "Imported from an SSDA903 return (OC3): the contact around this birthday, dated on it.",
                    RecordedByUserId = context.ActorUserId, RecordedByName = context.ActorName, RecordedAtUtc = context.NowUtc,
                };
                target.CareLeaverContacts.Add(contact);
                additions.CareLeaverContacts.Add(contact);
                Changes.Add($"birthday contact {Date(birthday)} ({row.InTouch})");
            }
        }

        /// <summary>Social worker episodes become allocations, where the SW_ID is a worker with an account in Haven.</summary>
        public void SocialWorkers(IEnumerable<Ssda903SwEpisode> rows)
        {
            foreach (var row in rows)
            {
                if (row.SwId is null || Ssda903Dates.Parse(row.SwDecom) is not { } from)
                {
                    continue;
                }
                if (context.Worker(row.SwId) is not { } worker)
                {
                    NotImported.Add($"social worker {row.SwId} from {Date(from)}: no account in Haven has that id");
                    continue;
                }
                var until = Ssda903Dates.Parse(row.SwDec);
                var known = target.Allocations.FirstOrDefault(a => a.WorkerUserId == worker.UserId && a.StartDate == from);
                if (known is not null)
                {
                    if (known.EndDate is null && until is { } ended)
                    {
                        known.EndDate = ended;
                        Changes.Add($"allocation ended {Date(ended)}");
                    }
                    continue;
                }
                var allocation = new Allocation
                {
                    Id = Guid.NewGuid(), PersonId = Child.Id, WorkerUserId = worker.UserId, TeamId = worker.TeamId, StartDate = from, EndDate = until,
                };
                target.Allocations.Add(allocation);
                additions.Allocations.Add(allocation);
                Changes.Add($"social worker from {Date(from)}");
            }
        }
    }
}
