using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicityByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_WrittenOn_UnitPath",
                table: "Articles",
                columns: new[] { "WrittenOn", "UnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_Date_UnitPath",
                table: "Adoptions",
                columns: new[] { "Date", "UnitPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_WrittenOn_UnitPath",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Adoptions_Date_UnitPath",
                table: "Adoptions");
        }
    }
}
