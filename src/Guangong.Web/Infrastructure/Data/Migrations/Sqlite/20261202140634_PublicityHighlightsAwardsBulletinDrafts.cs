using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicityHighlightsAwardsBulletinDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "ActivityFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Activities",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BulletinDrafts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EditedByUserId = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedByUserId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssuedDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicityAwards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetUnitId = table.Column<long>(type: "INTEGER", nullable: true),
                    TargetCorrespondentId = table.Column<long>(type: "INTEGER", nullable: true),
                    TargetName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedByUserId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityAwards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BulletinSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DraftId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinSteps_BulletinDrafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "BulletinDrafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BulletinDrafts_UnitId_Year_Month",
                table: "BulletinDrafts",
                columns: new[] { "UnitId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulletinDrafts_UnitPath",
                table: "BulletinDrafts",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_BulletinSteps_DraftId",
                table: "BulletinSteps",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_BulletinSteps_UnitPath",
                table: "BulletinSteps",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_PublicityAwards_UnitPath_Year",
                table: "PublicityAwards",
                columns: new[] { "UnitPath", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BulletinSteps");

            migrationBuilder.DropTable(
                name: "PublicityAwards");

            migrationBuilder.DropTable(
                name: "BulletinDrafts");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "ActivityFiles");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "Activities");
        }
    }
}
