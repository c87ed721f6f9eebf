using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Escalations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "chair_quality_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernsKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ConcernsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quality = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    WrittenByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chair_quality_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_chair_quality_notes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernsKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ConcernsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RaisedWith = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RaisedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_escalations_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "escalation_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EscalationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedWith = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalation_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_escalation_steps_escalations_EscalationId",
                        column: x => x.EscalationId,
                        principalTable: "escalations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chair_quality_notes_ConcernsKind_ConcernsId",
                table: "chair_quality_notes",
                columns: new[] { "ConcernsKind", "ConcernsId" });

            migrationBuilder.CreateIndex(
                name: "IX_chair_quality_notes_PersonId",
                table: "chair_quality_notes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_escalation_steps_EscalationId",
                table: "escalation_steps",
                column: "EscalationId");

            migrationBuilder.CreateIndex(
                name: "IX_escalations_ConcernsKind_ConcernsId",
                table: "escalations",
                columns: new[] { "ConcernsKind", "ConcernsId" });

            migrationBuilder.CreateIndex(
                name: "IX_escalations_PersonId",
                table: "escalations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_escalations_RaisedByUserId_Stage",
                table: "escalations",
                columns: new[] { "RaisedByUserId", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chair_quality_notes");

            migrationBuilder.DropTable(
                name: "escalation_steps");

            migrationBuilder.DropTable(
                name: "escalations");
        }
    }
}
