using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CheckOutKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckOutKey",
                table: "ServiceHourEntries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHourEntries_CheckOutKey",
                table: "ServiceHourEntries",
                column: "CheckOutKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceHourEntries_CheckOutKey",
                table: "ServiceHourEntries");

            migrationBuilder.DropColumn(
                name: "CheckOutKey",
                table: "ServiceHourEntries");
        }
    }
}
