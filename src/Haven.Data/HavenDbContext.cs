using System.Text.Json;
using Haven.Domain.Access;
using Haven.Domain.Assessments;
using Haven.Domain.CaseRecording;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
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
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<StrategyDiscussion> StrategyDiscussions => Set<StrategyDiscussion>();
    public DbSet<StrategyParticipant> StrategyParticipants => Set<StrategyParticipant>();
    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();
    public DbSet<ChildProtectionConference> ChildProtectionConferences => Set<ChildProtectionConference>();
    public DbSet<ConferenceAttendee> ConferenceAttendees => Set<ConferenceAttendee>();
    public DbSet<ChildProtectionPlan> ChildProtectionPlans => Set<ChildProtectionPlan>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<CoreGroupMember> CoreGroupMembers => Set<CoreGroupMember>();
    public DbSet<CoreGroupMeeting> CoreGroupMeetings => Set<CoreGroupMeeting>();
    public DbSet<ChildInNeedPlan> ChildInNeedPlans => Set<ChildInNeedPlan>();
    public DbSet<ChildInNeedReview> ChildInNeedReviews => Set<ChildInNeedReview>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<CaseDocumentContent> CaseDocumentContents => Set<CaseDocumentContent>();
    public DbSet<ChronologyEntry> ChronologyEntries => Set<ChronologyEntry>();
    public DbSet<ChronologyMark> ChronologyMarks => Set<ChronologyMark>();
    public DbSet<OversightRecord> OversightRecords => Set<OversightRecord>();
    public DbSet<SharingRecord> SharingRecords => Set<SharingRecord>();
    public DbSet<Haven.Domain.CinCensus.CinQueryExplanation> CinQueryExplanations => Set<Haven.Domain.CinCensus.CinQueryExplanation>();

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
            e.Property(r => r.ReasonForClosure).HasMaxLength(3);
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
        ConfigureSocialCare(builder);
        builder.Entity<SystemSetting>(e =>
        {
            e.ToTable("system_settings");
            e.HasKey(s => s.Key);
        });
    }

    /// <summary>Assessment, child in need and child protection: every record hangs off a person and a referral (the episode).</summary>
    private static void ConfigureSocialCare(ModelBuilder builder)
    {
        builder.Entity<Assessment>(e =>
        {
            e.ToTable("assessments");
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.ReferralId);
            e.HasIndex(x => x.AllocatedWorkerUserId);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ChildVoiceSource).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
            // Factor codes are a short list read with the assessment, never queried one by one.
            e.Property(x => x.Factors).HasConversion(
                new ValueConverter<List<string>, string>(
                    v => string.Join(',', v),
                    v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList()),
                new ValueComparer<List<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c.GetHashCode(StringComparison.Ordinal))),
                    v => v.ToList()))
                .HasMaxLength(200);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<StrategyDiscussion>(e =>
        {
            e.ToTable("strategy_discussions");
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.StrategyDiscussionId);
        });
        builder.Entity<StrategyParticipant>(e => e.ToTable("strategy_participants"));
        builder.Entity<Section47Enquiry>(e =>
        {
            e.ToTable("section47_enquiries");
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.AllocatedWorkerUserId);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<StrategyDiscussion>().WithMany().HasForeignKey(x => x.StrategyDiscussionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ChildProtectionConference>(e =>
        {
            e.ToTable("child_protection_conferences");
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.ScheduledFor);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Category).HasMaxLength(3);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Section47Enquiry>().WithMany().HasForeignKey(x => x.Section47Id).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ChildProtectionPlan>().WithMany().HasForeignKey(x => x.ChildProtectionPlanId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.ConferenceId);
        });
        builder.Entity<ConferenceAttendee>(e => e.ToTable("conference_attendees"));
        builder.Entity<ChildProtectionPlan>(e =>
        {
            e.ToTable("child_protection_plans");
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.StartDate);
            e.Property(x => x.InitialCategory).HasMaxLength(3);
            e.Property(x => x.LatestCategory).HasMaxLength(3);
            e.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(40);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.CoreGroup).WithOne().HasForeignKey(x => x.PlanId);
            e.HasMany(x => x.CoreGroupMeetings).WithOne().HasForeignKey(x => x.PlanId);
        });
        // Actions belong to a child protection or a child in need plan, so PlanId has no single foreign key.
        builder.Entity<PlanAction>(e =>
        {
            e.ToTable("plan_actions");
            e.HasIndex(x => x.PlanId);
        });
        builder.Entity<CoreGroupMember>(e => e.ToTable("core_group_members"));
        builder.Entity<CoreGroupMeeting>(e => e.ToTable("core_group_meetings"));
        builder.Entity<ChildInNeedPlan>(e =>
        {
            e.ToTable("child_in_need_plans");
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(40);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.PlanId);
        });
        builder.Entity<ChildInNeedReview>(e =>
        {
            e.ToTable("child_in_need_reviews");
            e.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
        });
        builder.Entity<CaseNote>(e =>
        {
            e.ToTable("case_notes");
            e.HasIndex(x => new { x.PersonId, x.OccurredOn });
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.VisitPurpose).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Subject).HasMaxLength(200);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<CaseDocument>(e =>
        {
            e.ToTable("case_documents");
            e.HasIndex(x => new { x.PersonId, x.DocumentDate });
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<CaseDocumentContent>(e =>
        {
            e.ToTable("case_document_contents");
            e.HasKey(x => x.DocumentId);
            e.HasOne<CaseDocument>().WithOne().HasForeignKey<CaseDocumentContent>(x => x.DocumentId);
        });
        builder.Entity<ChronologyEntry>(e =>
        {
            e.ToTable("chronology_entries");
            e.HasIndex(x => new { x.PersonId, x.OccurredOn });
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ChronologyMark>(e =>
        {
            e.ToTable("chronology_marks");
            e.HasIndex(x => new { x.PersonId, x.EventKey }).IsUnique();
            e.Property(x => x.EventKey).HasMaxLength(120);
        });
        builder.Entity<OversightRecord>(e =>
        {
            e.ToTable("oversight_records");
            e.HasIndex(x => new { x.PersonId, x.RecordedOn });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Haven.Domain.CinCensus.CinQueryExplanation>(e =>
        {
            e.ToTable("cin_query_explanations");
            e.HasIndex(x => new { x.CensusYear, x.LAchildID, x.RuleId }).IsUnique();
            e.Property(x => x.LAchildID).HasMaxLength(20);
            e.Property(x => x.RuleId).HasMaxLength(10);
            e.Property(x => x.Explanation).HasMaxLength(2000);
        });
        builder.Entity<SharingRecord>(e =>
        {
            e.ToTable("sharing_records");
            e.HasIndex(x => new { x.PersonId, x.ItemId });
            e.Property(x => x.ItemKind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
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
