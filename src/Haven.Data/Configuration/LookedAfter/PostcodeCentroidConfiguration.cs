namespace Haven.Data.Configuration.LookedAfter;

/// <summary>The ONS postcode centroids an authority loads, keyed on the postcode as normalised ("HV1 2AB").</summary>
internal sealed class PostcodeCentroidConfiguration : IEntityTypeConfiguration<PostcodeCentroid>
{
    public void Configure(EntityTypeBuilder<PostcodeCentroid> builder)
    {
        builder.ToTable("postcode_centroids");
        builder.HasKey(x => x.Postcode);
        builder.Property(x => x.Postcode).HasMaxLength(8);
    }
}
