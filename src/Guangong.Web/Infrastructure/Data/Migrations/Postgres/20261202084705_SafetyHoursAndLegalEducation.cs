using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "ServiceHourEntries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SourceId",
                table: "ServiceHourEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceTitle",
                table: "ServiceHourEntries",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FourIn",
                table: "Activities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LawsTaught",
                table: "Activities",
                type: "character varying(200)",
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
