using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSubtreeTallies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
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
                unique: true);

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
