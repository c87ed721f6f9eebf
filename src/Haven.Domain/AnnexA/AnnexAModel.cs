using Haven.Domain.CinCensus;
using Haven.Domain.EarlyHelp;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Domain.Ssda903;

namespace Haven.Domain.AnnexA;

/// <summary>
/// One child's record as Annex A reads it: the social care episodes as the CIN census loads them, the care record as
/// the SSDA903 return loads it (so the three are read the same way), contacts, early help, and who the child is
/// allocated to at the end of the range (team and worker by name).
/// </summary>
public sealed record AnnexAChildRecord(
    ChildCaseRecord Social,
    Ssda903ChildRecord Care,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<EarlyHelpEpisode> EarlyHelp,
    string? AllocatedTeam,
    string? AllocatedWorker)
{
    public Person Person => Social.Child;
}

/// <summary>A row of a list: its cells in the list's column order (text, dates as <see cref="DateOnly"/>, counts), and whose it is, for the drill to the child.</summary>
public sealed record AnnexARow(Guid PersonId, string ChildId, IReadOnlyList<object?> Cells);

/// <summary>
/// One of Ofsted's eleven lists: its sheet name ("List 1" ...), what it holds, its column headings in Ofsted's
/// order, and how a child's record becomes its rows for a date range.
/// </summary>
public sealed class AnnexAList(int number, string title, IReadOnlyList<string> columns, Func<AnnexAChildRecord, CensusPeriod, IEnumerable<object?[]>> rows)
{
    public int Number { get; } = number;
    public string SheetName => $"List {Number}";
    public string Title { get; } = title;
    public IReadOnlyList<string> Columns { get; } = columns;

    public IEnumerable<AnnexARow> Rows(AnnexAChildRecord record, CensusPeriod range)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(range);
        return rows(record, range).Select(cells => new AnnexARow(record.Person.Id, record.Person.LaPersonId, cells));
    }
}

/// <summary>The eleven lists' rows for a date range, built a child at a time.</summary>
public sealed class AnnexAReturn
{
    private readonly Dictionary<int, List<AnnexARow>> _rows = AnnexALists.All.ToDictionary(l => l.Number, _ => new List<AnnexARow>());

    public AnnexAReturn(CensusPeriod range)
    {
        ArgumentNullException.ThrowIfNull(range);
        Range = range;
    }

    public CensusPeriod Range { get; }

    public void Add(AnnexAChildRecord record)
    {
        foreach (var list in AnnexALists.All)
        {
            _rows[list.Number].AddRange(list.Rows(record, Range));
        }
    }

    public IReadOnlyList<AnnexARow> RowsOf(AnnexAList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return _rows[list.Number];
    }

    public int Count => _rows.Values.Sum(r => r.Count);
}
