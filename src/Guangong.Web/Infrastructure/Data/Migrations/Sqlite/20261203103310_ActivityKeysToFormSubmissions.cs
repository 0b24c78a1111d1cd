using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityKeysToFormSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The keys of activities saved by the new-activity form move to the one table every new-record form uses
            // (SubmitOnce), so a second send of a form shown before the upgrade still finds its activity.
            migrationBuilder.Sql(@"INSERT OR IGNORE INTO ""FormSubmissions"" (""OwnerUserId"", ""Form"", ""Key"", ""RecordId"", ""CreatedUtc"")
SELECT ""CreatedByUserId"", 'activity-create', ""SubmissionKey"", ""Id"", ""CreatedUtc"" FROM ""Activities"" WHERE ""SubmissionKey"" IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "IX_Activities_CreatedByUserId_SubmissionKey",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "Activities");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmissionKey",
                table: "Activities",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CreatedByUserId_SubmissionKey",
                table: "Activities",
                columns: new[] { "CreatedByUserId", "SubmissionKey" },
                unique: true);

            migrationBuilder.Sql(@"UPDATE ""Activities"" SET ""SubmissionKey"" = (SELECT s.""Key"" FROM ""FormSubmissions"" s WHERE s.""Form"" = 'activity-create' AND s.""RecordId"" = ""Activities"".""Id"" AND s.""OwnerUserId"" = ""Activities"".""CreatedByUserId"");");
        }
    }
}
