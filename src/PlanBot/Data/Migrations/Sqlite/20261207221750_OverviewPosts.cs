using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverviewPosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OverviewPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", nullable: true),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverviewPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OverviewPosts_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OverviewPosts_ConversationId",
                table: "OverviewPosts",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_OverviewPosts_PlanId_ConversationId",
                table: "OverviewPosts",
                columns: new[] { "PlanId", "ConversationId" },
                unique: true);

            // Every plan's overview card, where it was last posted, is kept current as before: one post each.
            migrationBuilder.Sql("""
                INSERT INTO "OverviewPosts" ("PlanId", "ConversationId", "ServiceUrl", "TenantId", "ActivityId", "Language", "PostedAt")
                SELECT p."Id", p."ConversationId", p."ServiceUrl", p."TenantId", p."OverviewActivityId",
                       COALESCE((SELECT u."Language" FROM "UserSettings" u WHERE u."UserId" = p."OrganizerId"), 'vi'), p."CreatedAt"
                FROM "Plans" p WHERE p."OverviewActivityId" IS NOT NULL
                """);

            migrationBuilder.DropColumn(
                name: "OverviewActivityId",
                table: "Plans");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OverviewPosts");

            migrationBuilder.AddColumn<string>(
                name: "OverviewActivityId",
                table: "Plans",
                type: "TEXT",
                nullable: true);
        }
    }
}
