using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InTouch = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Accommodation = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    AccommodationSuitable = table.Column<bool>(type: "boolean", nullable: true),
                    Activity = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    StayingPut = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    YoungPersonTookPart = table.Column<bool>(type: "boolean", nullable: false),
                    Summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonalAdviserUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PersonalAdviserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PersonalAdviserFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    SupportTo25 = table.Column<bool>(type: "boolean", nullable: false),
                    DetainedOrInHospitalAt16 = table.Column<bool>(type: "boolean", nullable: false),
                    LocalOfferGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
