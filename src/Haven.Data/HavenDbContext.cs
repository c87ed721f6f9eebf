using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Haven.Domain.Rules;

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
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<EventChainHead> EventChainHeads => Set<EventChainHead>();
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
    public DbSet<EarlyHelpPlanChange> EarlyHelpPlanChanges => Set<EarlyHelpPlanChange>();
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
    public DbSet<CarePeriod> CarePeriods => Set<CarePeriod>();
    public DbSet<CareLegalStatus> CareLegalStatuses => Set<CareLegalStatus>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<Carer> Carers => Set<Carer>();
    public DbSet<PostcodeCentroid> PostcodeCentroids => Set<PostcodeCentroid>();
    public DbSet<CareReview> CareReviews => Set<CareReview>();
    public DbSet<CareReviewRecommendation> CareReviewRecommendations => Set<CareReviewRecommendation>();
    public DbSet<CarePlan> CarePlans => Set<CarePlan>();
    public DbSet<PermanencePlan> PermanencePlans => Set<PermanencePlan>();
    public DbSet<HealthCheck> HealthChecks => Set<HealthCheck>();
    public DbSet<EducationPlan> EducationPlans => Set<EducationPlan>();
    public DbSet<SchoolExclusion> SchoolExclusions => Set<SchoolExclusion>();
    public DbSet<MissingEpisode> MissingEpisodes => Set<MissingEpisode>();
    public DbSet<AdvocacyOffer> AdvocacyOffers => Set<AdvocacyOffer>();
    public DbSet<Haven.Domain.Permanence.CareProceedings> CareProceedings => Set<Haven.Domain.Permanence.CareProceedings>();
    public DbSet<Haven.Domain.Permanence.LegalPlanningMeeting> LegalPlanningMeetings => Set<Haven.Domain.Permanence.LegalPlanningMeeting>();
    public DbSet<Haven.Domain.Permanence.FamilyGroupConference> FamilyGroupConferences => Set<Haven.Domain.Permanence.FamilyGroupConference>();
    public DbSet<Haven.Domain.Permanence.AdoptionJourney> AdoptionJourneys => Set<Haven.Domain.Permanence.AdoptionJourney>();
    public DbSet<Haven.Domain.Permanence.PermanenceOrder> PermanenceOrders => Set<Haven.Domain.Permanence.PermanenceOrder>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<CaseDocumentContent> CaseDocumentContents => Set<CaseDocumentContent>();
    public DbSet<ChronologyEntry> ChronologyEntries => Set<ChronologyEntry>();
    public DbSet<ChronologyMark> ChronologyMarks => Set<ChronologyMark>();
    public DbSet<OversightRecord> OversightRecords => Set<OversightRecord>();
    public DbSet<SharingRecord> SharingRecords => Set<SharingRecord>();
    public DbSet<Haven.Domain.Escalations.Escalation> Escalations => Set<Haven.Domain.Escalations.Escalation>();
    public DbSet<Haven.Domain.Escalations.EscalationStep> EscalationSteps => Set<Haven.Domain.Escalations.EscalationStep>();
    public DbSet<Haven.Domain.Escalations.ChairQualityNote> ChairQualityNotes => Set<Haven.Domain.Escalations.ChairQualityNote>();
    public DbSet<Haven.Domain.CinCensus.CinQueryExplanation> CinQueryExplanations => Set<Haven.Domain.CinCensus.CinQueryExplanation>();
    public DbSet<Haven.Domain.Performance.ScorecardTarget> ScorecardTargets => Set<Haven.Domain.Performance.ScorecardTarget>();
    public DbSet<Haven.Domain.Performance.ScorecardCommentary> ScorecardCommentary => Set<Haven.Domain.Performance.ScorecardCommentary>();
    public DbSet<Haven.Domain.Performance.ScorecardComparator> ScorecardComparators => Set<Haven.Domain.Performance.ScorecardComparator>();
    public DbSet<Haven.Domain.Performance.ChildPopulation> ChildPopulations => Set<Haven.Domain.Performance.ChildPopulation>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<KeptForm> KeptForms => Set<KeptForm>();
    public DbSet<RateLimitCounter> RateLimitCounters => Set<RateLimitCounter>();

    /// <summary>ASP.NET Core's data-protection keys (which protect cookies and tokens), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Care leavers: the leaving care record, pathway plans and contacts (Haven.Domain.CareLeavers).
    public DbSet<Haven.Domain.CareLeavers.CareLeaver> CareLeavers => Set<Haven.Domain.CareLeavers.CareLeaver>();
    public DbSet<Haven.Domain.CareLeavers.PathwayPlanRecord> PathwayPlans => Set<Haven.Domain.CareLeavers.PathwayPlanRecord>();
    public DbSet<Haven.Domain.CareLeavers.CareLeaverContact> CareLeaverContacts => Set<Haven.Domain.CareLeavers.CareLeaverContact>();

    // Safeguarding themes: private fostering arrangements and their visits (Haven.Domain.Safeguarding).
    public DbSet<Haven.Domain.Safeguarding.PrivateFosteringArrangement> PrivateFosteringArrangements => Set<Haven.Domain.Safeguarding.PrivateFosteringArrangement>();
    public DbSet<Haven.Domain.Safeguarding.PrivateFosteringVisit> PrivateFosteringVisits => Set<Haven.Domain.Safeguarding.PrivateFosteringVisit>();

    // Fostering and adopting households: their journey, reviews, visits, training, concerns and members (Haven.Domain.Fostering).
    public DbSet<Haven.Domain.Fostering.HouseholdJourney> HouseholdJourneys => Set<Haven.Domain.Fostering.HouseholdJourney>();
    public DbSet<Haven.Domain.Fostering.HouseholdEntry> HouseholdEntries => Set<Haven.Domain.Fostering.HouseholdEntry>();
    public DbSet<Haven.Domain.Fostering.HouseholdMember> HouseholdMembers => Set<Haven.Domain.Fostering.HouseholdMember>();

    // Life story work and later life letters, long-term fostering matches and returns home (Haven.Domain.Permanence).
    public DbSet<Haven.Domain.Permanence.LifeStoryWork> LifeStoryWork => Set<Haven.Domain.Permanence.LifeStoryWork>();
    public DbSet<Haven.Domain.Permanence.LongTermFosteringMatch> LongTermFosteringMatches => Set<Haven.Domain.Permanence.LongTermFosteringMatch>();
    public DbSet<Haven.Domain.Permanence.ReturnHomePlan> ReturnHomePlans => Set<Haven.Domain.Permanence.ReturnHomePlan>();
    // Allegations against adults who work with children, kept apart from the children's records (Haven.Domain.Safeguarding).
    public DbSet<Haven.Domain.Safeguarding.Allegation> Allegations => Set<Haven.Domain.Safeguarding.Allegation>();
    public DbSet<Haven.Domain.Safeguarding.AllegationChild> AllegationChildren => Set<Haven.Domain.Safeguarding.AllegationChild>();

    // Referrals of a child's family to MARAC, with the meeting and the actions for children's services (Haven.Domain.Safeguarding).
    public DbSet<Haven.Domain.Safeguarding.MaracReferral> MaracReferrals => Set<Haven.Domain.Safeguarding.MaracReferral>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's tables first, then one configuration class per aggregate, in Configuration/<journey>/ (the
        // folders follow Haven.Domain's).
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HavenDbContext).Assembly);
        // Then every text property the configurations left unlimited gets the limit of its kind.
        Configuration.TextLimits.Apply(builder.Model);
        // Every record edited in place is checked against the version it was read at when it is saved (decision 0010).
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// Moves each changed record on one version. The UPDATE still names the version it was read at (or the one an
    /// edit form carried, set as the original value), so a save over someone else's newer save changes no row and
    /// EF raises <see cref="DbUpdateConcurrencyException"/> instead of overwriting it.
    /// </summary>
    private void NextVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }

    /// <summary>
    /// Saves, sealing any new events into their hash chains (<see cref="EventChains"/>) in the same transaction, so an
    /// event is never saved without its place in the chain, and the change it records is never saved without it. Every
    /// save also moves each changed record on one version (<see cref="NextVersions"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        NextVersions();
        var caseEvents = Added<CaseEvent>();
        var auditEvents = Added<AuditEvent>();
        if (caseEvents.Count == 0 && auditEvents.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Always the same order, so two writers that extend both chains cannot wait on each other.
            if (auditEvents.Count > 0)
            {
                await EventChains.StampAsync(this, AuditEvent.Chain, auditEvents, cancellationToken);
            }
            if (caseEvents.Count > 0)
            {
                await EventChains.StampAsync(this, CaseEvent.Chain, caseEvents, cancellationToken);
            }
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The synchronous save takes the same path. Blocking on it is safe: ASP.NET Core and the command line have no
    /// synchronisation context to deadlock on.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Added<CaseEvent>().Count == 0 && Added<AuditEvent>().Count == 0)
        {
            NextVersions();
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        return SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
    }

    private List<T> Added<T>() where T : class =>
        [.. ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

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
