using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Of = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HasThumbnail = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
