namespace Haven.Data.Configuration.EarlyHelp;

/// <summary>An early help episode and everything recorded within it: lead changes, the team around the family, assessments, actions and reviews.</summary>
internal sealed class EarlyHelpEpisodeConfiguration :
    IEntityTypeConfiguration<EarlyHelpEpisode>,
    IEntityTypeConfiguration<EarlyHelpLeadChange>,
    IEntityTypeConfiguration<TeamAroundFamilyMember>,
    IEntityTypeConfiguration<EarlyHelpAssessment>,
    IEntityTypeConfiguration<EarlyHelpAction>,
    IEntityTypeConfiguration<EarlyHelpReview>,
    IEntityTypeConfiguration<EarlyHelpPlanChange>
{
    public void Configure(EntityTypeBuilder<EarlyHelpEpisode> builder)
    {
        builder.ToTable("early_help_episodes");
        builder.HasIndex(x => x.PersonId);
        builder.Property(x => x.StartedBy).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.ClosureOutcome).HasConversion<string>().HasMaxLength(30);
        builder.PartOfRecord(x => x.PersonId);
        builder.HasMany(x => x.LeadChanges).WithOne().HasForeignKey(x => x.EpisodeId);
        builder.HasMany(x => x.Team).WithOne().HasForeignKey(x => x.EpisodeId);
        builder.HasMany(x => x.Assessments).WithOne().HasForeignKey(x => x.EpisodeId);
        builder.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.EpisodeId);
        builder.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.EpisodeId);
        builder.HasMany(x => x.PlanChanges).WithOne().HasForeignKey(x => x.EpisodeId);
    }

    public void Configure(EntityTypeBuilder<EarlyHelpLeadChange> builder) => builder.ToTable("early_help_lead_changes");

    public void Configure(EntityTypeBuilder<TeamAroundFamilyMember> builder) => builder.ToTable("team_around_family_members");

    public void Configure(EntityTypeBuilder<EarlyHelpAssessment> builder) => builder.ToTable("early_help_assessments");

    public void Configure(EntityTypeBuilder<EarlyHelpAction> builder)
    {
        builder.ToTable("early_help_actions");
        builder.Property(x => x.EndReason).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<EarlyHelpReview> builder) => builder.ToTable("early_help_reviews");

    /// <summary>Before and after are an action with its owner and due date, or a member with their role and agency: as long as the texts they join.</summary>
    public void Configure(EntityTypeBuilder<EarlyHelpPlanChange> builder)
    {
        builder.ToTable("early_help_plan_changes");
        builder.Property(x => x.Before).HasMaxLength(TextLimits.Record);
        builder.Property(x => x.After).HasMaxLength(TextLimits.Record);
    }
}
