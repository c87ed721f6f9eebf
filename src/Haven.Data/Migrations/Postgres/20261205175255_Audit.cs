using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Haven.Data.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "case_events",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "case_events",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "text", nullable: false),
                    ActorName = table.Column<string>(type: "text", nullable: false),
                    TargetType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetId = table.Column<string>(type: "text", nullable: false),
                    TargetName = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "event_chain_heads",
                columns: table => new
                {
                    Chain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
            // The event tables are append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks, so even the
            // account Haven connects as cannot rewrite history (only sealing an event written before the chain began,
            // sequence 0, is allowed). Grants are taken from PUBLIC too; deployments should connect as a role that does
            // not own the tables, so it cannot disable the triggers (docs/security.md, "Audit").
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION haven_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' THEN
                        IF OLD."Sequence" = 0 THEN
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'Haven audit events are append-only: % on % refused', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
                    FOR EACH ROW EXECUTE FUNCTION haven_events_append_only();
                CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
                    FOR EACH STATEMENT EXECUTE FUNCTION haven_events_append_only();
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                    FOR EACH ROW EXECUTE FUNCTION haven_events_append_only();
                CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
                    FOR EACH STATEMENT EXECUTE FUNCTION haven_events_append_only();
                REVOKE UPDATE, DELETE, TRUNCATE ON case_events, audit_events FROM PUBLIC;
                """);
            // hand-written: end
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // hand-written: the append-only triggers (the audit_events ones go with the table).
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS case_events_append_only ON case_events;
                DROP TRIGGER IF EXISTS case_events_no_truncate ON case_events;
                """);
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

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS haven_events_append_only();");
        }
    }
}
