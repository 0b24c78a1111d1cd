using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CorrespondentsRecordActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CorrespondentsRecordActivities",
                table: "Units",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CorrespondentsRecordActivities",
                table: "Units");
        }
    }
}
