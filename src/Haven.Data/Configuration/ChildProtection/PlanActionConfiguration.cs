using Haven.Domain.ChildProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Haven.Data.Configuration.ChildProtection;

/// <summary>One line of a child protection or a child in need plan.</summary>
internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("plan_actions");
        // Actions belong to a child protection or a child in need plan, so PlanId has no single foreign key.
        builder.HasIndex(x => x.PlanId);
    }
}
