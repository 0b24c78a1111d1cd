using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RosterTallyAndSubtreeHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VolunteerStatusChanges_UnitPath",
                table: "VolunteerStatusChanges");

            migrationBuilder.CreateTable(
                name: "RosterTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterTallies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerSubtreeHours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Tenths = table.Column<int>(type: "integer", nullable: false),
                    VerifiedTenths = table.Column<int>(type: "integer", nullable: false),
                    Activities = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerSubtreeHours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStatusChanges_UnitPath_Date",
                table: "VolunteerStatusChanges",
                columns: new[] { "UnitPath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterTallies_UnitId_Dimension_Key",
                table: "RosterTallies",
                columns: new[] { "UnitId", "Dimension", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RosterTallies_UnitPath_Dimension_Key_Count",
                table: "RosterTallies",
                columns: new[] { "UnitPath", "Dimension", "Key", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerSubtreeHours_VolunteerId_Year_UnitId",
                table: "VolunteerSubtreeHours",
                columns: new[] { "VolunteerId", "Year", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerSubtreeHours_Year_UnitPath_Tenths_VolunteerId_Veri~",
                table: "VolunteerSubtreeHours",
                columns: new[] { "Year", "UnitPath", "Tenths", "VolunteerId", "VerifiedTenths", "Activities" },
                descending: new[] { false, false, true, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RosterTallies");

            migrationBuilder.DropTable(
                name: "VolunteerSubtreeHours");

            migrationBuilder.DropIndex(
                name: "IX_VolunteerStatusChanges_UnitPath_Date",
                table: "VolunteerStatusChanges");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStatusChanges_UnitPath",
                table: "VolunteerStatusChanges",
                column: "UnitPath");
        }
    }
}
