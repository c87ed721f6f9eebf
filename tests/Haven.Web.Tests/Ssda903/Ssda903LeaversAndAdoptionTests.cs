using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CareLeavers;
using Haven.Domain.CinCensus;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.Permanence;
using Haven.Domain.People;
using Haven.Domain.Ssda903;
using Haven.Domain.Workforce;
using Haven.Web.Features.Ssda903;
using Haven.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Ssda903;

/// <summary>
/// The SSDA903 files made from the care leaver, adoption and permanence records (oc3, ad1, placed_for_adoption and
/// previous_permanence) on both databases, each child's exact row. Its own fixture, so the return holds only these
/// children.
/// </summary>
public abstract class Ssda903LeaversAndAdoptionTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private static readonly CensusPeriod Year2026 = CensusPeriod.YearEnding(2026);
    private static readonly DateTime Recorded = new(2025, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    private static CarePeriod Period(Person child, Guid referralId, DateOnly start, ApplicationUser worker, (DateOnly From, string Code)[] statuses,
        (DateOnly From, string Type)[] placements, DateOnly? end = null, string? reason = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referralId, StartDate = start, EntryRoute = CareEntryRoute.CourtOrder,
        DecisionBy = "Head of service", DecisionOn = start, DecisionRationale = "Care order.", CategoryOfNeed = "N1",
        CarePlanDueOn = start.AddDays(14), EndDate = end, ReasonCeased = reason,
        RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = Recorded,
        LegalStatuses = [.. statuses.Select(s => new CareLegalStatus { Id = Guid.NewGuid(), From = s.From, Code = s.Code, RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = Recorded })],
        Placements = [.. placements.Select((p, i) => new Placement
        {
            Id = Guid.NewGuid(), PersonId = child.Id, StartDate = p.From, EndDate = i + 1 < placements.Length ? placements[i + 1].From : end,
            PlacementType = p.Type, ProviderCode = "PR1", CarerName = "Carers", Postcode = "LS2 2BB",
            ReasonForChange = i + 1 < placements.Length ? "CARPL" : null,
            RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName, RecordedAtUtc = Recorded,
        })],
    };

    private static AdoptionJourney Journey(Person child, CarePeriod period, DateOnly decided) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, CarePeriodId = period.Id, DecisionOn = decided, DecisionBy = "Agency decision maker",
        DecisionRationale = "Adoption is in the child's best interests.", RecordedByUserId = "adm", RecordedByName = "ADM", RecordedAtUtc = Recorded,
    };

    private static CareLeaverContact Contact(Person young, DateOnly on, string inTouch, string? activity = null, string? accommodation = null, bool? suitable = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = young.Id, ContactOn = on, InTouch = inTouch, Activity = activity, Accommodation = accommodation,
        AccommodationSuitable = suitable, RecordedByUserId = "pa", RecordedByName = "Personal adviser", RecordedAtUtc = Recorded,
    };

    private static Referral ReferralFor(Person child, DateOnly on) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = on, SourceCode = "5A", PrimaryNeedCode = "N1",
    };

    /// <summary>
    /// Eli left care at 18 and was in touch, working full time in his own flat, around his 20th birthday. Fay left care
    /// at 18 and nobody reached her around her 21st. Gus was adopted in October (decision, match and placement earlier).
    /// Hana's adoption decision was reversed in July; she had been under a special guardianship order before care.
    /// Ivy, 19, was looked after only between 15 and 16: not a care leaver, so not in the return.
    /// </summary>
    [Fact]
    public async Task Care_leavers_adoptions_reversals_and_previous_permanence_each_give_their_exact_row_and_pass_the_rules()
    {
        var worker = await app.CreateUserAsync("Leaver Return Worker", Role.SocialWorker);
        var eli = await app.RegisterAsync(worker, "Eli", "Leaver", new DateOnly(2005, 9, 1));
        var fay = await app.RegisterAsync(worker, "Fay", "Leaver", new DateOnly(2004, 11, 30));
        var gus = await app.RegisterAsync(worker, "Gus", "Adopted", new DateOnly(2021, 2, 1));
        var hana = await app.RegisterAsync(worker, "Hana", "Reversed", new DateOnly(2019, 7, 7));
        var ivy = await app.RegisterAsync(worker, "Ivy", "Short", new DateOnly(2006, 6, 1));
        await app.WithDbAsync(async db =>
        {
            var referrals = new[] { eli, fay, gus, hana, ivy }.Select(p => ReferralFor(p, p.DateOfBirth!.Value.AddYears(1))).ToList();
            db.Referrals.AddRange(referrals);
            var periodE = Period(eli, referrals[0].Id, new DateOnly(2019, 5, 1), worker, [(new(2019, 5, 1), "C2")], [(new(2019, 5, 1), "U6")], new DateOnly(2023, 9, 1), "E8");
            var periodF = Period(fay, referrals[1].Id, new DateOnly(2018, 1, 1), worker, [(new(2018, 1, 1), "C2")], [(new(2018, 1, 1), "U6")], new DateOnly(2022, 11, 30), "E8");
            var periodG = Period(gus, referrals[2].Id, new DateOnly(2022, 3, 1), worker,
                [(new(2022, 3, 1), "C2"), (new(2023, 5, 1), "E1")], [(new(2022, 3, 1), "U6"), (new(2024, 6, 1), "A6")], new DateOnly(2025, 10, 15), "E11");
            periodG.PreviousPermanence = "Z1";
            var periodH = Period(hana, referrals[3].Id, new DateOnly(2023, 2, 1), worker, [(new(2023, 2, 1), "C2")], [(new(2023, 2, 1), "U6")]);
            (periodH.PreviousPermanence, periodH.PreviousPermanenceOn) = ("P2", new DateOnly(2021, 5, 5));
            var periodI = Period(ivy, referrals[4].Id, new DateOnly(2021, 7, 1), worker, [(new(2021, 7, 1), "V2")], [(new(2021, 7, 1), "U6")], new DateOnly(2022, 2, 1), "E4A");
            db.CarePeriods.AddRange(periodE, periodF, periodG, periodH, periodI);

            db.CareLeaverContacts.AddRange(
                Contact(eli, new DateOnly(2025, 8, 20), "YES", "F2", "U", suitable: true),
                // Outside the window (three months before to a month after the birthday): it does not answer it.
                Contact(fay, new DateOnly(2025, 6, 1), "YES", "F2", "U", suitable: true));

            var adopted = Journey(gus, periodG, new DateOnly(2023, 1, 10));
            (adopted.MatchingPanelOn, adopted.MatchedOn, adopted.PlacedOn) = (new DateOnly(2024, 5, 14), new DateOnly(2024, 5, 20), new DateOnly(2024, 6, 1));
            (adopted.AdoptedByFosterCarers, adopted.NumberOfAdopters, adopted.AdoptersSex, adopted.AdoptersLegalStatus) = (false, 2, "MF", "L11");
            var reversed = Journey(hana, periodH, new DateOnly(2024, 3, 1));
            (reversed.ReversedOn, reversed.ReversalReason) = (new DateOnly(2025, 7, 1), "RD1");
            db.AdoptionJourneys.AddRange(adopted, reversed);
            await db.SaveChangesAsync();
        });
        var (e, f, g, h) = (eli.LaPersonId, fay.LaPersonId, gus.LaPersonId, hana.LaPersonId);

        Ssda903Return ssda903;
        using (var scope = app.Services.CreateScope())
        {
            ssda903 = await scope.ServiceProvider.GetRequiredService<Ssda903Exporter>().BuildAsync(Year2026, CancellationToken.None);
        }
        var files = Ssda903Writer.Files(ssda903).ToDictionary(x => x.FileName, x => x.Text);

        static string Rows(string header, params string[] rows) => header + "\r\n" + string.Concat(rows.Order(StringComparer.Ordinal).Select(r => r + "\r\n"));
        Assert.Equal(new string[] { e, f, g, h }.Order(StringComparer.Ordinal), ssda903.Header.Select(x => x.Child ?? "").Order(StringComparer.Ordinal));
        Assert.Equal(Rows("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", $"{e},01/09/2005,YES,F2,U1", $"{f},30/11/2004,NO,0,0"), files["oc3.csv"]);
        Assert.Equal(Rows("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", $"{g},01/02/2021,10/01/2023,20/05/2024,0,2,MF,L11"), files["ad1.csv"]);
        Assert.Equal(Rows("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", $"{g},01/02/2021,10/01/2023,,", $"{h},07/07/2019,01/03/2024,01/07/2025,RD1"), files["placed_for_adoption.csv"]);
        Assert.Equal(Rows("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", $"{g},01/02/2021,Z1,,", $"{h},07/07/2019,P2,,05/05/2021"), files["previous_permanence.csv"]);
        // The care leavers are in the header only: no episodes, UASC or social worker rows for a year they were not in care.
        Assert.DoesNotContain(ssda903.Episodes, x => x.Child == e || x.Child == f);
        Assert.DoesNotContain(ssda903.SwEpisodes, x => x.Child == e || x.Child == f);

        var read = Ssda903Reader.Read(files.Select(x => (x.Key, x.Value)));
        Assert.Empty(read.Problems);
        Assert.Equal(ssda903, read.Return);
        Assert.Empty(new Ssda903Validator().Validate(read, Year2026).Issues);
    }
}

public sealed class Ssda903LeaversAndAdoptionTestsOnSqlite(SqliteAppFactory app) : Ssda903LeaversAndAdoptionTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class Ssda903LeaversAndAdoptionTestsOnPostgres(PostgresAppFactory app) : Ssda903LeaversAndAdoptionTests<PostgresAppFactory>(app);
