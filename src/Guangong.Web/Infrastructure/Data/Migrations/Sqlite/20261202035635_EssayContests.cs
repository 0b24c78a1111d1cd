using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EssayContests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmissionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JudgingDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinLength = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxLength = table.Column<int>(type: "INTEGER", nullable: true),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ParticipatingUnitIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DropExtremes = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisagreementPoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    AwardMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstValue = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    SecondValue = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    ThirdValue = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    MeritValue = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    AwardsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contests_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Journals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EditingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DateText = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Foreword = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PageSize = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CompiledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Journals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Journals_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestJudges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    JudgeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JudgeUnitId = table.Column<long>(type: "INTEGER", nullable: true),
                    Group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestJudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestJudges_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 30000, nullable: false),
                    CharacterCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ClassName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Adviser = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SourceFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    DuplicateOf = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    UnderLength = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverLength = table.Column<bool>(type: "INTEGER", nullable: false),
                    Award = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FinalScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedByUserId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JournalId = table.Column<long>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: true),
                    ArticleId = table.Column<long>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Journals_JournalId",
                        column: x => x.JournalId,
                        principalTable: "Journals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    JudgeUserId = table.Column<long>(type: "INTEGER", nullable: false),
                    Points = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ScoredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionScores_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_ContestId_Group_UserId",
                table: "ContestJudges",
                columns: new[] { "ContestId", "Group", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_UnitPath",
                table: "ContestJudges",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_UserId",
                table: "ContestJudges",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_UnitId",
                table: "Contests",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_UnitPath",
                table: "Contests",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_JournalId",
                table: "JournalEntries",
                column: "JournalId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_UnitPath",
                table: "JournalEntries",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Journals_UnitId",
                table: "Journals",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Journals_UnitPath",
                table: "Journals",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ContestId_Code",
                table: "Submissions",
                columns: new[] { "ContestId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ContestId_Fingerprint",
                table: "Submissions",
                columns: new[] { "ContestId", "Fingerprint" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_UnitId",
                table: "Submissions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_UnitPath",
                table: "Submissions",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionScores_ContestId",
                table: "SubmissionScores",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionScores_SubmissionId_JudgeUserId",
                table: "SubmissionScores",
                columns: new[] { "SubmissionId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionScores_UnitPath",
                table: "SubmissionScores",
                column: "UnitPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContestJudges");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "SubmissionScores");

            migrationBuilder.DropTable(
                name: "Journals");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "Contests");
        }
    }
}
