using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_advocacy_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_advocacy_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_advocacy_offers_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_advocacy_offers_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_education_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchoolName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SchoolUrn = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    VirtualSchoolContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttendancePercent = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    Sen = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_education_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_education_plans_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_education_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_health_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpToDate = table.Column<bool>(type: "INTEGER", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Camhs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_health_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_health_checks_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_health_checks_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_missing_episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissingOrAway = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WhereFound = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    PoliceInformed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PoliceReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    InterviewOfferedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InterviewOfferedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InterviewHeldAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InterviewHeldBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InterviewOutcome = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Screening = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ScreeningOutcome = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_missing_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_missing_episodes_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_missing_episodes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_school_exclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SchoolName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_school_exclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_school_exclusions_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_school_exclusions_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_advocacy_offers_CarePeriodId",
                table: "care_advocacy_offers",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_care_advocacy_offers_PersonId_OfferedOn",
                table: "care_advocacy_offers",
                columns: new[] { "PersonId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_education_plans_CarePeriodId",
                table: "care_education_plans",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_care_education_plans_PersonId_HeldOn",
                table: "care_education_plans",
                columns: new[] { "PersonId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_health_checks_CarePeriodId",
                table: "care_health_checks",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_care_health_checks_PersonId_DoneOn",
                table: "care_health_checks",
                columns: new[] { "PersonId", "DoneOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_missing_episodes_CarePeriodId",
                table: "care_missing_episodes",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_care_missing_episodes_PersonId_StartedAtUtc",
                table: "care_missing_episodes",
                columns: new[] { "PersonId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_care_school_exclusions_CarePeriodId",
                table: "care_school_exclusions",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_care_school_exclusions_PersonId_StartDate",
                table: "care_school_exclusions",
                columns: new[] { "PersonId", "StartDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_advocacy_offers");

            migrationBuilder.DropTable(
                name: "care_education_plans");

            migrationBuilder.DropTable(
                name: "care_health_checks");

            migrationBuilder.DropTable(
                name: "care_missing_episodes");

            migrationBuilder.DropTable(
                name: "care_school_exclusions");
        }
    }
}
