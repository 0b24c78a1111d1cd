using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RollupSuspensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Two indicators were added to the volunteer status family (暂停, 恢复在册). The cells are emptied so that the
            // start-up's RollupRebuild.IfMissingAsync computes every family again from the records, these two included.
            migrationBuilder.Sql("""DELETE FROM "RollupSubtreeCells";""");
            migrationBuilder.Sql("""DELETE FROM "RollupCells";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The cells are rebuilt from the records at the next start; nothing to put back.
        }
    }
}
