using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Lado : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DashRiskLevel",
                table: "contacts",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDesignatedOfficer",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "allegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AdultName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdultRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialConsiderationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InitialConsiderationDecision = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    StrategyMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployerAction = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allegations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marac_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RiskLevel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Actions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marac_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_marac_referrals_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "allegation_children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AllegationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allegation_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allegation_children_allegations_AllegationId",
                        column: x => x.AllegationId,
                        principalTable: "allegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_allegation_children_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_allegation_children_AllegationId_PersonId",
                table: "allegation_children",
                columns: new[] { "AllegationId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allegation_children_PersonId",
                table: "allegation_children",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_allegations_ReceivedOn",
                table: "allegations",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_marac_referrals_PersonId_ReferredOn",
                table: "marac_referrals",
                columns: new[] { "PersonId", "ReferredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allegation_children");

            migrationBuilder.DropTable(
                name: "marac_referrals");

            migrationBuilder.DropTable(
                name: "allegations");

            migrationBuilder.DropColumn(
                name: "DashRiskLevel",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "IsDesignatedOfficer",
                table: "AspNetUsers");
        }
    }
}
