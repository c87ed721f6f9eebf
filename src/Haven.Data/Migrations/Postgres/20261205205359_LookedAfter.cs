using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LookedAfter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EntryRoute = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecisionBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionRationale = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CategoryOfNeed = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    HomePostcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Unaccompanied = table.Column<bool>(type: "boolean", nullable: false),
                    UnaccompaniedEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CarePlanDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IroUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IroName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReasonCeased = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    EndNote = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_periods_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_periods_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "carers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProviderCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Urn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    OutOfAreaAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Approval = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Places = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_carers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_legal_statuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_legal_statuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_legal_statuses_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementType = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    ProviderCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    CarerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CarerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Urn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PlacementPlanAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MatchingNote = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ReasonForChange = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    MovePlanned = table.Column<bool>(type: "boolean", nullable: true),
                    EndNote = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_placements_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_placements_carers_CarerId",
                        column: x => x.CarerId,
                        principalTable: "carers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_placements_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_legal_statuses_CarePeriodId_From",
                table: "care_legal_statuses",
                columns: new[] { "CarePeriodId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_care_periods_IroUserId",
                table: "care_periods",
                column: "IroUserId");

            migrationBuilder.CreateIndex(
                name: "IX_care_periods_PersonId_StartDate",
                table: "care_periods",
                columns: new[] { "PersonId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_care_periods_ReferralId",
                table: "care_periods",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_carers_Name",
                table: "carers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_carers_Urn",
                table: "carers",
                column: "Urn");

            migrationBuilder.CreateIndex(
                name: "IX_placements_CarePeriodId_StartDate",
                table: "placements",
                columns: new[] { "CarePeriodId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_placements_CarerId",
                table: "placements",
                column: "CarerId");

            migrationBuilder.CreateIndex(
                name: "IX_placements_PersonId_StartDate",
                table: "placements",
                columns: new[] { "PersonId", "StartDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_legal_statuses");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "care_periods");

            migrationBuilder.DropTable(
                name: "carers");
        }
    }
}
