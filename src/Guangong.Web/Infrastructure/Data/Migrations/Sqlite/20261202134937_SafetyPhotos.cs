using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafetyPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SafetyPhotos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Of = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HasThumbnail = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPhotos", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPhotos_Of_RecordId",
                table: "SafetyPhotos",
                columns: new[] { "Of", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPhotos_UnitPath",
                table: "SafetyPhotos",
                column: "UnitPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SafetyPhotos");
        }
    }
}
