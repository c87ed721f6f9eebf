using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Calendar;
using Haven.Domain.CareLeavers;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Performance;
using Haven.Domain.Permanence;
using Haven.Web.Features.Performance;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Performance;

/// <summary>
/// The looked-after indicators read off the real loader (<see cref="ScorecardRecords"/>) on both databases, from a small
/// care history written to the database in 2014-15, a year no other test uses: a review clock over the Easter and May
/// bank holidays (K31), an adoption (A1, A2) and a care leaver's 19th birthday contact (K53); and the drill-down page
/// for K31 lists the child counted.
/// </summary>
public abstract class LookedAfterScorecardTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private const int YearEnding = 2015;
    private static readonly DateTime Recorded = new(2015, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    private sealed record History(Person Tom, Person Una, Person Vic, Person Wyn);

    private static CarePeriod Period(Person child, Guid referralId, DateOnly start, string legalStatus, string placement, DateOnly? end = null, string? reason = null)
    {
        var period = new CarePeriod
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referralId, StartDate = start, EntryRoute = CareEntryRoute.Accommodation,
            DecisionBy = "Head of service", DecisionOn = start, DecisionRationale = "Parents agreed accommodation.", CategoryOfNeed = "N1",
            CarePlanDueOn = start.AddDays(14), EndDate = end, ReasonCeased = reason, RecordedByUserId = "worker", RecordedByName = "Worker", RecordedAtUtc = Recorded,
        };
        period.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), From = start, Code = legalStatus, RecordedByUserId = "worker", RecordedByName = "Worker", RecordedAtUtc = Recorded });
        period.Placements.Add(new Placement
        {
            Id = Guid.NewGuid(), PersonId = child.Id, StartDate = start, EndDate = end, PlacementType = placement, ProviderCode = "PR1", CarerName = "The Carters",
            RecordedByUserId = "worker", RecordedByName = "Worker", RecordedAtUtc = Recorded,
        });
        return period;
    }

    private static CareReview Review(Person child, CarePeriod period, DateOnly on) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, CarePeriodId = period.Id, HeldOn = on, ChairUserId = "iro", ChairName = "IRO", Participation = "PN1",
        ChildsViews = "Happy where they are.", Decisions = "Plan continues.", RecordedByUserId = "iro", RecordedByName = "IRO", RecordedAtUtc = Recorded,
    };

    /// <summary>
    /// Tom came into care on Tuesday 1 April 2014 and had his first review on Thursday 1 May, the 20th working day
    /// (Good Friday and Easter Monday between), then within 3 and 6 months. Una came in on Wednesday 2 April; her first
    /// review on Tuesday 6 May (after the 5 May bank holiday) was a working day late. Vic was adopted on 1 December
    /// 2014, having moved in with his adopters 364 days after coming into care, 106 days after his placement order was
    /// matched. Wyn left care at 18 in June 2013 and was in touch around her 19th birthday, on 15 June 2014.
    /// </summary>
    private async Task<History> HistoryAsync()
    {
        var worker = await app.CreateUserAsync("Care Scorecard Worker", Role.SocialWorker);
        var tom = await app.RegisterAsync(worker, "Tom", "Careclock", new DateOnly(2008, 1, 1));
        var una = await app.RegisterAsync(worker, "Una", "Careclock", new DateOnly(2008, 1, 1));
        var vic = await app.RegisterAsync(worker, "Vic", "Adopted", new DateOnly(2012, 2, 1));
        var wyn = await app.RegisterAsync(worker, "Wyn", "Leaver", new DateOnly(1995, 6, 15));
        await app.WithDbAsync(async db =>
        {
            Referral Referral(Person p, DateOnly on) => new() { Id = Guid.NewGuid(), PersonId = p.Id, ReferralDate = on, SourceCode = "1A", PrimaryNeedCode = "N1" };
            var referrals = new[] { Referral(tom, new DateOnly(2014, 3, 1)), Referral(una, new DateOnly(2014, 3, 1)), Referral(vic, new DateOnly(2013, 5, 1)), Referral(wyn, new DateOnly(2009, 5, 1)) };
            db.Referrals.AddRange(referrals);

            var tomCare = Period(tom, referrals[0].Id, new DateOnly(2014, 4, 1), "C2", "U4");
            var unaCare = Period(una, referrals[1].Id, new DateOnly(2014, 4, 2), "V2", "U6");
            var vicCare = Period(vic, referrals[2].Id, new DateOnly(2013, 6, 3), "C2", "U6", new DateOnly(2014, 12, 1), "E11");
            vicCare.LegalStatuses.Add(new CareLegalStatus { Id = Guid.NewGuid(), From = new DateOnly(2013, 10, 1), Code = "E1", RecordedByUserId = "worker", RecordedByName = "Worker", RecordedAtUtc = Recorded });
            var wynCare = Period(wyn, referrals[3].Id, new DateOnly(2009, 6, 15), "C2", "U4", new DateOnly(2013, 6, 15), "E17");
            db.CarePeriods.AddRange(tomCare, unaCare, vicCare, wynCare);

            db.CareReviews.AddRange(
                Review(tom, tomCare, new DateOnly(2014, 5, 1)), Review(tom, tomCare, new DateOnly(2014, 7, 30)), Review(tom, tomCare, new DateOnly(2015, 1, 20)),
                Review(una, unaCare, new DateOnly(2014, 5, 6)), Review(una, unaCare, new DateOnly(2014, 7, 30)), Review(una, unaCare, new DateOnly(2015, 1, 20)));
            db.AdoptionJourneys.Add(new AdoptionJourney
            {
                Id = Guid.NewGuid(), PersonId = vic.Id, CarePeriodId = vicCare.Id, DecisionOn = new DateOnly(2013, 8, 1), DecisionBy = "Agency decision maker",
                DecisionRationale = "Adoption is in Vic's best interests.", MatchedOn = new DateOnly(2014, 1, 15), PlacedOn = new DateOnly(2014, 6, 2),
                RecordedByUserId = "worker", RecordedByName = "Worker", RecordedAtUtc = Recorded,
            });
            db.CareLeaverContacts.Add(new CareLeaverContact
            {
                Id = Guid.NewGuid(), PersonId = wyn.Id, ContactOn = new DateOnly(2014, 6, 1), InTouch = "YES", Accommodation = "U", AccommodationSuitable = true,
                Activity = "F2", RecordedByUserId = "pa", RecordedByName = "Personal adviser", RecordedAtUtc = Recorded,
            });
            await db.SaveChangesAsync();
        });
        return new History(tom, una, vic, wyn);
    }

    private async Task<ScorecardRecord> LoadAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ScorecardRecords>().LoadAsync(ReportingPeriod.Year(YearEnding).Start, CancellationToken.None);
    }

    [Fact]
    public async Task Reviews_adoption_and_care_leaver_indicators_come_off_the_loader_and_the_drill_down_lists_the_children()
    {
        var history = await HistoryAsync();
        var record = await LoadAsync();
        var year = ReportingPeriod.Year(YearEnding);
        var calendar = WorkingDayCalendar.EnglandAndWales;
        // Other tests share the database, so each figure is read for these children.
        IReadOnlyList<Guid> Ours(IEnumerable<CountedChild> children) => [.. children.Select(c => c.PersonId).Where(id => id == history.Tom.Id || id == history.Una.Id || id == history.Vic.Id || id == history.Wyn.Id)];

        var reviews = Indicators.ReviewsInTime.Compute(record, year, calendar);
        Assert.Equal([history.Tom.Id], Ours(reviews.Children.Numerator));
        Assert.Equal(new[] { history.Tom.Id, history.Una.Id }.Order(), Ours(reviews.Children.Denominator!).Order());

        var a1 = Indicators.AdoptionA1.Compute(record, year, calendar);
        var vic = Assert.Single(a1.Children.Numerator, c => c.PersonId == history.Vic.Id);
        Assert.Equal((364, new DateOnly(2014, 12, 1)), (vic.Days, vic.Date));
        var a2 = Indicators.AdoptionA2.Compute(record, year, calendar);
        Assert.Equal(106, Assert.Single(a2.Children.Numerator, c => c.PersonId == history.Vic.Id).Days);

        var inTouch = Indicators.CareLeaversInTouch.Compute(record, year, calendar);
        Assert.Equal([history.Wyn.Id], Ours(inTouch.Children.Numerator));
        Assert.Equal([history.Wyn.Id], Ours(Indicators.CareLeaversInEducationOrWork.Compute(record, year, calendar).Children.Numerator));

        var manager = await app.SignInAsync(await app.CreateUserAsync("Care Scorecard Manager", Role.ServiceManager));
        var drill = await manager.GetDocumentAsync("/performance/scorecard/K31?period=2014-15");
        Assert.Contains("Looked-after children whose reviews were all held within timescale", Html.MainText(drill), StringComparison.Ordinal);
        var numerator = drill.QuerySelector("#numerator + table, #numerator ~ table")!;
        Assert.Contains($"/people/{history.Tom.Id}", numerator.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"/people/{history.Una.Id}", numerator.InnerHtml, StringComparison.Ordinal);
    }
}

public sealed class LookedAfterScorecardTestsOnSqlite(SqliteAppFactory app) : LookedAfterScorecardTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class LookedAfterScorecardTestsOnPostgres(PostgresAppFactory app) : LookedAfterScorecardTests<PostgresAppFactory>(app);
