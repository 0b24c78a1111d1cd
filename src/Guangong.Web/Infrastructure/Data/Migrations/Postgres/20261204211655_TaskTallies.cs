using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskSubtreeTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSubtreeTallies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskTallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_PlanId_LastProgressOn",
                table: "TaskAssignments",
                columns: new[] { "PlanId", "LastProgressOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskSubtreeTallies_UnitId_Year_DueDate_Done",
                table: "TaskSubtreeTallies",
                columns: new[] { "UnitId", "Year", "DueDate", "Done" },
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "Count", "UnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskSubtreeTallies_UnitPath",
                table: "TaskSubtreeTallies",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_TaskTallies_UnitId_Year_DueDate_Done",
                table: "TaskTallies",
                columns: new[] { "UnitId", "Year", "DueDate", "Done" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskTallies_UnitPath",
                table: "TaskTallies",
                column: "UnitPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskSubtreeTallies");

            migrationBuilder.DropTable(
                name: "TaskTallies");

            migrationBuilder.DropIndex(
                name: "IX_TaskAssignments_PlanId_LastProgressOn",
                table: "TaskAssignments");
        }
    }
}
