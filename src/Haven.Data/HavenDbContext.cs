using System.Text.Json;
using Haven.Domain.Access;
using Haven.Domain.EarlyHelp;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Domain.Workforce;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Haven.Data;

/// <summary>
/// The one DbContext. Each provider has a subclass only so that each keeps its own migrations folder;
/// the model is the same for both.
/// </summary>
public abstract class HavenDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonName> PersonNames => Set<PersonName>();
    public DbSet<Address> Addresses => Set<Address>();
    public DbSet<ContactDetail> ContactDetails => Set<ContactDetail>();
    public DbSet<PersonFlag> PersonFlags => Set<PersonFlag>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<ProfessionalInvolvement> ProfessionalInvolvements => Set<ProfessionalInvolvement>();
    public DbSet<PersonSearchName> PersonSearchNames => Set<PersonSearchName>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<RecordView> RecordViews => Set<RecordView>();
    public DbSet<RestrictedAccessGrant> RestrictedAccessGrants => Set<RestrictedAccessGrant>();
    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ScreeningDecision> ScreeningDecisions => Set<ScreeningDecision>();
    public DbSet<ReferrerFeedback> ReferrerFeedback => Set<ReferrerFeedback>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<PartnerSubmission> PartnerSubmissions => Set<PartnerSubmission>();
    public DbSet<EarlyHelpEpisode> EarlyHelpEpisodes => Set<EarlyHelpEpisode>();
    public DbSet<EarlyHelpLeadChange> EarlyHelpLeadChanges => Set<EarlyHelpLeadChange>();
    public DbSet<TeamAroundFamilyMember> TeamAroundFamilyMembers => Set<TeamAroundFamilyMember>();
    public DbSet<EarlyHelpAssessment> EarlyHelpAssessments => Set<EarlyHelpAssessment>();
    public DbSet<EarlyHelpAction> EarlyHelpActions => Set<EarlyHelpAction>();
    public DbSet<EarlyHelpReview> EarlyHelpReviews => Set<EarlyHelpReview>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.HasIndex(p => p.LaPersonId).IsUnique();
            e.HasIndex(p => p.NhsNumber);
            e.HasIndex(p => p.DateOfBirth);
            e.HasIndex(p => p.MergedIntoId);
            e.Property(p => p.LaPersonId).HasMaxLength(20);
            e.Property(p => p.FirstName).HasMaxLength(100);
            e.Property(p => p.LastName).HasMaxLength(100);
            e.Property(p => p.MiddleNames).HasMaxLength(200);
            e.Property(p => p.PreferredName).HasMaxLength(100);
            e.Property(p => p.EthnicityCode).HasMaxLength(4);
            e.Property(p => p.NhsNumber).HasMaxLength(10);
            e.Property(p => p.UniquePupilNumber).HasMaxLength(13);
            e.Property(p => p.Sex).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasMany(p => p.OtherNames).WithOne().HasForeignKey(n => n.PersonId);
            e.HasMany(p => p.Addresses).WithOne().HasForeignKey(a => a.PersonId);
            e.HasMany(p => p.ContactDetails).WithOne().HasForeignKey(c => c.PersonId);
            e.HasMany(p => p.Flags).WithOne().HasForeignKey(f => f.PersonId);
        });
        builder.Entity<PersonName>(e =>
        {
            e.ToTable("person_names");
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<Address>(e =>
        {
            e.ToTable("addresses");
            e.HasIndex(a => a.Postcode);
            e.Property(a => a.Postcode).HasMaxLength(8);
        });
        builder.Entity<ContactDetail>(e =>
        {
            e.ToTable("contact_details");
            e.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<PersonFlag>(e =>
        {
            e.ToTable("person_flags");
            e.Property(f => f.Type).HasConversion<string>().HasMaxLength(40);
        });
        builder.Entity<Relationship>(e =>
        {
            e.ToTable("relationships");
            e.HasIndex(r => r.PersonId);
            e.HasIndex(r => r.RelatedPersonId);
            e.Property(r => r.Type).HasConversion<string>().HasMaxLength(30);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.RelatedPersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ProfessionalInvolvement>(e =>
        {
            e.ToTable("professional_involvements");
            e.HasIndex(r => r.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<PersonSearchName>(e =>
        {
            e.ToTable("person_search_names");
            e.HasIndex(n => n.FirstNameKey);
            e.HasIndex(n => n.LastNameKey);
            e.HasIndex(n => n.PersonId);
            e.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId);
        });
        builder.Entity<CaseEvent>(e =>
        {
            e.ToTable("case_events");
            e.HasIndex(c => new { c.PersonId, c.OccurredAtUtc });
            e.Property(c => c.Type).HasMaxLength(60);
            // Before/after values are kept as JSON: the stream is read whole, never queried by field.
            e.Property(c => c.Changes).HasConversion(
                new ValueConverter<List<FieldChange>, string>(
                    v => JsonSerializer.Serialize(v, JsonOptions),
                    v => JsonSerializer.Deserialize<List<FieldChange>>(v, JsonOptions) ?? new List<FieldChange>()),
                new ValueComparer<List<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c.GetHashCode())),
                    v => v.ToList()));
        });
        builder.Entity<RecordView>(e =>
        {
            e.ToTable("record_views");
            e.HasIndex(v => new { v.PersonId, v.ViewedAtUtc });
            e.HasIndex(v => new { v.UserId, v.ViewedAtUtc });
        });
        builder.Entity<RestrictedAccessGrant>(e =>
        {
            e.ToTable("restricted_access_grants");
            e.HasIndex(g => new { g.PersonId, g.UserId }).IsUnique();
        });
        builder.Entity<BreakGlassGrant>(e =>
        {
            e.ToTable("break_glass_grants");
            e.HasIndex(g => new { g.PersonId, g.UserId, g.ExpiresAtUtc });
        });
        builder.Entity<Team>(e => e.ToTable("teams"));
        builder.Entity<Allocation>(e =>
        {
            e.ToTable("allocations");
            e.HasIndex(a => a.PersonId);
            e.HasIndex(a => a.WorkerUserId);
        });
        builder.Entity<Contact>(e =>
        {
            e.ToTable("contacts");
            e.HasIndex(c => c.Reference).IsUnique();
            e.HasIndex(c => c.PersonId);
            e.HasIndex(c => c.ContactGroupId);
            e.HasIndex(c => c.ReceivedAtUtc);
            e.Property(c => c.Reference).HasMaxLength(20);
            e.Property(c => c.SourceCode).HasMaxLength(3);
            e.Property(c => c.Route).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Consent).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ParentsAware).HasConversion<string>().HasMaxLength(10);
            e.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Decision).WithOne().HasForeignKey<ScreeningDecision>(d => d.ContactId);
            e.HasOne(c => c.Feedback).WithOne().HasForeignKey<ReferrerFeedback>(f => f.ContactId);
        });
        builder.Entity<ScreeningDecision>(e =>
        {
            e.ToTable("screening_decisions");
            e.HasIndex(d => d.DecidedAtUtc);
            e.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(30);
            e.Property(d => d.Threshold).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<ReferrerFeedback>(e =>
        {
            e.ToTable("referrer_feedback");
            e.HasIndex(f => new { f.Status, f.DueAtUtc });
            e.Property(f => f.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<Referral>(e =>
        {
            e.ToTable("referrals");
            e.HasIndex(r => r.PersonId);
            e.HasIndex(r => r.ReferralDate);
            e.HasIndex(r => r.ContactId).IsUnique();
            e.Property(r => r.SourceCode).HasMaxLength(3);
            e.Property(r => r.PrimaryNeedCode).HasMaxLength(3);
            e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<PartnerSubmission>(e =>
        {
            e.ToTable("partner_submissions");
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => x.SubmissionToken).IsUnique();
            e.HasIndex(x => new { x.Status, x.SubmittedAtUtc });
            e.Property(x => x.Reference).HasMaxLength(20);
            e.Property(x => x.SubmissionToken).HasMaxLength(64);
            e.Property(x => x.SourceCode).HasMaxLength(3);
            e.Property(x => x.ReferrerName).HasMaxLength(200);
            e.Property(x => x.ReferrerOrganisation).HasMaxLength(200);
            e.Property(x => x.ReferrerEmail).HasMaxLength(254);
            e.Property(x => x.ChildFirstName).HasMaxLength(100);
            e.Property(x => x.ChildLastName).HasMaxLength(100);
            e.Property(x => x.Concern).HasMaxLength(10_000);
            e.Property(x => x.ChildsViews).HasMaxLength(5_000);
            e.Property(x => x.Consent).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ParentsAware).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<EarlyHelpEpisode>(e =>
        {
            e.ToTable("early_help_episodes");
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.StartedBy).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.ClosureOutcome).HasConversion<string>().HasMaxLength(30);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.LeadChanges).WithOne().HasForeignKey(x => x.EpisodeId);
            e.HasMany(x => x.Team).WithOne().HasForeignKey(x => x.EpisodeId);
            e.HasMany(x => x.Assessments).WithOne().HasForeignKey(x => x.EpisodeId);
            e.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.EpisodeId);
            e.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.EpisodeId);
        });
        builder.Entity<EarlyHelpLeadChange>(e => e.ToTable("early_help_lead_changes"));
        builder.Entity<TeamAroundFamilyMember>(e => e.ToTable("team_around_family_members"));
        builder.Entity<EarlyHelpAssessment>(e => e.ToTable("early_help_assessments"));
        builder.Entity<EarlyHelpAction>(e => e.ToTable("early_help_actions"));
        builder.Entity<EarlyHelpReview>(e => e.ToTable("early_help_reviews"));
        builder.Entity<SystemSetting>(e =>
        {
            e.ToTable("system_settings");
            e.HasKey(s => s.Key);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC. SQLite hands DateTime back with Kind=Unspecified, so say what it is.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>Small key/value facts about this database, e.g. whether it holds a demo authority.</summary>
public sealed class SystemSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}

public sealed class SqliteHavenDbContext(DbContextOptions<SqliteHavenDbContext> options) : HavenDbContext(options);

public sealed class PostgresHavenDbContext(DbContextOptions<PostgresHavenDbContext> options) : HavenDbContext(options);
