using System.Globalization;
using Haven.Domain.Fostering;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the fostering households generator made, for the tests.</summary>
public sealed record DemoFosteringResult(int Households, int Entries);

/// <summary>
/// Fostering and adopting households for the demo authority, chosen by turn (never by chance), so the list, the household
/// pages and the work tray always have the same things to show. Every fostering, connected persons and adopters' household
/// on the carers register gets the journey its approval there implies (approved foster carers reviewed every year, every
/// 4th missing its latest review so it is overdue; those being assessed in Form F, every 2nd past its 8 months; the
/// suspended with an allegation; the deregistered resigned); and a household is added at each stage: a new enquiry, an
/// initial visit, a Form F past its 8 months, a panel awaiting the decision, connected persons 6 days from the end of their 16 weeks and others extended by 8, adopters in stage one
/// and stage two (one late). Supervising social workers are the social workers in turn, the demo social worker first.
/// Dates never pass <c>today</c>.
/// </summary>
public sealed class DemoFostering(HavenDbContext db, DateOnly today, DateTime nowUtc)
{
    private readonly List<HouseholdJourney> _journeys = [];
    private readonly List<Carer> _added = [];
    private List<(string Id, string Name)> _workers = [];
    private int _turn;
    private int _entries;

    // Ids from a stream of their own, so the same seed gives the same authority byte for byte; seeded by the
    // households already recorded, so a second run over the same database draws new ones.
    private Random _ids = new(0);

    public static string Progress(DemoFosteringResult r) => string.Create(CultureInfo.InvariantCulture,
        $"Generated fostering and adopting households: {r.Households} households, {r.Entries} reviews, visits and other entries");

