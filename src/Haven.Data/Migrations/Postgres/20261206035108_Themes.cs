using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Themes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "CarePeriodId",
                table: "care_missing_episodes",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.CreateTable(
                name: "private_fostering_arrangements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NotifiedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CarerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CarerRelationship = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Suitable = table.Column<bool>(type: "boolean", nullable: true),
                    AssessmentSummary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_private_fostering_arrangements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_private_fostering_arrangements_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "private_fostering_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrangementId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SeenAlone = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_private_fostering_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_private_fostering_visits_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_private_fostering_visits_private_fostering_arrangements_Arr~",
                        column: x => x.ArrangementId,
                        principalTable: "private_fostering_arrangements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_private_fostering_arrangements_PersonId_NotifiedOn",
                table: "private_fostering_arrangements",
                columns: new[] { "PersonId", "NotifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_private_fostering_visits_ArrangementId",
                table: "private_fostering_visits",
                column: "ArrangementId");

            migrationBuilder.CreateIndex(
                name: "IX_private_fostering_visits_PersonId_VisitedOn",
                table: "private_fostering_visits",
                columns: new[] { "PersonId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "private_fostering_visits");

            migrationBuilder.DropTable(
                name: "private_fostering_arrangements");

            migrationBuilder.AlterColumn<Guid>(
                name: "CarePeriodId",
                table: "care_missing_episodes",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
