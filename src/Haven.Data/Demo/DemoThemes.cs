using System.Globalization;
using Haven.Domain.FrontDoor;
using Haven.Domain.Safeguarding;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>What the domestic abuse and LADO generator made, for the tests.</summary>
public sealed record DemoThemesResult(int DashContacts, int MaracReferrals, int RepeatMaracReferrals, int Allegations);

/// <summary>
/// Domestic abuse and allegations against adults who work with children for the demo authority, by turn (never by
/// chance) so the pages always have the same things to show: police notifications carry a DASH risk level in turn (none,
/// standard, medium, high); each child with a high-risk notification was referred to MARAC a few days later, with the
/// meeting two weeks after, and every 3rd of them was referred once before, 200 days earlier, so the later referral is a
/// repeat; the demo service manager (<c>service.manager@</c>) holds the designated officer duty, with twelve allegations
/// in every state (received, overdue, being considered, each outcome, closed), some linked to children. Ids come from a
/// seeded stream; dates never pass <c>today</c>.
/// </summary>
public sealed class DemoThemes(HavenDbContext db, int seed, DateOnly today, DateTime nowUtc)
{
    private readonly Random _ids = new(unchecked((seed * 131) + 17));

    private static readonly (string Adult, string Employer, string Role, string Details, string ReportedBy)[] Adults =
    [
        ("Mark Hollis", "Hillside Primary School", "Teaching assistant", "A pupil said he grabbed her arm hard in the playground.", "Head teacher"),
        ("Dean Carver", "Northbridge Juniors FC", "Football coach", "Parents report he sends players private messages late at night.", "Club welfare officer"),
        ("Susan Pryce", "Little Acorns Nursery", "Nursery practitioner", "A child came home with a bruise and said 'Susan did it'.", "Parent"),
        ("Tom Ellery", "Kingsford Academy", "PE teacher", "A student says he made comments about her body in a lesson.", "Designated safeguarding lead"),
        ("Grace Whitfield", "Havenshire Fostering Agency", "Foster carer", "A child placed with her says she locks him in his room.", "Supervising social worker"),
        ("Paul Okoye", "St Mary's Church", "Youth group volunteer", "Images of children were found on his phone by the police.", "Police"),
    ];

    private static readonly string[] Actions =
    [
        "No further action by the employer",
        "Training and a written warning",
        "Dismissed; referred to the Disclosure and Barring Service",
        "Resigned during the investigation; referred to the Teaching Regulation Agency",
    ];

    private int _dash;
    private int _marac;
    private int _repeat;
    private int _allegations;

    public static string Progress(DemoThemesResult r) => string.Create(CultureInfo.InvariantCulture,
        $"Generated domestic abuse and LADO work: {r.DashContacts} police notifications with a DASH risk level, {r.MaracReferrals} MARAC referrals ({r.RepeatMaracReferrals} repeats), {r.Allegations} allegations");

    public async Task<DemoThemesResult> GenerateAsync(CancellationToken ct)
    {
        await PoliceNotificationsAsync(ct);
        await AllegationsAsync(ct);
        await db.SaveChangesAsync(ct);
        return new DemoThemesResult(_dash, _marac, _repeat, _allegations);
    }

    private async Task PoliceNotificationsAsync(CancellationToken ct)
    {
        var police = await db.Contacts.Where(c => c.Route == ContactRoute.PoliceNotification && c.SourceCode == FrontDoorCodes.PoliceSource)
            .OrderBy(c => c.Reference).ToListAsync(ct);
        var referred = new HashSet<Guid>();
        var high = 0;
        for (var i = 0; i < police.Count; i++)
        {
            var contact = police[i];
            contact.DashRiskLevel = (i % 4) switch { 1 => DashRiskLevel.Standard, 2 => DashRiskLevel.Medium, 3 => DashRiskLevel.High, _ => null };
            _dash += contact.DashRiskLevel is null ? 0 : 1;
            var received = DateOnly.FromDateTime(contact.ReceivedAtUtc);
            if (contact.DashRiskLevel != DashRiskLevel.High || received.AddDays(3) > today || !referred.Add(contact.PersonId))
            {
                continue;
            }
            var on = received.AddDays(3);
            // Every 3rd family was referred before, so this referral is a repeat (within 12 months of that one).
            if (high++ % 3 == 0)
            {
                Refer(contact.PersonId, on.AddDays(-200), "Havenshire Police", DashRiskLevel.Medium, "Police to carry out safety planning with the mother");
                _repeat++;
            }
            Refer(contact.PersonId, on, "Havenshire Police", DashRiskLevel.High, "Social worker to visit within 5 working days and agree a safety plan with the family");
        }
    }

