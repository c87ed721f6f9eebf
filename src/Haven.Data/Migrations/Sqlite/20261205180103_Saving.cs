using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "section47_enquiries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "screening_decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "referrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "plan_actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "people",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "early_help_episodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "early_help_assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "early_help_actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "child_protection_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "child_protection_conferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "child_in_need_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "case_notes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "record_numbers",
                columns: table => new
                {
                    Series = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastUsed = table.Column<long>(type: "INTEGER", nullable: false)
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
