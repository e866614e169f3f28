using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlanBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingInvitedSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InvitedSequence",
                table: "Meetings",
                type: "integer",
                nullable: true);

            // Meetings stored before this column had their invitations written already.
            migrationBuilder.Sql("UPDATE \"Meetings\" SET \"InvitedSequence\" = \"Sequence\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InvitedSequence",
                table: "Meetings");
        }
    }
}
