using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class care14 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "life_story_work",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    NotNeededOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotNeededReason = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reviews = table.Column<int>(type: "integer", nullable: false),
                    BookGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BookGivenTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LetterWrittenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LetterGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LetterGivenTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_life_story_work", x => x.Id);
                    table.ForeignKey(
                        name: "FK_life_story_work_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_life_story_work_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "long_term_fostering_matches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_long_term_fostering_matches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_long_term_fostering_matches_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_long_term_fostering_matches_carers_CarerId",
                        column: x => x.CarerId,
                        principalTable: "carers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_long_term_fostering_matches_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_long_term_fostering_matches_placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "return_home_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Assessment = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SupportPlanAgreedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SupportPlan = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewOutcome = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_home_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_return_home_plans_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_return_home_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_life_story_work_CarePeriodId",
                table: "life_story_work",
                column: "CarePeriodId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_life_story_work_PersonId",
                table: "life_story_work",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_long_term_fostering_matches_CarePeriodId",
                table: "long_term_fostering_matches",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_long_term_fostering_matches_CarerId",
                table: "long_term_fostering_matches",
                column: "CarerId");

            migrationBuilder.CreateIndex(
                name: "IX_long_term_fostering_matches_PersonId_DecidedOn",
                table: "long_term_fostering_matches",
                columns: new[] { "PersonId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_long_term_fostering_matches_PlacementId",
                table: "long_term_fostering_matches",
                column: "PlacementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_return_home_plans_CarePeriodId",
                table: "return_home_plans",
                column: "CarePeriodId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_return_home_plans_PersonId",
                table: "return_home_plans",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "life_story_work");

            migrationBuilder.DropTable(
                name: "long_term_fostering_matches");

            migrationBuilder.DropTable(
                name: "return_home_plans");
        }
    }
}
