namespace Haven.Data.Configuration.CaseRecording;

/// <summary>
/// A document on a child's record. The file's bytes live in their own table, one row per document, so that
/// listing documents never reads the files.
/// </summary>
internal sealed class CaseDocumentConfiguration :
    IEntityTypeConfiguration<CaseDocument>,
    IEntityTypeConfiguration<CaseDocumentContent>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.ToTable("case_documents");
        builder.HasIndex(x => new { x.PersonId, x.DocumentDate });
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.FileName).HasMaxLength(255);
        builder.Property(x => x.ContentType).HasMaxLength(100);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.PartOfRecord(x => x.PersonId);
    }

    public void Configure(EntityTypeBuilder<CaseDocumentContent> builder)
    {
        builder.ToTable("case_document_contents");
        builder.HasKey(x => x.DocumentId);
        builder.HasOne<CaseDocument>().WithOne().HasForeignKey<CaseDocumentContent>(x => x.DocumentId);
    }
}
