using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VolunteerLastVisit : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn",
                table: "Volunteers",
                columns: new[] { "Status", "UnitPath", "LastVisitOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Status_UnitPath_LastVisitOn",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "LastVisitOn",
                table: "Volunteers");
        }
    }
}
