using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Haven.Data.Configuration.Events;

/// <summary>The audit stream: who changed what on a person's record, with before and after values.</summary>
internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("case_events");
        builder.HasIndex(c => new { c.PersonId, c.OccurredAtUtc });
        builder.Property(c => c.Type).HasMaxLength(60);
        builder.Property(c => c.Changes).HasFieldChangesJson();
        // A summary or reason may quote what was typed, so it is as long as the record it describes may be.
        builder.Property(c => c.Summary).HasMaxLength(TextLimits.Record);
        builder.Property(c => c.Reason).HasMaxLength(TextLimits.Record);
        builder.HasChainColumns();
    }
}

/// <summary>The mapping the chained event tables share.</summary>
internal static class EventMapping
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Before/after values are kept as JSON: the stream is read whole, never queried by field.</summary>
    public static PropertyBuilder<List<FieldChange>> HasFieldChangesJson(this PropertyBuilder<List<FieldChange>> property) =>
        property.HasConversion(
            new ValueConverter<List<FieldChange>, string>(
                v => JsonSerializer.Serialize(v, JsonOptions),
                v => JsonSerializer.Deserialize<List<FieldChange>>(v, JsonOptions) ?? new List<FieldChange>()),
            new ValueComparer<List<FieldChange>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c.GetHashCode())),
                v => v.ToList()));

    /// <summary>
    /// The hash chain's columns: the position is unique, so two writers can never both take the same place. Events
    /// from before the chain began have position 0 until they are sealed, so the index leaves those out.
    /// </summary>
    public static void HasChainColumns<T>(this EntityTypeBuilder<T> builder) where T : ChainedEvent
    {
        builder.HasIndex(e => e.Sequence).IsUnique().HasFilter("\"Sequence\" > 0");
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}
