using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RenewalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn",
                table: "Volunteers");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStatusChanges_Proposed",
                table: "VolunteerStatusChanges",
                columns: new[] { "UnitPath", "Date" },
                filter: "\"ToStatus\" = 1 AND \"FromStatus\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn_Layer_Category",
                table: "Volunteers",
                columns: new[] { "Status", "UnitPath", "LastVisitOn", "Layer", "Category" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VolunteerStatusChanges_Proposed",
                table: "VolunteerStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn_Layer_Category",
                table: "Volunteers");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn",
                table: "Volunteers",
                columns: new[] { "Status", "UnitPath", "LastVisitOn" });
        }
    }
}
