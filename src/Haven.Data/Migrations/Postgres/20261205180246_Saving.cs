using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Saving : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "teams",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "section47_enquiries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "screening_decisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "referrals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "plan_actions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "people",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "early_help_episodes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "early_help_assessments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "early_help_actions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "contacts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "child_protection_plans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "child_protection_conferences",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "child_in_need_plans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "case_notes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "assessments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "record_numbers",
                columns: table => new
                {
                    Series = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LastUsed = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_numbers", x => x.Series);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_numbers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "section47_enquiries");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "screening_decisions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "plan_actions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "early_help_episodes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "early_help_assessments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "early_help_actions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "child_protection_plans");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "child_protection_conferences");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "child_in_need_plans");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "case_notes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "assessments");
        }
    }
}
