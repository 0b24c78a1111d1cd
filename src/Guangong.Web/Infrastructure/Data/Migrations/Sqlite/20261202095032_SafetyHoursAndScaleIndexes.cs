using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafetyHoursAndScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_UnitPath",
                table: "Volunteers");

            migrationBuilder.AlterColumn<long>(
                name: "ActivityId",
                table: "ServiceHourEntries",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "ServiceHourEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SourceId",
                table: "ServiceHourEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceTitle",
                table: "ServiceHourEntries",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FourIn",
                table: "Activities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LawsTaught",
                table: "Activities",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UnitPath_Status",
                table: "Volunteers",
                columns: new[] { "UnitPath", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHourEntries_Date_UnitPath",
                table: "ServiceHourEntries",
                columns: new[] { "Date", "UnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries",
                columns: new[] { "Source", "SourceId" });

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
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries");

            migrationBuilder.DropIndex(
                name: "IX_RollupCells_Indicator_Period_UnitPath_Value",
                table: "RollupCells");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Date_UnitPath_Status",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "ServiceHourEntries");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "ServiceHourEntries");

            migrationBuilder.DropColumn(
                name: "SourceTitle",
                table: "ServiceHourEntries");

            migrationBuilder.DropColumn(
                name: "FourIn",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "LawsTaught",
                table: "Activities");

            migrationBuilder.AlterColumn<long>(
                name: "ActivityId",
                table: "ServiceHourEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UnitPath",
                table: "Volunteers",
                column: "UnitPath");
        }
    }
}
