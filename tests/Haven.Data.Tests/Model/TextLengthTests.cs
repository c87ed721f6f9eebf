using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Haven.Data.Tests.Model;

/// <summary>
/// The EF model is the one source of truth for how long a text can be: the columns are created from it, and the
/// web form check (Haven.Web's InputLengthFilter) reads it. A string property without a maximum would be an
/// unlimited column on one provider and a form field with no limit.
/// </summary>
public sealed class TextLengthTests
{
    public static IEnumerable<TheoryDataRow<string>> Providers() => [new("sqlite"), new("postgres")];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_text_property_in_the_model_has_a_maximum_length(string provider)
    {
        using var db = Context(provider);

        var unlimited = StringProperties(db.Model).Where(p => p.GetMaxLength() is null).Select(Name).ToList();

        Assert.True(unlimited.Count == 0, $"{unlimited.Count} text properties have no maximum length:\n" + string.Join("\n", unlimited));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_text_column_is_limited_to_its_maximum_length(string provider)
    {
        using var db = Context(provider);

        // On PostgreSQL "text" would take any length; the column type must carry the limit the forms check.
        var unlimitedColumns = StringProperties(db.Model)
            .Where(p => p.GetMaxLength() is { } max && provider == "postgres" && p.GetColumnType() is var type
                && !string.Equals(type, $"character varying({max})", StringComparison.Ordinal))
            .Select(p => $"{Name(p)}: {p.GetColumnType()}").ToList();

        Assert.True(unlimitedColumns.Count == 0, string.Join("\n", unlimitedColumns));
    }

    private static IEnumerable<IProperty> StringProperties(IModel model) =>
        model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => (p.GetValueConverter()?.ProviderClrType ?? p.ClrType) == typeof(string));

    private static string Name(IProperty p) => $"{p.DeclaringType.DisplayName()}.{p.Name} ({p.DeclaringType.GetTableName()})";

    private static HavenDbContext Context(string provider) => provider == "sqlite"
        ? new SqliteHavenDbContext(new DbContextOptionsBuilder<SqliteHavenDbContext>().UseSqlite("Data Source=:memory:").Options)
        : new PostgresHavenDbContext(new DbContextOptionsBuilder<PostgresHavenDbContext>().UseNpgsql("Host=127.0.0.1;Database=model-only").Options);
}
