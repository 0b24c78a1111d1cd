using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DistrictTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastVisitOn",
                table: "Volunteers",
                type: "TEXT",
                nullable: true);

            // Every volunteer's latest visit, from the visits; kept from now on by LastVisitFollower.
            migrationBuilder.Sql("""
                UPDATE "Volunteers" SET "LastVisitOn" = (SELECT MAX(w."Date") FROM "VolunteerVisits" w WHERE w."VolunteerId" = "Volunteers"."Id")
                WHERE EXISTS (SELECT 1 FROM "VolunteerVisits" w WHERE w."VolunteerId" = "Volunteers"."Id")
                """);

            migrationBuilder.CreateTable(
                name: "RosterSubtreeTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterSubtreeTallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn",
                table: "Volunteers",
                columns: new[] { "Status", "UnitPath", "LastVisitOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterSubtreeTallies_UnitId_Dimension_Key",
                table: "RosterSubtreeTallies",
                columns: new[] { "UnitId", "Dimension", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RosterSubtreeTallies_UnitPath",
                table: "RosterSubtreeTallies",
                column: "UnitPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RosterSubtreeTallies");

            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "LastVisitOn",
                table: "Volunteers");
        }
    }
}
