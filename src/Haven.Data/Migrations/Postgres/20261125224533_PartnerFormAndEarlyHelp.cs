using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnerFormAndEarlyHelp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "early_help_episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LeadProfessional = table.Column<string>(type: "text", nullable: false),
                    LeadAgency = table.Column<string>(type: "text", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureOutcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ClosureNote = table.Column<string>(type: "text", nullable: true),
                    SteppedUpToContactId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_episodes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmissionToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReferrerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReferrerRole = table.Column<string>(type: "text", nullable: true),
                    ReferrerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ReferrerPhone = table.Column<string>(type: "text", nullable: true),
                    SourceCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ChildFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChildLastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChildDateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildAddress = table.Column<string>(type: "text", nullable: true),
                    ChildPostcode = table.Column<string>(type: "text", nullable: true),
                    OtherChildren = table.Column<string>(type: "text", nullable: true),
                    ParentsOrCarers = table.Column<string>(type: "text", nullable: true),
                    Concern = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ChildsViews = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Consent = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsentBasis = table.Column<string>(type: "text", nullable: true),
                    ParentsAware = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MatchedPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProcessedByUserId = table.Column<string>(type: "text", nullable: true),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "early_help_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_actions_early_help_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "early_help_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "early_help_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildsVoice = table.Column<string>(type: "text", nullable: false),
                    ParentsViews = table.Column<string>(type: "text", nullable: false),
                    Strengths = table.Column<string>(type: "text", nullable: false),
                    Needs = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_assessments_early_help_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "early_help_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "early_help_lead_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FromLead = table.Column<string>(type: "text", nullable: false),
                    ToLead = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_lead_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_lead_changes_early_help_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "early_help_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "early_help_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Progress = table.Column<string>(type: "text", nullable: false),
                    ChildsViews = table.Column<string>(type: "text", nullable: false),
                    NextReviewDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_reviews_early_help_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "early_help_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_around_family_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Agency = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_around_family_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_team_around_family_members_early_help_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "early_help_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_early_help_actions_EpisodeId",
                table: "early_help_actions",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_assessments_EpisodeId",
                table: "early_help_assessments",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_episodes_PersonId",
                table: "early_help_episodes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_lead_changes_EpisodeId",
                table: "early_help_lead_changes",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_reviews_EpisodeId",
                table: "early_help_reviews",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_partner_submissions_Reference",
                table: "partner_submissions",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partner_submissions_Status_SubmittedAtUtc",
                table: "partner_submissions",
                columns: new[] { "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_submissions_SubmissionToken",
                table: "partner_submissions",
                column: "SubmissionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_team_around_family_members_EpisodeId",
                table: "team_around_family_members",
                column: "EpisodeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "early_help_actions");

            migrationBuilder.DropTable(
                name: "early_help_assessments");

            migrationBuilder.DropTable(
                name: "early_help_lead_changes");

            migrationBuilder.DropTable(
                name: "early_help_reviews");

            migrationBuilder.DropTable(
                name: "partner_submissions");

            migrationBuilder.DropTable(
                name: "team_around_family_members");

            migrationBuilder.DropTable(
                name: "early_help_episodes");
        }
    }
}
