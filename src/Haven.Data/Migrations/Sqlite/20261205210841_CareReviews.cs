using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_plans_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChairUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChairName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Participation = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ChildsViews = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    MinutesToChildOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MinutesToCarersOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_reviews_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_reviews_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "permanence_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_permanence_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_permanence_plans_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_permanence_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_review_recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_review_recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_review_recommendations_care_reviews_CareReviewId",
                        column: x => x.CareReviewId,
                        principalTable: "care_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_plans_CarePeriodId_AgreedOn",
                table: "care_plans",
                columns: new[] { "CarePeriodId", "AgreedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_plans_PersonId",
                table: "care_plans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_care_review_recommendations_CareReviewId",
                table: "care_review_recommendations",
                column: "CareReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_care_reviews_CarePeriodId_HeldOn",
                table: "care_reviews",
                columns: new[] { "CarePeriodId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_reviews_PersonId_HeldOn",
                table: "care_reviews",
                columns: new[] { "PersonId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_permanence_plans_CarePeriodId_AgreedOn",
                table: "permanence_plans",
                columns: new[] { "CarePeriodId", "AgreedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_permanence_plans_PersonId",
                table: "permanence_plans",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_plans");

            migrationBuilder.DropTable(
                name: "care_review_recommendations");

            migrationBuilder.DropTable(
                name: "permanence_plans");

            migrationBuilder.DropTable(
                name: "care_reviews");
        }
    }
}
