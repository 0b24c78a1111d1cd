using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_UnitPath",
                table: "Volunteers");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UnitPath_Status",
                table: "Volunteers",
                columns: new[] { "UnitPath", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHourEntries_Date_UnitPath",
                table: "ServiceHourEntries",
                columns: new[] { "Date", "UnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_RollupCells_Indicator_Period_UnitPath_Value",
                table: "RollupCells",
                columns: new[] { "Indicator", "Period", "UnitPath", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Date_UnitPath_Status",
                table: "Activities",
                columns: new[] { "Date", "UnitPath", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_UnitPath_Status",
                table: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceHourEntries_Date_UnitPath",
                table: "ServiceHourEntries");

            migrationBuilder.DropIndex(
                name: "IX_RollupCells_Indicator_Period_UnitPath_Value",
                table: "RollupCells");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Date_UnitPath_Status",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UnitPath",
                table: "Volunteers",
                column: "UnitPath");
        }
    }
}