    private void Refer(Guid personId, DateOnly on, string by, DashRiskLevel level, string actions)
    {
        var meeting = on.AddDays(14);
        db.MaracReferrals.Add(new MaracReferral
        {
            Id = _ids.NextGuid(), PersonId = personId, ReferredOn = on, ReferredBy = by, RiskLevel = level,
            MeetingOn = meeting <= today ? meeting : null, Actions = meeting <= today ? actions : null,
            RecordedByUserId = "demo", RecordedByName = "Front door", RecordedAtUtc = nowUtc,
        });
        _marac++;
    }

    private async Task AllegationsAsync(CancellationToken ct)
    {
        var officerEmail = $"{DemoAuthorityGenerator.DemoUsers.First(u => u.Role == Haven.Domain.Access.Role.ServiceManager).LocalPart}@{DemoAuthorityGenerator.EmailDomain}";
        var officer = await db.Users.SingleOrDefaultAsync(u => u.Email == officerEmail, ct);
        if (officer is null)
        {
            return;
        }
        officer.IsDesignatedOfficer = true;
        var children = await db.People.AsNoTracking().Where(p => p.Kind == Haven.Domain.People.PersonKind.Child && p.DateOfBirth != null && !p.IsRestricted)
            .OrderBy(p => p.LaPersonId).Select(p => p.Id).Take(240).ToListAsync(ct);
        var outcomes = Enum.GetValues<AllegationOutcome>();
        var decided = 0;
        for (var i = 0; i < 12; i++)
        {
            var (adult, employer, role, details, reportedBy) = Adults[i % Adults.Length];
            // Received today, received and not considered (overdue), being considered (outcome overdue), then outcomes and closures.
            var state = i % 6;
            var received = today.AddDays(-(state switch { 0 => 0, 1 => 6, 2 => 45, _ => 60 + (i * 7) }));
            var a = new Allegation
            {
                Id = _ids.NextGuid(), AdultName = i < Adults.Length ? adult : $"{adult.Split(' ')[0]} {Adults[(i + 1) % Adults.Length].Adult.Split(' ')[1]}",
                Employer = employer, AdultRole = role, Details = details, ReportedBy = reportedBy, ReceivedOn = received,
                RecordedByUserId = officer.Id, RecordedByName = officer.DisplayName, RecordedAtUtc = nowUtc,
            };
            if (state >= 2)
            {
                a.InitialConsiderationOn = received.AddDays(1);
                a.InitialConsiderationDecision = "The harm test is met: strategy meeting with the police and children's social care";
                a.StrategyMeetingOn = received.AddDays(3);
            }
            if (state >= 3)
            {
                a.EvaluationMeetingOn = received.AddDays(i % 2 == 0 ? 25 : 40);
                a.Outcome = outcomes[decided++ % outcomes.Length];
                a.OutcomeOn = a.EvaluationMeetingOn;
                a.EmployerAction = Actions[i % Actions.Length];
            }
            if (state >= 4)
            {
                a.ClosedOn = a.OutcomeOn!.Value.AddDays(7);
            }
            if (children.Count > 0)
            {
                a.Children.Add(new AllegationChild { Id = _ids.NextGuid(), AllegationId = a.Id, PersonId = children[(i * 19) % children.Count] });
            }
            db.Allegations.Add(a);
            _allegations++;
        }
    }
}
