using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Audit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "case_events",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "case_events",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "case_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", nullable: false),
                    TargetName = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "event_chain_heads",
                columns: table => new
                {
                    Chain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_chain_heads", x => x.Chain);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_events_Sequence",
                table: "case_events",
                column: "Sequence",
                unique: true,
                filter: "\"Sequence\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_OccurredAtUtc",
                table: "audit_events",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_Sequence",
                table: "audit_events",
                column: "Sequence",
                unique: true,
                filter: "\"Sequence\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_TargetType_TargetId",
                table: "audit_events",
                columns: new[] { "TargetType", "TargetId" });

            // hand-written: start
            // The event tables are append-only: triggers refuse UPDATE and DELETE (only sealing an event written before
            // the chain began, sequence 0, is allowed). Whoever holds the SQLite file can still drop them; the hash chain
            // is what shows that happened (./haven audit verify).
            migrationBuilder.Sql("""
                CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events WHEN OLD."Sequence" <> 0
                BEGIN SELECT RAISE(ABORT, 'Haven audit events are append-only: UPDATE on case_events refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
                BEGIN SELECT RAISE(ABORT, 'Haven audit events are append-only: DELETE on case_events refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events WHEN OLD."Sequence" <> 0
                BEGIN SELECT RAISE(ABORT, 'Haven audit events are append-only: UPDATE on audit_events refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'Haven audit events are append-only: DELETE on audit_events refused'); END;
                """);
            // hand-written: end
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // hand-written: the append-only triggers (the audit_events ones go with the table).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS case_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS case_events_no_delete;");
            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "event_chain_heads");

            migrationBuilder.DropIndex(
                name: "IX_case_events_Sequence",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "case_events");
        }
    }
}
