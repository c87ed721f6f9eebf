using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Haven.Data;

/// <summary>
/// The one DbContext. Each provider has a subclass only so that each keeps its own migrations folder;
/// the model is the same for both.
/// </summary>
public abstract class HavenDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
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
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<KeptForm> KeptForms => Set<KeptForm>();
    public DbSet<RateLimitCounter> RateLimitCounters => Set<RateLimitCounter>();

    /// <summary>ASP.NET Core's data-protection keys (which protect cookies and tokens), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's tables first, then one configuration class per aggregate, in Configuration/<journey>/ (the
        // folders follow Haven.Domain's).
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HavenDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC. SQLite hands DateTime back with Kind=Unspecified, so say what it is.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteHavenDbContext(DbContextOptions<SqliteHavenDbContext> options) : HavenDbContext(options);

public sealed class PostgresHavenDbContext(DbContextOptions<PostgresHavenDbContext> options) : HavenDbContext(options);
