using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LeadProfessional = table.Column<string>(type: "TEXT", nullable: false),
                    LeadAgency = table.Column<string>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureOutcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ClosureNote = table.Column<string>(type: "TEXT", nullable: true),
                    SteppedUpToContactId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmissionToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReferrerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferrerRole = table.Column<string>(type: "TEXT", nullable: true),
                    ReferrerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ReferrerPhone = table.Column<string>(type: "TEXT", nullable: true),
                    SourceCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ChildFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChildLastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChildDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChildAddress = table.Column<string>(type: "TEXT", nullable: true),
                    ChildPostcode = table.Column<string>(type: "TEXT", nullable: true),
                    OtherChildren = table.Column<string>(type: "TEXT", nullable: true),
                    ParentsOrCarers = table.Column<string>(type: "TEXT", nullable: true),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ChildsViews = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConsentBasis = table.Column<string>(type: "TEXT", nullable: true),
                    ParentsAware = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MatchedPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProcessedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "early_help_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChildsVoice = table.Column<string>(type: "TEXT", nullable: false),
                    ParentsViews = table.Column<string>(type: "TEXT", nullable: false),
                    Strengths = table.Column<string>(type: "TEXT", nullable: false),
                    Needs = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromLead = table.Column<string>(type: "TEXT", nullable: false),
                    ToLead = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Progress = table.Column<string>(type: "TEXT", nullable: false),
                    ChildsViews = table.Column<string>(type: "TEXT", nullable: false),
                    NextReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: true)
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
