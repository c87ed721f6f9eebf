using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Access : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_partner_submissions_MatchedPersonId",
                table: "partner_submissions",
                column: "MatchedPersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_allocations_people_PersonId",
                table: "allocations",
                column: "PersonId",
                principalTable: "people",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_chronology_marks_people_PersonId",
                table: "chronology_marks",
                column: "PersonId",
                principalTable: "people",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_partner_submissions_people_MatchedPersonId",
                table: "partner_submissions",
                column: "MatchedPersonId",
                principalTable: "people",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_restricted_access_grants_people_PersonId",
                table: "restricted_access_grants",
                column: "PersonId",
                principalTable: "people",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_sharing_records_people_PersonId",
                table: "sharing_records",
                column: "PersonId",
                principalTable: "people",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_allocations_people_PersonId",
                table: "allocations");

            migrationBuilder.DropForeignKey(
                name: "FK_chronology_marks_people_PersonId",
                table: "chronology_marks");

            migrationBuilder.DropForeignKey(
                name: "FK_partner_submissions_people_MatchedPersonId",
                table: "partner_submissions");

            migrationBuilder.DropForeignKey(
                name: "FK_restricted_access_grants_people_PersonId",
                table: "restricted_access_grants");

            migrationBuilder.DropForeignKey(
                name: "FK_sharing_records_people_PersonId",
                table: "sharing_records");

            migrationBuilder.DropIndex(
                name: "IX_partner_submissions_MatchedPersonId",
                table: "partner_submissions");
        }
    }
}
