using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "date",
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
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "Count", "UnitPath" });

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
