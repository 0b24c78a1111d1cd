using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OptionalLinkIndexesWhereSet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries");

            migrationBuilder.DropIndex(
                name: "IX_Activities_CheckInCode",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_PlanTaskId",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_VenueUnitId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries",
                columns: new[] { "Source", "SourceId" },
                filter: "\"SourceId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CheckInCode",
                table: "Activities",
                column: "CheckInCode",
                filter: "\"CheckInCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_PlanTaskId",
                table: "Activities",
                column: "PlanTaskId",
                filter: "\"PlanTaskId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_VenueUnitId",
                table: "Activities",
                column: "VenueUnitId",
                filter: "\"VenueUnitId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries");

            migrationBuilder.DropIndex(
                name: "IX_Activities_CheckInCode",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_PlanTaskId",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_VenueUnitId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHourEntries_Source_SourceId",
                table: "ServiceHourEntries",
                columns: new[] { "Source", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CheckInCode",
                table: "Activities",
                column: "CheckInCode");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_PlanTaskId",
                table: "Activities",
                column: "PlanTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_VenueUnitId",
                table: "Activities",
                column: "VenueUnitId");
        }
    }
}
