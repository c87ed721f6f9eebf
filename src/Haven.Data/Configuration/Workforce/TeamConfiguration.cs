namespace Haven.Data.Configuration.Workforce;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder) => builder.ToTable("teams");
}
