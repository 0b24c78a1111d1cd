using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditUndoOf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "UndoOf",
                table: "AuditEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UndoOf",
                table: "AuditEntries",
                column: "UndoOf",
                unique: true,
                filter: "\"UndoOf\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UndoOf",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "UndoOf",
                table: "AuditEntries");
        }
    }
}
