using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgramsAndEssayFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Photos",
                table: "StationApplications",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AssessmentFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<long>(type: "bigint", nullable: false),
                    CriterionId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HasThumbnail = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentFiles_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentFiles_TemplateCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "TemplateCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmployeeCares",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    EmployeeName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgeBand = table.Column<int>(type: "integer", nullable: false),
                    Difficulty = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Help = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HelpedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeCares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployeeCares_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JournalId = table.Column<long>(type: "bigint", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    CompiledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalFiles_Journals_JournalId",
                        column: x => x.JournalId,
                        principalTable: "Journals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionImages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionImages_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentFiles_AssessmentId_CriterionId",
                table: "AssessmentFiles",
                columns: new[] { "AssessmentId", "CriterionId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentFiles_CriterionId",
                table: "AssessmentFiles",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentFiles_UnitPath",
                table: "AssessmentFiles",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeCares_UnitId",
                table: "EmployeeCares",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeCares_UnitPath",
                table: "EmployeeCares",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_JournalFiles_JournalId",
                table: "JournalFiles",
                column: "JournalId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalFiles_UnitPath",
                table: "JournalFiles",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionImages_SubmissionId",
                table: "SubmissionImages",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionImages_UnitPath",
                table: "SubmissionImages",
                column: "UnitPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentFiles");

            migrationBuilder.DropTable(
                name: "EmployeeCares");

            migrationBuilder.DropTable(
                name: "JournalFiles");

            migrationBuilder.DropTable(
                name: "SubmissionImages");

            migrationBuilder.DropColumn(
                name: "Photos",
                table: "StationApplications");
        }
    }
}
