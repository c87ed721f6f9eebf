using BenchmarkDotNet.Attributes;
using Haven.Domain.Calendar;
using Haven.Domain.People;

namespace Haven.Bench;

/// <summary>
/// The rules that run on every page of a caseload (due dates) and every search result (name scores), so
/// they must stay cheap: a caseload page computes hundreds of due dates, a search scores up to 2,000 names.
/// </summary>
[MemoryDiagnoser]
public class DomainBenchmarks
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateOnly Start = new(2025, 12, 15);

    [Benchmark]
    public DateOnly FortyFiveWorkingDaysAcrossChristmas() => Calendar.AddWorkingDays(Start, 45);

    [Benchmark]
    public double NameScoreSwappedAndMisspelt() => NameMatching.NameScore("Quraishi", "Mohamed", "Mohammed", "Quraishi");

    [Benchmark]
    public string PhoneticKey() => NameMatching.PhoneticKey("Featherstonehaugh");

    [Benchmark]
    public bool NhsNumberParse() => NhsNumber.TryParse("943 476 5919", out _);
}
