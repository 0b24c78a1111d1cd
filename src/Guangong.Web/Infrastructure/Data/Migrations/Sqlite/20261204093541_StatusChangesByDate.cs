using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatusChangesByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStatusChanges_Date_UnitPath",
                table: "VolunteerStatusChanges",
                columns: new[] { "Date", "UnitPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VolunteerStatusChanges_Date_UnitPath",
                table: "VolunteerStatusChanges");
        }
    }
}
