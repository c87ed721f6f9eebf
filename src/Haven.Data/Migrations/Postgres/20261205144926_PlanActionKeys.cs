using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Haven.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanActionKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PlanId named either kind of plan with no foreign key. Each action gets the key of the kind of plan
            // its PlanId is found in, before PlanId goes.
            migrationBuilder.AddColumn<Guid>(
                name: "ChildInNeedPlanId",
                table: "plan_actions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChildProtectionPlanId",
                table: "plan_actions",
                type: "uuid",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE plan_actions SET "ChildProtectionPlanId" = "PlanId"
                WHERE "PlanId" IN (SELECT "Id" FROM child_protection_plans);
                """);
            migrationBuilder.Sql("""
                UPDATE plan_actions SET "ChildInNeedPlanId" = "PlanId"
                WHERE "PlanId" IN (SELECT "Id" FROM child_in_need_plans);
                """);

            // An action whose plan is in neither table cannot be kept under the new keys. Haven never makes one
            // (actions are only added to a plan it has just read, and plans are never deleted), nor does the demo
            // generator, so this only removes rows written around the application; with no plan, such a row has no
            // child either and no page could show it.
            migrationBuilder.Sql("""
                DELETE FROM plan_actions
                WHERE "ChildProtectionPlanId" IS NULL AND "ChildInNeedPlanId" IS NULL;
                """);

            migrationBuilder.DropIndex(
                name: "IX_plan_actions_PlanId",
                table: "plan_actions");

            migrationBuilder.DropColumn(
                name: "PlanId",
                table: "plan_actions");

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_ChildInNeedPlanId",
                table: "plan_actions",
                column: "ChildInNeedPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_ChildProtectionPlanId",
                table: "plan_actions",
                column: "ChildProtectionPlanId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_plan_actions_one_plan",
                table: "plan_actions",
                sql: "(\"ChildProtectionPlanId\" IS NULL) <> (\"ChildInNeedPlanId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_plan_actions_child_in_need_plans_ChildInNeedPlanId",
                table: "plan_actions",
                column: "ChildInNeedPlanId",
                principalTable: "child_in_need_plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_plan_actions_child_protection_plans_ChildProtectionPlanId",
                table: "plan_actions",
                column: "ChildProtectionPlanId",
                principalTable: "child_protection_plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PlanId",
                table: "plan_actions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.Sql("""
                UPDATE plan_actions SET "PlanId" = COALESCE("ChildProtectionPlanId", "ChildInNeedPlanId");
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_plan_actions_child_in_need_plans_ChildInNeedPlanId",
                table: "plan_actions");

            migrationBuilder.DropForeignKey(
                name: "FK_plan_actions_child_protection_plans_ChildProtectionPlanId",
                table: "plan_actions");

            migrationBuilder.DropIndex(
                name: "IX_plan_actions_ChildInNeedPlanId",
                table: "plan_actions");

            migrationBuilder.DropIndex(
                name: "IX_plan_actions_ChildProtectionPlanId",
                table: "plan_actions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_plan_actions_one_plan",
                table: "plan_actions");

            migrationBuilder.DropColumn(
                name: "ChildInNeedPlanId",
                table: "plan_actions");

            migrationBuilder.DropColumn(
                name: "ChildProtectionPlanId",
                table: "plan_actions");

            migrationBuilder.CreateIndex(
                name: "IX_plan_actions_PlanId",
                table: "plan_actions",
                column: "PlanId");
        }
    }
}
