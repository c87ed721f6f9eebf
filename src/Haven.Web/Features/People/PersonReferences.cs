using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Haven.Web.Features.People;

/// <summary>
/// Every column that makes a row part of a person's record, read from the EF model rather than listed by hand: each
/// foreign key to <see cref="Person"/>, on every table. Merging duplicates moves them all and its preview counts
/// them, so a table added later is merged without anyone remembering to. (Case events, the view log and break-glass
/// grants name a person without a key: they record what happened to that record, and stay with it.)
/// </summary>
public sealed class PersonReferences(HavenDbContext db)
{
    public sealed record Column(IEntityType Table, IProperty Property);

    /// <summary>
    /// What a row of each table is called in a sentence, in the order a worker reads a record (the person, the front
    /// door, then casework); null for tables people never see (the search index).
    /// </summary>
    private static readonly Dictionary<Type, (string One, string Many)?> Words = new()
    {
        [typeof(PersonName)] = ("other name", "other names"),
        [typeof(Address)] = ("address", "addresses"),
        [typeof(ContactDetail)] = ("contact detail", "contact details"),
        [typeof(PersonFlag)] = ("warning", "warnings"),
        [typeof(Relationship)] = ("family member or relationship", "family members and relationships"),
        [typeof(ProfessionalInvolvement)] = ("professional involvement", "professional involvements"),
        [typeof(Haven.Domain.Workforce.Allocation)] = ("allocation", "allocations"),
        [typeof(RestrictedAccessGrant)] = ("named user", "named users"),
        [typeof(Contact)] = ("contact", "contacts"),
        [typeof(Referral)] = ("referral", "referrals"),
        [typeof(PartnerSubmission)] = ("partner referral form", "partner referral forms"),
        [typeof(EarlyHelpEpisode)] = ("early help episode", "early help episodes"),
        [typeof(Assessment)] = ("assessment", "assessments"),
        [typeof(StrategyDiscussion)] = ("strategy discussion", "strategy discussions"),
        [typeof(Section47Enquiry)] = ("section 47 enquiry", "section 47 enquiries"),
        [typeof(ChildProtectionConference)] = ("child protection conference", "child protection conferences"),
        [typeof(ChildProtectionPlan)] = ("child protection plan", "child protection plans"),
        [typeof(ChildInNeedPlan)] = ("child in need plan", "child in need plans"),
        [typeof(CarePeriod)] = ("period of care", "periods of care"),
        [typeof(Placement)] = ("placement", "placements"),
        [typeof(CaseNote)] = ("case note", "case notes"),
        [typeof(CaseDocument)] = ("document", "documents"),
        [typeof(ChronologyEntry)] = ("chronology entry", "chronology entries"),
        [typeof(ChronologyMark)] = ("chronology significance mark", "chronology significance marks"),
        [typeof(OversightRecord)] = ("management oversight record", "management oversight records"),
        [typeof(SharingRecord)] = ("record of sharing with the family", "records of sharing with the family"),
        [typeof(PersonSearchName)] = null,
    };

    public IReadOnlyList<Column> Columns { get; } = db.Model.GetEntityTypes()
        .SelectMany(t => t.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(Person))
            .Select(fk => new Column(t, fk.Properties.Single())))
        .ToList();

    private static readonly List<Type> ReadingOrder = [.. Words.Keys];

    /// <summary>What belongs to the person, in words ("2 case notes", "1 address"), in the order a worker reads a record.</summary>
    public async Task<IReadOnlyList<string>> DescribeAsync(Guid personId, CancellationToken ct)
    {
        var described = new List<string>();
        // Tables without wording (added later) come last, named by their table.
        foreach (var table in Columns.GroupBy(c => c.Table).OrderBy(t => ReadingOrder.IndexOf(t.Key.ClrType) is var i and >= 0 ? i : int.MaxValue))
        {
            var words = Words.TryGetValue(table.Key.ClrType, out var known) ? known
                : (table.Key.GetTableName()!.Replace('_', ' '), table.Key.GetTableName()!.Replace('_', ' '));
            if (words is not { } w)
            {
                continue;
            }
            var count = await (Task<int>)Generic(nameof(CountAsync), table.Key).Invoke(this, [table.Select(c => c.Property).ToList(), personId, ct])!;
            if (count > 0)
            {
                described.Add($"{count} {(count == 1 ? w.One : w.Many)}");
            }
        }
        return described;
    }

    /// <summary>Points every row that names <paramref name="from"/> in <paramref name="column"/> at <paramref name="to"/>, in the database.</summary>
    public Task<int> MoveAsync(Column column, Guid from, Guid to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(column);
        return (Task<int>)Generic(nameof(MoveRowsAsync), column.Table).Invoke(this, [column.Property, from, to, ct])!;
    }

    private static MethodInfo Generic(string name, IEntityType table) =>
        typeof(PersonReferences).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(table.ClrType);

    private Task<int> CountAsync<T>(IReadOnlyList<IProperty> columns, Guid personId, CancellationToken ct) where T : class
    {
        // row => row.A == personId || row.B == personId, with the id as a query parameter.
        var row = Expression.Parameter(typeof(T), "row");
        var id = Expression.Property(Expression.Constant(new PersonKey(personId)), nameof(PersonKey.Value));
        var matches = columns
            .Select(c => (Expression)Expression.Equal(
                Expression.Call(typeof(EF), nameof(EF.Property), [c.ClrType], row, Expression.Constant(c.Name)),
                Expression.Convert(id, c.ClrType)))
            .Aggregate(Expression.OrElse);
        return db.Set<T>().CountAsync(Expression.Lambda<Func<T, bool>>(matches, row), ct);
    }

    private Task<int> MoveRowsAsync<T>(IProperty column, Guid from, Guid to, CancellationToken ct) where T : class =>
        column.ClrType == typeof(Guid)
            ? db.Set<T>().Where(r => EF.Property<Guid>(r, column.Name) == from)
                .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<Guid>(r, column.Name), to), ct)
            : db.Set<T>().Where(r => EF.Property<Guid?>(r, column.Name) == from)
                .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<Guid?>(r, column.Name), (Guid?)to), ct);

    private sealed record PersonKey(Guid Value);
}
