using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Activities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BulletinDrafts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Recipients = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EditedByUserId = table.Column<long>(type: "bigint", nullable: false),
                    ApprovedByUserId = table.Column<long>(type: "bigint", nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IssuedDocumentId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicityAwards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TargetUnitId = table.Column<long>(type: "bigint", nullable: true),
                    TargetCorrespondentId = table.Column<long>(type: "bigint", nullable: true),
                    TargetName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Form = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedByUserId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityAwards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BulletinSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DraftId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
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
