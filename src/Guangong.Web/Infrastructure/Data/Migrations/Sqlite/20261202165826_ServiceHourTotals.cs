using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceHourTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnitYearHours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tenths = table.Column<int>(type: "INTEGER", nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Activities = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitYearHours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerYearHours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VolunteerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Tenths = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedTenths = table.Column<int>(type: "INTEGER", nullable: false),
                    Activities = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerYearHours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnitYearHours_UnitId_Year",
                table: "UnitYearHours",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitYearHours_Year_UnitPath",
                table: "UnitYearHours",
                columns: new[] { "Year", "UnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerYearHours_UnitPath_Year",
                table: "VolunteerYearHours",
                columns: new[] { "UnitPath", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerYearHours_VolunteerId_Year_UnitId",
                table: "VolunteerYearHours",
                columns: new[] { "VolunteerId", "Year", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerYearHours_Year_UnitPath_VolunteerId_Tenths_VerifiedTenths_Activities",
                table: "VolunteerYearHours",
                columns: new[] { "Year", "UnitPath", "VolunteerId", "Tenths", "VerifiedTenths", "Activities" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnitYearHours");

            migrationBuilder.DropTable(
                name: "VolunteerYearHours");
        }
    }
}
