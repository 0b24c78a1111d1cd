using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafetyCareCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinorName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    School = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MentorId = table.Column<long>(type: "INTEGER", nullable: true),
                    PairedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GuardianRelation = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ConsentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ErasedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareCases_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareCases_Volunteers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CareVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visitor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareVisits_CareCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CareCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareCases_MentorId",
                table: "CareCases",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_CareCases_UnitId",
                table: "CareCases",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CareCases_UnitPath",
                table: "CareCases",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_CareVisits_CaseId",
                table: "CareVisits",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CareVisits_UnitPath",
                table: "CareVisits",
                column: "UnitPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareVisits");

            migrationBuilder.DropTable(
                name: "CareCases");
        }
    }
}
