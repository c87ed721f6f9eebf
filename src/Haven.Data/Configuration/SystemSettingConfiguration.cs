
namespace Haven.Data.Configuration;

/// <summary>Facts about the database itself (not a journey, so not in a journey folder).</summary>
internal sealed class SystemSettingConfiguration : IEntityTypeConfiguration<SystemSetting>
{
    public void Configure(EntityTypeBuilder<SystemSetting> builder)
    {
        builder.ToTable("system_settings");
        builder.HasKey(s => s.Key);
    }
}
