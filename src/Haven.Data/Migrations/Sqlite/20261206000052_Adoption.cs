using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Adoption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "adoption_journeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecisionRationale = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    MatchingPanelOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MatchedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Adopters = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdoptedByFosterCarers = table.Column<bool>(type: "INTEGER", nullable: true),
                    NumberOfAdopters = table.Column<int>(type: "INTEGER", nullable: true),
                    AdoptersSex = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    AdoptersLegalStatus = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    PlacedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReversedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReversalReason = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    ReversalNote = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adoption_journeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adoption_journeys_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_adoption_journeys_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_proceedings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LetterBeforeProceedingsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalOrder = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_proceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_proceedings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "family_group_conferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Declined = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_group_conferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_family_group_conferences_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legal_planning_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legal_planning_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_legal_planning_meetings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "permanence_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Carers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReasonCeased = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SupportPlanAgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupportPlanReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_permanence_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_permanence_orders_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_permanence_orders_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "court_hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderMade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_court_hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_court_hearings_care_proceedings_ProceedingsId",
                        column: x => x.ProceedingsId,
                        principalTable: "care_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_court_hearings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pre_proceedings_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pre_proceedings_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pre_proceedings_meetings_care_proceedings_ProceedingsId",
                        column: x => x.ProceedingsId,
                        principalTable: "care_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pre_proceedings_meetings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proceedings_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weeks = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proceedings_extensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proceedings_extensions_care_proceedings_ProceedingsId",
                        column: x => x.ProceedingsId,
                        principalTable: "care_proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proceedings_extensions_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adoption_journeys_CarePeriodId",
                table: "adoption_journeys",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_adoption_journeys_PersonId_DecisionOn",
                table: "adoption_journeys",
                columns: new[] { "PersonId", "DecisionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_proceedings_PersonId_IssuedOn",
                table: "care_proceedings",
                columns: new[] { "PersonId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_court_hearings_PersonId",
                table: "court_hearings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_court_hearings_ProceedingsId",
                table: "court_hearings",
                column: "ProceedingsId");

            migrationBuilder.CreateIndex(
                name: "IX_family_group_conferences_PersonId_OfferedOn",
                table: "family_group_conferences",
                columns: new[] { "PersonId", "OfferedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_legal_planning_meetings_PersonId_HeldOn",
                table: "legal_planning_meetings",
                columns: new[] { "PersonId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_permanence_orders_CarePeriodId",
                table: "permanence_orders",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_permanence_orders_PersonId_MadeOn",
                table: "permanence_orders",
                columns: new[] { "PersonId", "MadeOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pre_proceedings_meetings_PersonId",
                table: "pre_proceedings_meetings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_pre_proceedings_meetings_ProceedingsId",
                table: "pre_proceedings_meetings",
                column: "ProceedingsId");

            migrationBuilder.CreateIndex(
                name: "IX_proceedings_extensions_PersonId",
                table: "proceedings_extensions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_proceedings_extensions_ProceedingsId",
                table: "proceedings_extensions",
                column: "ProceedingsId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adoption_journeys");

            migrationBuilder.DropTable(
                name: "court_hearings");

            migrationBuilder.DropTable(
                name: "family_group_conferences");

            migrationBuilder.DropTable(
                name: "legal_planning_meetings");

            migrationBuilder.DropTable(
                name: "permanence_orders");

            migrationBuilder.DropTable(
                name: "pre_proceedings_meetings");

            migrationBuilder.DropTable(
                name: "proceedings_extensions");

            migrationBuilder.DropTable(
                name: "care_proceedings");
        }
    }
}
