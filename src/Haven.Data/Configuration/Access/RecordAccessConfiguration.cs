namespace Haven.Data.Configuration.Access;

/// <summary>
/// Who looked at a record, and who may look at a restricted one. These are logs and grants kept about a person,
/// not part of the person's record, so they are configured together here. The view log and break-glass grants
/// record what happened to one record and stay with it when duplicates are merged; the named users of a
/// restricted record move with the record.
/// </summary>
internal sealed class RecordAccessConfiguration :
    IEntityTypeConfiguration<RecordView>,
    IEntityTypeConfiguration<RestrictedAccessGrant>,
    IEntityTypeConfiguration<BreakGlassGrant>
{
    public void Configure(EntityTypeBuilder<RecordView> builder)
    {
        builder.ToTable("record_views");
        builder.HasIndex(v => new { v.PersonId, v.ViewedAtUtc });
        builder.HasIndex(v => new { v.UserId, v.ViewedAtUtc });
    }

    public void Configure(EntityTypeBuilder<RestrictedAccessGrant> builder)
    {
        builder.ToTable("restricted_access_grants");
        builder.HasIndex(g => new { g.PersonId, g.UserId }).IsUnique();
        // Keyed to the person so that merging duplicates carries the named users over (restricted wins).
        builder.PartOfRecord(g => g.PersonId);
    }

    public void Configure(EntityTypeBuilder<BreakGlassGrant> builder)
    {
        builder.ToTable("break_glass_grants");
        builder.HasIndex(g => new { g.PersonId, g.UserId, g.ExpiresAtUtc });
    }
}
