using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Ehwarn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                table: "team_around_family_members",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedByName",
                table: "person_flags",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "person_flags",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedByName",
                table: "person_flags",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NrmReferralDate",
                table: "person_flags",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NrmReferralMade",
                table: "person_flags",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDate",
                table: "person_flags",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AddedOn",
                table: "early_help_actions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "early_help_actions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "early_help_actions",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeftOn",
                table: "team_around_family_members");

            migrationBuilder.DropColumn(
                name: "AddedByName",
                table: "person_flags");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "person_flags");

            migrationBuilder.DropColumn(
                name: "EndedByName",
                table: "person_flags");

            migrationBuilder.DropColumn(
                name: "NrmReferralDate",
                table: "person_flags");

            migrationBuilder.DropColumn(
                name: "NrmReferralMade",
                table: "person_flags");

            migrationBuilder.DropColumn(
                name: "ReviewDate",
                table: "person_flags");

            migrationBuilder.DropColumn(
                name: "AddedOn",
                table: "early_help_actions");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "early_help_actions");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "early_help_actions");
        }
    }
}
