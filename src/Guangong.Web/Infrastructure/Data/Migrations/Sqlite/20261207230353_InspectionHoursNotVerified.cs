using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionHoursNotVerified : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An internet-café inspection's hours are typed, not checked in and out: registered, not verified (Source 2).
            migrationBuilder.Sql("UPDATE \"ServiceHourEntries\" SET \"Verified\" = 0 WHERE \"Source\" = 2 AND \"CheckOutUtc\" IS NULL;");

            // The verified sums derived from the lines are rebuilt at the next start (ServiceHourTotalsFollower.RebuildIfMissingAsync).
            migrationBuilder.Sql("DELETE FROM \"VolunteerSubtreeHours\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
