namespace Haven.Data.Configuration;

/// <summary>Sign-in sessions, forms kept across a timeout and rate-limit counters (not a journey, so not in a journey folder).</summary>
internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.ToTable("sign_in_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.LastActiveAtUtc);
    }
}

internal sealed class KeptFormConfiguration : IEntityTypeConfiguration<KeptForm>
{
    public void Configure(EntityTypeBuilder<KeptForm> builder)
    {
        builder.ToTable("kept_forms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.Property(f => f.PostedTo).HasMaxLength(2000);
        builder.HasIndex(f => f.UserId);
    }
}

internal sealed class RateLimitCounterConfiguration : IEntityTypeConfiguration<RateLimitCounter>
{
    public void Configure(EntityTypeBuilder<RateLimitCounter> builder)
    {
        builder.ToTable("rate_limit_counters");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(200);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> builder) =>
        builder.ToTable("data_protection_keys");
}
