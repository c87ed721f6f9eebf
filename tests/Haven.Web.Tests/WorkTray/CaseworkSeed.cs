using Haven.Data;
using Haven.Domain.FrontDoor;
using Haven.Domain.Workforce;
using Haven.Web.Tests.Infrastructure;

namespace Haven.Web.Tests.WorkTray;

/// <summary>
/// Teams, allocations and episodes written straight through the DbContext, as the casework pages would leave
/// them, so the work tray, oversight and sharing tests do not depend on pages built elsewhere.
/// </summary>
public static class CaseworkSeed
{
    public static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Team> TeamAsync(this HavenAppFactory app, string name, string? managerUserId)
    {
        var team = new Team { Id = Guid.NewGuid(), Name = name, ManagerUserId = managerUserId, Service = "Child protection" };
        await app.WithDbAsync(async db =>
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        });
        return team;
    }

    public static Task AllocateAsync(this HavenAppFactory app, Guid personId, string workerUserId, Guid teamId, string from, string? to = null) =>
        app.WithDbAsync(async db =>
        {
            db.Allocations.Add(new Allocation
            {
                Id = Guid.NewGuid(), PersonId = personId, WorkerUserId = workerUserId, TeamId = teamId, StartDate = D(from), EndDate = to is null ? null : D(to),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>An open episode: a referral (with the contact it came from) on <paramref name="referred"/>.</summary>
    public static async Task<Referral> EpisodeAsync(this HavenAppFactory app, Guid personId, string referred, string recordedBy)
    {
        var contact = new Contact
        {
            Id = Guid.NewGuid(), ContactGroupId = Guid.NewGuid(), Reference = $"C-T-{Guid.NewGuid():N}"[..16], PersonId = personId,
            ReceivedAtUtc = D(referred).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), Route = ContactRoute.Phone, Kind = ContactKind.Referral,
            SourceCode = "2A", Concern = "Synthetic concern for a test.", RecordedByUserId = recordedBy,
        };
        var referral = new Referral { Id = Guid.NewGuid(), PersonId = personId, ContactId = contact.Id, ReferralDate = D(referred), SourceCode = "2A", PrimaryNeedCode = "N1" };
        await app.WithDbAsync(async db =>
        {
            db.Contacts.Add(contact);
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
        });
        return referral;
    }

    public static Task AddAsync(this HavenAppFactory app, params object[] entities) =>
        app.WithDbAsync(async db =>
        {
            db.AddRange(entities);
            await db.SaveChangesAsync();
        });
}
