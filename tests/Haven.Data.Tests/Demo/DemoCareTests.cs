using Haven.Data.Demo;
using Haven.Domain.Events;
using Haven.Domain.LookedAfter;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Tests.Demo;

/// <summary>
/// The demo's children in care, generated with the whole authority on SQLite: about 70 in 10,000 children in care,
/// every period passing the care rules the pages use, inside an open episode of the child, with the variety the lists
/// and the returns need (entries from plans and emergencies, changes of legal status, stable and unstable placements,
/// children who left care for each reason, unaccompanied children, a register of carers).
/// </summary>
public sealed class DemoCareTests
{
    private static readonly DateOnly Today = DemoDatabase.Today;

    [Fact]
    public async Task Children_in_care_are_true_to_life_and_every_period_passes_the_care_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var demo = await DemoDatabase.CreateAsync(1000, new DemoOptions().Seed);
        TestContext.Current.SendDiagnosticMessage($"1,000-child demo generated in {watch.Elapsed.TotalSeconds:N1} s");
        await using var db = demo.CreateContext();
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements).AsSplitQuery().ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        var born = await db.People.AsNoTracking().Where(p => p.DateOfBirth != null).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth!.Value, ct);
        var carers = await db.Carers.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var centroids = (await db.PostcodeCentroids.AsNoTracking().Select(c => c.Postcode).ToListAsync(ct)).ToHashSet();

        // About 70 in every 10,000 children are in care today (70 in this 1,000-child demo), and some have left.
        var open = periods.Where(p => p.IsOpen).ToList();
        TestContext.Current.SendDiagnosticMessage($"{periods.Count} periods, {open.Count} open, {periods.Sum(p => p.Placements.Count)} placements, {carers.Count} carers");
        Assert.InRange(open.Count, 60, 80);
        Assert.Equal(open.Count, open.Select(p => p.PersonId).Distinct().Count());

        foreach (var period in periods)
        {
            var others = periods.Where(o => o.PersonId == period.PersonId && o.Id != period.Id).Select(o => o.ToPeriodOfCare());
            var rules = CareRules.CheckPeriod(period.ToPeriodOfCare(), others, born[period.PersonId], Today);
            Assert.True(rules.IsValid, $"{period.Id}: {string.Join("; ", rules.Problems.Select(p => p.Message))}");
            Assert.NotEmpty(CareEpisodes.From(period.ToPeriodOfCare()));
            // Inside an open episode of the same child, as the CIN census expects.
            var episode = referrals[period.ReferralId];
            Assert.Equal(period.PersonId, episode.PersonId);
            Assert.True(episode.ReferralDate <= period.StartDate);
            Assert.True(episode.ClosedOn is null || episode.ClosedOn >= (period.EndDate ?? Today), $"episode {episode.Id} closed while the child was in care");
            Assert.True(period.IsOpen ? born[period.PersonId].AddYears(18) > Today : period.EndDate <= born[period.PersonId].AddYears(18));
            Assert.NotNull(period.IroUserId);
            Assert.All(period.Placements.Where(p => p.CarerId is not null), p => Assert.Contains(p.CarerId!.Value, carers.Keys));
            Assert.All(period.Placements.Where(p => p.Postcode is not null), p => Assert.Contains(p.Postcode!, centroids));
        }

        // How children came into care: from child protection plans and in emergencies.
        var routes = periods.Select(p => p.EntryRoute).ToHashSet();
        Assert.Superset(new HashSet<CareEntryRoute> { CareEntryRoute.FromChildProtectionPlan, CareEntryRoute.PoliceProtection, CareEntryRoute.EmergencyAccommodation, CareEntryRoute.CourtOrder }, routes);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.EndDate == null).Select(p => p.ReferralId).ToListAsync(ct);
        Assert.Contains(periods, p => p.EntryRoute == CareEntryRoute.FromChildProtectionPlan && plans.Contains(p.ReferralId));

        // Legal statuses change as proceedings go on.
        var changes = periods.SelectMany(p => p.LegalStatuses.OrderBy(s => s.From).Zip(p.LegalStatuses.OrderBy(s => s.From).Skip(1), (a, b) => $"{a.Code}>{b.Code}")).ToHashSet();
        Assert.Contains("C1>C2", changes);
        Assert.Contains(changes, c => c.StartsWith("L1>", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith("V2>", StringComparison.Ordinal));

        // Stability: some children with three or more placements in the last year, some settled for two years or more.
        var yearStart = Today.AddYears(-1).AddDays(1);
        Assert.Contains(open, p => PlacementStability.HadThreeOrMorePlacements([p.ToPeriodOfCare()], yearStart, Today));
        Assert.Contains(open, p => PlacementStability.SamePlacementForTwoYears(p.ToPeriodOfCare(), born[p.PersonId], Today) == true);
        var moves = periods.SelectMany(p => p.Placements).Where(p => p.EndDate is not null && p.ReasonForChange is not null).ToList();
        Assert.Contains(moves, m => m.MovePlanned == true);
        Assert.Contains(moves, m => m.MovePlanned == false);
        Assert.True(moves.Select(m => m.ReasonForChange).Distinct().Count() >= 4);

        // Children who left care, each with the DfE reason that fits: home, special guardianship, adoption, 18.
        var reasons = periods.Where(p => !p.IsOpen).Select(p => p.ReasonCeased!).ToHashSet();
        Assert.Contains(reasons, r => r.StartsWith("E4", StringComparison.Ordinal));
        Assert.Contains("E45", reasons);
        Assert.Contains(reasons, r => r is "E11" or "E12");
        Assert.Contains(reasons, r => r is "E17" or "E5" or "E6" or "E13");
        Assert.All(periods.Where(p => p.ReasonCeased is "E11" or "E12"), p => Assert.StartsWith("A", p.Placements.OrderBy(x => x.StartDate).Last().PlacementType, StringComparison.Ordinal));
        Assert.Contains(periods, p => p.Unaccompanied);
        Assert.Contains(periods, p => p.HomePostcode is not null && centroids.Contains(p.HomePostcode));

        // The register: fostering households, connected persons, agencies, homes with URNs, each passing the register's rules;
        // nobody placed today with carers who are suspended or have left.
        var kinds = carers.Values.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(kinds[CarerKind.FosteringHousehold] >= 20);
        Assert.True(kinds[CarerKind.ConnectedPersons] > 0 && kinds[CarerKind.IndependentFosteringAgency] > 0 && kinds[CarerKind.ChildrensHome] >= 4);
        Assert.All(carers.Values, c => Assert.True(CarerRules.Check(new CarerDetails(c.Name, c.Kind, c.ProviderCode, c.Urn, c.Postcode, c.OutOfAreaAuthority, c.Approval, c.ApprovedOn, c.Places, c.Notes), Today).IsValid, c.Name));
        Assert.Contains(carers.Values, c => c.Approval == CarerApproval.Suspended);
        Assert.All(open.SelectMany(p => p.Placements).Where(p => p.IsOpen && p.CarerId is not null),
            p => Assert.True(carers[p.CarerId!.Value].Approval is CarerApproval.Approved or CarerApproval.TemporarilyApproved));

        // Each step is in the record's history once.
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.Type == CaseEventTypes.CameIntoCare || e.Type == CaseEventTypes.LeftCare || e.Type == CaseEventTypes.PlacementChanged)
            .ToListAsync(ct);
        Assert.Equal(periods.Count, events.Count(e => e.Type == CaseEventTypes.CameIntoCare));
        Assert.Equal(periods.Count(p => !p.IsOpen), events.Count(e => e.Type == CaseEventTypes.LeftCare));
        Assert.Equal(periods.Sum(p => p.Placements.Count - 1), events.Count(e => e.Type == CaseEventTypes.PlacementChanged));
        Assert.All(events, e => Assert.True(e.OccurredAtUtc <= DemoDatabase.NowUtc));
    }
}
