using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegalEducationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Activities_Category_Date_Legal",
                table: "Activities",
                columns: new[] { "Category", "Date", "UnitPath", "Status", "FourIn", "LawsTaught", "YouthReached" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Category_Date_Legal",
                table: "Activities");
        }
    }
}
