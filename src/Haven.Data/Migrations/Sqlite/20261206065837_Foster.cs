using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CarerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EnquiryOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InitialVisitOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessingWorkerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StageTwoStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TemporaryApprovalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TemporaryApprovalChild = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TemporaryApprovalExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TemporaryApprovalExtensionWeeks = table.Column<int>(type: "INTEGER", nullable: true),
                    PanelOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PanelRecommendedApproval = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: true),
                    AgeFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeTo = table.Column<int>(type: "INTEGER", nullable: true),
                    CareTypes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupervisingWorkerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    MatchedAdoptionJourneyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_journeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_household_journeys_adoption_journeys_MatchedAdoptionJourneyId",
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JourneyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PanelOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JourneyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BornOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
