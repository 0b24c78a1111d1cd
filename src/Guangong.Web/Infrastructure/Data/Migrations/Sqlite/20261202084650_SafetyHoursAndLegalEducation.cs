using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafetyHoursAndLegalEducation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries",
                columns: new[] { "Source", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries");

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
        }
    }
}
