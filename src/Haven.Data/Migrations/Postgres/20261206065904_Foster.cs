using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Foster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "household_journeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CarerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Route = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    EnquiryOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialVisitOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessingWorkerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    StageTwoStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TemporaryApprovalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TemporaryApprovalChild = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TemporaryApprovalExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TemporaryApprovalExtensionWeeks = table.Column<int>(type: "integer", nullable: true),
                    PanelOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PanelRecommendedApproval = table.Column<bool>(type: "boolean", nullable: true),
                    DecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Approved = table.Column<bool>(type: "boolean", nullable: true),
                    AgeFrom = table.Column<int>(type: "integer", nullable: true),
                    AgeTo = table.Column<int>(type: "integer", nullable: true),
                    CareTypes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SupervisingWorkerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    MatchedAdoptionJourneyId = table.Column<Guid>(type: "uuid", nullable: true),
                    MatchedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EndNote = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_journeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_household_journeys_adoption_journeys_MatchedAdoptionJourney~",
                        column: x => x.MatchedAdoptionJourneyId,
                        principalTable: "adoption_journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_household_journeys_carers_CarerId",
                        column: x => x.CarerId,
                        principalTable: "carers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JourneyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PanelOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_household_entries_household_journeys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "household_journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JourneyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BornOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_household_members_household_journeys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "household_journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_household_entries_JourneyId_Kind_On",
                table: "household_entries",
                columns: new[] { "JourneyId", "Kind", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_household_journeys_CarerId",
                table: "household_journeys",
                column: "CarerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_household_journeys_MatchedAdoptionJourneyId",
                table: "household_journeys",
                column: "MatchedAdoptionJourneyId");

            migrationBuilder.CreateIndex(
                name: "IX_household_journeys_SupervisingWorkerUserId",
                table: "household_journeys",
                column: "SupervisingWorkerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_household_members_JourneyId",
                table: "household_members",
                column: "JourneyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "household_entries");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "household_journeys");
        }
    }
}
