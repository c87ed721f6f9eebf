using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Ehlado : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "early_help_plan_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Before = table.Column<string>(type: "character varying(2000000)", maxLength: 2000000, nullable: false),
                    After = table.Column<string>(type: "character varying(2000000)", maxLength: 2000000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_plan_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_plan_changes_early_help_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "early_help_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_early_help_plan_changes_EpisodeId",
                table: "early_help_plan_changes",
                column: "EpisodeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "early_help_plan_changes");
        }
    }
}
