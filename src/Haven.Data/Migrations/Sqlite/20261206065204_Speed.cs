using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Speed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_MergedIntoId",
                table: "people");

            migrationBuilder.CreateIndex(
                name: "IX_people_MergedIntoId",
                table: "people",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_allocations_TeamId",
                table: "allocations",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_MergedIntoId",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_allocations_TeamId",
                table: "allocations");

            migrationBuilder.CreateIndex(
                name: "IX_people_MergedIntoId",
                table: "people",
                column: "MergedIntoId");
        }
    }
}