    public async Task<DemoFosteringResult> GenerateAsync(CancellationToken ct)
    {
        _ids = new Random(unchecked(0x0F05 + (7919 * await db.HouseholdJourneys.CountAsync(ct))));
        var socialWorker = await db.Roles.AsNoTracking().Where(r => r.Name == nameof(Role.SocialWorker)).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var demoEmail = $"{DemoAuthorityGenerator.DemoUsers.First(u => u.Role == Role.SocialWorker).LocalPart}@{DemoAuthorityGenerator.EmailDomain}";
        _workers = [.. (await db.Users.AsNoTracking()
                .Where(u => u.TeamId != null && u.DeactivatedAtUtc == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == socialWorker))
                .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct))
            .OrderBy(u => u.Email == demoEmail ? 0 : 1).ThenBy(u => u.Email, StringComparer.Ordinal).Take(12).Select(u => (u.Id, u.DisplayName))];
        if (_workers.Count == 0)
        {
            return new DemoFosteringResult(0, 0);
        }
        var kinds = new[] { CarerKind.FosteringHousehold, CarerKind.ConnectedPersons, CarerKind.Adopters };
        var register = (await db.Carers.AsNoTracking().Where(c => kinds.Contains(c.Kind)).ToListAsync(ct))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
        foreach (var carer in register)
        {
            FromRegister(carer);
        }
        AtEachStage();
        db.Carers.AddRange(_added);
        db.HouseholdJourneys.AddRange(_journeys);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new DemoFosteringResult(_journeys.Count, _entries);
    }

    private string Worker() => _workers[_turn++ % _workers.Count].Id;

    private HouseholdJourney Journey(Carer carer, HouseholdRoute route, DateOnly enquiry)
    {
        var j = new HouseholdJourney { Id = _ids.NextGuid(), CarerId = carer.Id, Route = route, EnquiryOn = enquiry };
        _journeys.Add(j);
        Members(carer, j);
        return j;
    }

    /// <summary>The journey a household on the register has been through, to the approval recorded there.</summary>
    private void FromRegister(Carer carer)
    {
        var n = _journeys.Count;
        var approvedOn = carer.ApprovedOn ?? today.AddDays(-90 - (n % 5 * 30));
        switch (carer.Kind, carer.Approval)
        {
            case (CarerKind.FosteringHousehold, CarerApproval.BeingAssessed):
            {
                // Every 2nd Form F has run past its 8 months.
                var applied = today.AddDays(n % 2 == 0 ? -270 : -120);
                var j = Journey(carer, HouseholdRoute.Fostering, applied.AddDays(-45));
                j.InitialVisitOn = applied.AddDays(-20);
                j.AssessmentStartedOn = applied;
                j.AssessingWorkerUserId = Worker();
                break;
            }
            case (CarerKind.FosteringHousehold, _):
            {
                var j = Approved(carer, HouseholdRoute.Fostering, approvedOn, n);
                j.AgeFrom = n % 3 == 0 ? 0 : 5;
                j.AgeTo = n % 3 == 0 ? 10 : 17;
                j.CareTypes = n % 2 == 0 ? FosteringCareTypes.ShortTerm | FosteringCareTypes.Respite : FosteringCareTypes.ShortTerm | FosteringCareTypes.LongTerm;
                if (carer.Approval == CarerApproval.Suspended)
                {
                    Entry(j, HouseholdEntryKind.Allegation, today.AddDays(-20), "A child said they were smacked; referred to the LADO, strategy discussion held.", null, null);
                }
                if (carer.Approval == CarerApproval.Deregistered)
                {
                    j.EndedOn = today.AddDays(-30);
                    j.EndReason = HouseholdEndReason.Resigned;
                    j.EndNote = "Retired from fostering.";
                }
                break;
            }
            case (CarerKind.ConnectedPersons, CarerApproval.TemporarilyApproved):
            {
                var j = Journey(carer, HouseholdRoute.ConnectedPersons, approvedOn);
                j.TemporaryApprovalOn = approvedOn;
                j.TemporaryApprovalChild = ChildIn(carer.Name);
                j.CareTypes = FosteringCareTypes.ConnectedPerson;
                j.AssessmentStartedOn = Min(approvedOn.AddDays(7), today);
                j.AssessingWorkerUserId = Worker();
                break;
            }
            case (CarerKind.ConnectedPersons, _):
            {
                var temporary = approvedOn.AddDays(-100);
                var j = Approved(carer, HouseholdRoute.ConnectedPersons, approvedOn, n, enquiry: temporary);
                j.TemporaryApprovalOn = temporary;
                j.TemporaryApprovalChild = ChildIn(carer.Name);
                j.AgeFrom = 0;
                j.AgeTo = 17;
                j.CareTypes = FosteringCareTypes.ConnectedPerson;
                break;
            }
            default:
            {
                var j = Approved(carer, HouseholdRoute.Adoption, approvedOn, n);
                j.StageTwoStartedOn = approvedOn.AddDays(-130);
                break;
            }
        }
    }

    /// <summary>Enquiry, assessment, panel and decision before <paramref name="approvedOn"/>, then reviews and visits since.</summary>
    private HouseholdJourney Approved(Carer carer, HouseholdRoute route, DateOnly approvedOn, int n, DateOnly? enquiry = null)
    {
        var j = Journey(carer, route, enquiry ?? approvedOn.AddDays(-300));
        j.InitialVisitOn = route == HouseholdRoute.ConnectedPersons ? null : j.EnquiryOn.AddDays(14);
        j.AssessmentStartedOn = route == HouseholdRoute.ConnectedPersons ? j.EnquiryOn.AddDays(7) : approvedOn.AddDays(-220);
        j.AssessingWorkerUserId = Worker();
        j.PanelOn = approvedOn.AddDays(-7);
        j.PanelRecommendedApproval = true;
        j.DecisionOn = approvedOn;
        j.Approved = true;
        j.SupervisingWorkerUserId = Worker();
        if (route == HouseholdRoute.Adoption)
        {
            Entry(j, HouseholdEntryKind.Training, j.AssessmentStartedOn.Value.AddDays(20), "Adoption preparation course (three days)", null, null);
            return j;
        }
        // A review every year since approval (the first at panel); every 4th household has missed its latest, so it is overdue.
        var reviews = new List<DateOnly>();
        for (var due = approvedOn.AddYears(1); due.AddDays(-21) <= today; due = due.AddYears(1))
        {
            reviews.Add(due.AddDays(-21));
        }
        if (n % 4 == 1 && reviews.Count > 0)
        {
            reviews.RemoveAt(reviews.Count - 1);
        }
        for (var i = 0; i < reviews.Count; i++)
        {
            Entry(j, HouseholdEntryKind.AnnualReview, reviews[i], i == 0 ? "First review: the carers and the children placed are doing well." : "Annual review: approval continues on the same terms.",
                i == 0 ? Min(reviews[i].AddDays(14), today) : null, "Continue approval");
        }
        // An unannounced visit within each year, and the training standards within 12 months (18 for connected persons).
        for (var visit = approvedOn.AddDays(150); visit <= today; visit = visit.AddDays(330))
        {
            Entry(j, HouseholdEntryKind.UnannouncedVisit, visit, "Unannounced visit: home warm and tidy, children's rooms seen.", null, null);
        }
        if (approvedOn.AddDays(200) <= today && n % 5 != 2)
        {
            Entry(j, HouseholdEntryKind.TrainingStandards, approvedOn.AddDays(200), "Training, support and development standards workbook signed off", null, null);
        }
        if (today.AddDays(-12) >= approvedOn)
        {
            Entry(j, HouseholdEntryKind.SupervisoryVisit, today.AddDays(-12 - (n % 20)), "Supervision visit: placement stable, respite requested for the summer.", null, null);
        }
        return j;
    }

    /// <summary>One household at each stage before approval, so every stage and clock has someone in it.</summary>
    private void AtEachStage()
    {
        HouseholdJourney New(string name, HouseholdRoute route, int enquiryDaysAgo)
        {
            var carer = new Carer
            {
                Id = _ids.NextGuid(), Name = name, Kind = HouseholdText.CarerKindFor(route), ProviderCode = "PR1",
                Approval = CarerApproval.BeingAssessed, Notes = "Added from the fostering and adoption team's records.",
            };
            _added.Add(carer);
            return Journey(carer, route, today.AddDays(-enquiryDaysAgo));
        }
        New("Priya and Dev Sharma", HouseholdRoute.Fostering, 6);
        New("Lucy Brennan", HouseholdRoute.Fostering, 40).InitialVisitOn = today.AddDays(-24);
        var assessing = New("Aisha and Omar Haddad", HouseholdRoute.Fostering, 160);
        assessing.InitialVisitOn = today.AddDays(-150);
        assessing.AssessmentStartedOn = today.AddDays(-130);
        assessing.AssessingWorkerUserId = _workers[0].Id;
        // A Form F past its 8 months.
        var late = New("Gareth and Rhian Price", HouseholdRoute.Fostering, 300);
        late.InitialVisitOn = today.AddDays(-285);
        late.AssessmentStartedOn = today.AddDays(-255);
        late.AssessingWorkerUserId = Worker();
        var panel = New("Margaret and Colin Webb", HouseholdRoute.Fostering, 290);
        panel.InitialVisitOn = today.AddDays(-280);
        panel.AssessmentStartedOn = today.AddDays(-230);
        panel.AssessingWorkerUserId = Worker();
        panel.PanelOn = today.AddDays(-3);
        panel.PanelRecommendedApproval = true;

        // Connected persons: 6 days left of their 16 weeks, and another extended by 8 weeks.
        foreach (var (name, child, daysAgo, extended) in new[] { ("Grace Owusu (Tyler's grandmother)", "Tyler", 106, false), ("Steve Barker (Mia's uncle)", "Mia", 125, true) })
        {
            var j = New(name, HouseholdRoute.ConnectedPersons, daysAgo);
            j.TemporaryApprovalOn = today.AddDays(-daysAgo);
            j.TemporaryApprovalChild = child;
            j.CareTypes = FosteringCareTypes.ConnectedPerson;
            j.AssessmentStartedOn = today.AddDays(-daysAgo + 5);
            j.AssessingWorkerUserId = _workers[0].Id;
            if (extended)
            {
                j.TemporaryApprovalExtendedOn = today.AddDays(-daysAgo + 105);
                j.TemporaryApprovalExtensionWeeks = 8;
            }
            var carer = _added[^1];
            carer.Approval = CarerApproval.TemporarilyApproved;
            carer.ApprovedOn = j.TemporaryApprovalOn;
            carer.Places = 1;
        }

        // Adopters in stage one, in stage two, and late in stage two.
        var one = New("Ben and Chris Taylor", HouseholdRoute.Adoption, 45);
        one.InitialVisitOn = today.AddDays(-38);
        one.AssessmentStartedOn = today.AddDays(-30);
        one.AssessingWorkerUserId = Worker();
        foreach (var (name, stageTwoDaysAgo) in new[] { ("Emma and James Holt", 60), ("Fiona Mackay", 140) })
        {
            var two = New(name, HouseholdRoute.Adoption, stageTwoDaysAgo + 90);
            two.InitialVisitOn = today.AddDays(-stageTwoDaysAgo - 80);
            two.AssessmentStartedOn = today.AddDays(-stageTwoDaysAgo - 60);
            two.StageTwoStartedOn = today.AddDays(-stageTwoDaysAgo);
            two.AssessingWorkerUserId = Worker();
            Entry(two, HouseholdEntryKind.Training, two.AssessmentStartedOn.Value.AddDays(20), "Adoption preparation course (three days)", null, null);
        }
    }

    /// <summary>"Mr and Mrs Ellis" is two applicants, anyone else one; every 3rd household has a child of its own.</summary>
    private void Members(Carer carer, HouseholdJourney j)
    {
        var name = carer.Name.Split(" (", 2)[0];
        var surname = name.Split(' ')[^1];
        string[] applicants = name.StartsWith("Mr and Mrs ", StringComparison.Ordinal) ? [$"Mr {surname}", $"Mrs {surname}"] : [name];
        foreach (var applicant in applicants)
        {
            j.Members.Add(new HouseholdMember { Id = _ids.NextGuid(), JourneyId = j.Id, Name = applicant, Role = HouseholdMemberRole.Applicant });
        }
        if (_journeys.Count % 3 == 0)
        {
            j.Members.Add(new HouseholdMember
            {
                Id = _ids.NextGuid(), JourneyId = j.Id, Name = $"Sam {surname}", Role = HouseholdMemberRole.ChildOfTheFamily, BornOn = today.AddYears(-9).AddDays(-_journeys.Count),
            });
        }
    }

    private void Entry(HouseholdJourney j, HouseholdEntryKind kind, DateOnly on, string summary, DateOnly? panelOn, string? outcome)
    {
        if (on > today || on < j.EnquiryOn)
        {
            return;
        }
        var worker = j.SupervisingWorkerUserId ?? j.AssessingWorkerUserId ?? _workers[0].Id;
        j.Entries.Add(new HouseholdEntry
        {
            Id = _ids.NextGuid(), JourneyId = j.Id, Kind = kind, On = on, Summary = summary, PanelOn = panelOn, Outcome = outcome, OutcomeOn = outcome is null ? null : panelOn ?? on,
            RecordedByUserId = worker, RecordedByName = _workers.First(w => w.Id == worker).Name, RecordedAtUtc = nowUtc,
        });
        _entries++;
    }

    /// <summary>The child's name in "Mrs Ellis (Amy's grandmother)".</summary>
    private static string ChildIn(string carerName) =>
        carerName.IndexOf('(', StringComparison.Ordinal) is var open and >= 0 && carerName.IndexOf('\'', open) is var apostrophe and > 0
            ? carerName[(open + 1)..apostrophe] : "the child placed";

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
