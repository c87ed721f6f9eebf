namespace Haven.Data.Configuration.Events;

/// <summary>The audit of what is not a change to one child's record: account changes, exports, refusals.</summary>
internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasIndex(e => new { e.TargetType, e.TargetId });
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.Property(e => e.Type).HasMaxLength(60);
        builder.Property(e => e.TargetType).HasMaxLength(20);
        builder.Property(e => e.Changes).HasFieldChangesJson();
        // A summary or reason may quote what was typed, so it is as long as the record it describes may be.
        builder.Property(e => e.Summary).HasMaxLength(TextLimits.Record);
        builder.HasChainColumns();
    }
}

/// <summary>One row per chain: where it ends. Appends lock this row, so two writers cannot both extend the same end.</summary>
internal sealed class EventChainHeadConfiguration : IEntityTypeConfiguration<EventChainHead>
{
    public void Configure(EntityTypeBuilder<EventChainHead> builder)
    {
        builder.ToTable("event_chain_heads");
        builder.HasKey(h => h.Chain);
        builder.Property(h => h.Chain).HasMaxLength(40);
        builder.Property(h => h.LastHash).HasMaxLength(64);
    }
}
