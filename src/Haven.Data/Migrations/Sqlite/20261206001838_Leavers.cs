using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Leavers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_leaver_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InTouch = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Accommodation = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    AccommodationSuitable = table.Column<bool>(type: "INTEGER", nullable: true),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    StayingPut = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_leaver_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_leaver_contacts_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_leaver_pathway_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    YoungPersonTookPart = table.Column<bool>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_leaver_pathway_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_leaver_pathway_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_leavers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonalAdviserUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PersonalAdviserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonalAdviserFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupportTo25 = table.Column<bool>(type: "INTEGER", nullable: false),
                    DetainedOrInHospitalAt16 = table.Column<bool>(type: "INTEGER", nullable: false),
                    LocalOfferGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_leavers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_leavers_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_leaver_contacts_PersonId_ContactOn",
                table: "care_leaver_contacts",
                columns: new[] { "PersonId", "ContactOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_leaver_pathway_plans_PersonId_CompletedOn",
                table: "care_leaver_pathway_plans",
                columns: new[] { "PersonId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_leavers_PersonalAdviserUserId",
                table: "care_leavers",
                column: "PersonalAdviserUserId");

            migrationBuilder.CreateIndex(
                name: "IX_care_leavers_PersonId",
                table: "care_leavers",
                column: "PersonId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_leaver_contacts");

            migrationBuilder.DropTable(
                name: "care_leaver_pathway_plans");

            migrationBuilder.DropTable(
                name: "care_leavers");
        }
    }
}
