using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingRecovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InvitedSequence",
                table: "Meetings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PendingSince",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            // Meetings stored before this migration had their invitations written already.
            migrationBuilder.Sql("UPDATE \"Meetings\" SET \"InvitedSequence\" = \"Sequence\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InvitedSequence",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "PendingSince",
                table: "Meetings");
        }
    }
}
