using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CinQueryExplanations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cin_query_explanations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CensusYear = table.Column<int>(type: "integer", nullable: false),
                    LAchildID = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RuleId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExplainedByName = table.Column<string>(type: "text", nullable: false),
                    ExplainedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cin_query_explanations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cin_query_explanations_CensusYear_LAchildID_RuleId",
                table: "cin_query_explanations",
                columns: new[] { "CensusYear", "LAchildID", "RuleId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cin_query_explanations");
        }
    }
}
