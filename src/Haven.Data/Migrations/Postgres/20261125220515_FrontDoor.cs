using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FrontDoor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Route = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ReferrerName = table.Column<string>(type: "text", nullable: true),
                    ReferrerOrganisation = table.Column<string>(type: "text", nullable: true),
                    ReferrerRole = table.Column<string>(type: "text", nullable: true),
                    ReferrerEmail = table.Column<string>(type: "text", nullable: true),
                    ReferrerPhone = table.Column<string>(type: "text", nullable: true),
                    ReferrerAddress = table.Column<string>(type: "text", nullable: true),
                    Concern = table.Column<string>(type: "text", nullable: false),
                    ChildsViews = table.Column<string>(type: "text", nullable: true),
                    Consent = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsentBasis = table.Column<string>(type: "text", nullable: true),
                    ParentsAware = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "text", nullable: false),
                    HistoryReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HistoryReadByUserId = table.Column<string>(type: "text", nullable: true),
                    HistoryNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contacts_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SourceCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PrimaryNeedCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    IsReReferral = table.Column<bool>(type: "boolean", nullable: false),
                    NoFurtherAction = table.Column<bool>(type: "boolean", nullable: false),
                    AllocatedTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    AllocatedWorkerUserId = table.Column<string>(type: "text", nullable: true),
                    AllocatedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrer_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentByUserId = table.Column<string>(type: "text", nullable: true),
                    FailureReason = table.Column<string>(type: "text", nullable: true),
                    ProviderReference = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrer_feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrer_feedback_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "screening_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Threshold = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Rationale = table.Column<string>(type: "text", nullable: false),
                    LeadProfessional = table.Column<string>(type: "text", nullable: true),
                    LeadAgency = table.Column<string>(type: "text", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "text", nullable: false),
                    DecidedByName = table.Column<string>(type: "text", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AmendmentCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_screening_decisions_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_ContactGroupId",
                table: "contacts",
                column: "ContactGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_PersonId",
                table: "contacts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_ReceivedAtUtc",
                table: "contacts",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_Reference",
                table: "contacts",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ContactId",
                table: "referrals",
                column: "ContactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_PersonId",
                table: "referrals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ReferralDate",
                table: "referrals",
                column: "ReferralDate");

            migrationBuilder.CreateIndex(
                name: "IX_referrer_feedback_ContactId",
                table: "referrer_feedback",
                column: "ContactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrer_feedback_Status_DueAtUtc",
                table: "referrer_feedback",
                columns: new[] { "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_screening_decisions_ContactId",
                table: "screening_decisions",
                column: "ContactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_screening_decisions_DecidedAtUtc",
                table: "screening_decisions",
                column: "DecidedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "referrer_feedback");

            migrationBuilder.DropTable(
                name: "screening_decisions");

            migrationBuilder.DropTable(
                name: "contacts");
        }
    }
}
