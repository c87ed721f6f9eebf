using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Haven.Data.Configuration.Events;

/// <summary>The audit stream: who changed what on a person's record, with before and after values.</summary>
internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("case_events");
        builder.HasIndex(c => new { c.PersonId, c.OccurredAtUtc });
        builder.Property(c => c.Type).HasMaxLength(60);
        // Before/after values are kept as JSON: the stream is read whole, never queried by field.
        builder.Property(c => c.Changes).HasConversion(
            new ValueConverter<List<FieldChange>, string>(
                v => JsonSerializer.Serialize(v, JsonOptions),
                v => JsonSerializer.Deserialize<List<FieldChange>>(v, JsonOptions) ?? new List<FieldChange>()),
            new ValueComparer<List<FieldChange>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c.GetHashCode())),
                v => v.ToList()));
    }
}
