using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "boolean",
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
