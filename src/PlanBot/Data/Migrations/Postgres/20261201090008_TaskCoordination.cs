using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskCoordination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Coordinating",
                table: "Tasks",
                type: "text[]",
                nullable: false,
                // Tasks saved before this column have no coordinating units.
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<bool>(
                name: "Recurring",
                table: "Tasks",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Coordinating",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "Recurring",
                table: "Tasks");
        }
    }
}
