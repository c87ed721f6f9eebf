using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseworkJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureNote",
                table: "referrals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonForClosure",
                table: "referrals",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TimescaleWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    AllocatedWorkerUserId = table.Column<string>(type: "text", nullable: true),
                    ChildSeenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SeenAlone = table.Column<bool>(type: "boolean", nullable: true),
                    NotSeenAloneReason = table.Column<string>(type: "text", nullable: true),
                    NotSeenReason = table.Column<string>(type: "text", nullable: true),
                    ChildsWishesAndFeelings = table.Column<string>(type: "text", nullable: true),
                    ChildVoiceSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    NoVoiceReason = table.Column<string>(type: "text", nullable: true),
                    ParentsViews = table.Column<string>(type: "text", nullable: true),
                    OthersViews = table.Column<string>(type: "text", nullable: true),
                    HistoryConsidered = table.Column<string>(type: "text", nullable: true),
                    Analysis = table.Column<string>(type: "text", nullable: true),
                    EqualityAndDiversity = table.Column<string>(type: "text", nullable: true),
                    Factors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "text", nullable: true),
                    AuthorisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AuthorisedByUserId = table.Column<string>(type: "text", nullable: true),
                    AuthorisationNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessments_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessments_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExtractedText = table.Column<string>(type: "text", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "text", nullable: false),
                    UploadedByName = table.Column<string>(type: "text", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_documents_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: true),
                    SeenAlone = table.Column<bool>(type: "boolean", nullable: true),
                    VisitFailed = table.Column<bool>(type: "boolean", nullable: false),
                    VisitPurpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IsSignificant = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "text", nullable: false),
                    RecordedByName = table.Column<string>(type: "text", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_notes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_in_need_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewIntervalWeeks = table.Column<int>(type: "integer", nullable: false),
                    VisitFrequencyWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EndNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_in_need_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_in_need_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_in_need_plans_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialCategory = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    LatestCategory = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    NumberOfPreviousPlans = table.Column<int>(type: "integer", nullable: false),
                    VisitFrequencyWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Contingency = table.Column<string>(type: "text", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EndNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_protection_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_protection_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_protection_plans_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "chronology_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true),
                    IsSignificant = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "text", nullable: false),
                    RecordedByName = table.Column<string>(type: "text", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chronology_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_chronology_entries_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "chronology_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    IsSignificant = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chronology_marks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Direction = table.Column<string>(type: "text", nullable: false),
                    Rationale = table.Column<string>(type: "text", nullable: false),
                    WorkerUserId = table.Column<string>(type: "text", nullable: true),
                    ManagerUserId = table.Column<string>(type: "text", nullable: false),
                    ManagerName = table.Column<string>(type: "text", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_oversight_records_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Need = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MeasureOfSuccess = table.Column<string>(type: "text", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    SharedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SharedWith = table.Column<string>(type: "text", nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "text", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strategy_discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Rationale = table.Column<string>(type: "text", nullable: false),
                    ChairedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategy_discussions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_strategy_discussions_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_strategy_discussions_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_document_contents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_document_contents", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_case_document_contents_case_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "case_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_in_need_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Progress = table.Column<string>(type: "text", nullable: false),
                    ChildsViews = table.Column<string>(type: "text", nullable: true),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_in_need_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_in_need_reviews_child_in_need_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "child_in_need_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_group_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "text", nullable: false),
                    Progress = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_group_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_group_meetings_child_protection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_group_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Agency = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_group_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_group_members_child_protection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "section47_enquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyDiscussionId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    JointWithPolice = table.Column<bool>(type: "boolean", nullable: false),
                    AllocatedWorkerUserId = table.Column<string>(type: "text", nullable: true),
                    ChildSeenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SeenAlone = table.Column<bool>(type: "boolean", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeRationale = table.Column<string>(type: "text", nullable: true),
                    SeniorManagerAgreedByUserId = table.Column<string>(type: "text", nullable: true),
                    SeniorManagerAgreedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_section47_enquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_section47_enquiries_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_section47_enquiries_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_section47_enquiries_strategy_discussions_StrategyDiscussion~",
                        column: x => x.StrategyDiscussionId,
                        principalTable: "strategy_discussions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "strategy_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyDiscussionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Agency = table.Column<string>(type: "text", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategy_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_strategy_participants_strategy_discussions_StrategyDiscussi~",
                        column: x => x.StrategyDiscussionId,
                        principalTable: "strategy_discussions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_conferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Section47Id = table.Column<Guid>(type: "uuid", nullable: true),
                    ChildProtectionPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    ScheduledFor = table.Column<DateOnly>(type: "date", nullable: false),
                    OriginallyScheduledFor = table.Column<DateOnly>(type: "date", nullable: true),
                    RearrangedReason = table.Column<string>(type: "text", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Chair = table.Column<string>(type: "text", nullable: true),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Category = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    DecisionRationale = table.Column<string>(type: "text", nullable: true),
                    ChildAttended = table.Column<bool>(type: "boolean", nullable: true),
                    ChildsViews = table.Column<string>(type: "text", nullable: true),
                    ReportSharedWithParentsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MinutesSentOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_protection_conferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_protection_conferences_child_protection_plans_ChildPr~",
                        column: x => x.ChildProtectionPlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_protection_conferences_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_protection_conferences_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_protection_conferences_section47_enquiries_Section47Id",
                        column: x => x.Section47Id,
                        principalTable: "section47_enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conference_attendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConferenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Agency = table.Column<string>(type: "text", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false),
                    ReportSubmitted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conference_attendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conference_attendees_child_protection_conferences_Conferenc~",
                        column: x => x.ConferenceId,
                        principalTable: "child_protection_conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_AllocatedWorkerUserId",
                table: "assessments",
                column: "AllocatedWorkerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_PersonId",
                table: "assessments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_ReferralId",
                table: "assessments",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_case_documents_PersonId_DocumentDate",
                table: "case_documents",
                columns: new[] { "PersonId", "DocumentDate" });

            migrationBuilder.CreateIndex(
                name: "IX_case_notes_PersonId_OccurredOn",
                table: "case_notes",
                columns: new[] { "PersonId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_child_in_need_plans_PersonId",
                table: "child_in_need_plans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_in_need_plans_ReferralId",
                table: "child_in_need_plans",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_child_in_need_reviews_PlanId",
                table: "child_in_need_reviews",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_conferences_ChildProtectionPlanId",
                table: "child_protection_conferences",
                column: "ChildProtectionPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_conferences_PersonId",
                table: "child_protection_conferences",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_conferences_ReferralId",
                table: "child_protection_conferences",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_conferences_ScheduledFor",
                table: "child_protection_conferences",
                column: "ScheduledFor");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_conferences_Section47Id",
                table: "child_protection_conferences",
                column: "Section47Id");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_plans_PersonId",
                table: "child_protection_plans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_plans_ReferralId",
                table: "child_protection_plans",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_plans_StartDate",
                table: "child_protection_plans",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_chronology_entries_PersonId_OccurredOn",
                table: "chronology_entries",
                columns: new[] { "PersonId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_chronology_marks_PersonId_EventKey",
                table: "chronology_marks",
                columns: new[] { "PersonId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conference_attendees_ConferenceId",
                table: "conference_attendees",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_core_group_meetings_PlanId",
                table: "core_group_meetings",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_core_group_members_PlanId",
                table: "core_group_members",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_records_PersonId_RecordedOn",
                table: "oversight_records",
                columns: new[] { "PersonId", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_PlanId",
                table: "plan_actions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_section47_enquiries_AllocatedWorkerUserId",
                table: "section47_enquiries",
                column: "AllocatedWorkerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_section47_enquiries_PersonId",
                table: "section47_enquiries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_section47_enquiries_ReferralId",
                table: "section47_enquiries",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_section47_enquiries_StrategyDiscussionId",
                table: "section47_enquiries",
                column: "StrategyDiscussionId");

            migrationBuilder.CreateIndex(
                name: "IX_sharing_records_PersonId_ItemId",
                table: "sharing_records",
                columns: new[] { "PersonId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_strategy_discussions_PersonId",
                table: "strategy_discussions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_strategy_discussions_ReferralId",
                table: "strategy_discussions",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_strategy_participants_StrategyDiscussionId",
                table: "strategy_participants",
                column: "StrategyDiscussionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "case_document_contents");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "child_in_need_reviews");

            migrationBuilder.DropTable(
                name: "chronology_entries");

            migrationBuilder.DropTable(
                name: "chronology_marks");

            migrationBuilder.DropTable(
                name: "conference_attendees");

            migrationBuilder.DropTable(
                name: "core_group_meetings");

            migrationBuilder.DropTable(
                name: "core_group_members");

            migrationBuilder.DropTable(
                name: "oversight_records");

            migrationBuilder.DropTable(
                name: "plan_actions");

            migrationBuilder.DropTable(
                name: "sharing_records");

            migrationBuilder.DropTable(
                name: "strategy_participants");

            migrationBuilder.DropTable(
                name: "case_documents");

            migrationBuilder.DropTable(
                name: "child_in_need_plans");

            migrationBuilder.DropTable(
                name: "child_protection_conferences");

            migrationBuilder.DropTable(
                name: "child_protection_plans");

            migrationBuilder.DropTable(
                name: "section47_enquiries");

            migrationBuilder.DropTable(
                name: "strategy_discussions");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "ClosureNote",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "ReasonForClosure",
                table: "referrals");
        }
    }
}
