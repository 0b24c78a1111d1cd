using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NoticesAndStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    SenderName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ReplyRequired = table.Column<bool>(type: "boolean", nullable: false),
                    ReplyDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    AudienceText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedByUserId = table.Column<long>(type: "bigint", nullable: false),
                    IssuedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportPeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Snapshot = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    Typed = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReopenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReopenedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReopenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RollupCells",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Indicator = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupCells", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeRecipients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    SenderName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ReplyRequired = table.Column<bool>(type: "boolean", nullable: false),
                    ReplyDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemindedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeRecipients_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NoticeRecipients_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NoticeReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ReadUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeReceipts_NoticeRecipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "NoticeRecipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NoticeReplies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RepliedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeReplies_NoticeRecipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "NoticeRecipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NoticeFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<long>(type: "bigint", nullable: true),
                    RecipientId = table.Column<long>(type: "bigint", nullable: true),
                    ReplyId = table.Column<long>(type: "bigint", nullable: true),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeFiles_NoticeRecipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "NoticeRecipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NoticeFiles_NoticeReplies_ReplyId",
                        column: x => x.ReplyId,
                        principalTable: "NoticeReplies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NoticeFiles_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NoticeFiles_NoticeId",
                table: "NoticeFiles",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeFiles_RecipientId",
                table: "NoticeFiles",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeFiles_ReplyId",
                table: "NoticeFiles",
                column: "ReplyId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeFiles_UnitPath",
                table: "NoticeFiles",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReceipts_RecipientId_UserId",
                table: "NoticeReceipts",
                columns: new[] { "RecipientId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReceipts_UnitPath",
                table: "NoticeReceipts",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_NoticeId_UnitId",
                table: "NoticeRecipients",
                columns: new[] { "NoticeId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_UnitId",
                table: "NoticeRecipients",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_UnitPath_IssuedUtc",
                table: "NoticeRecipients",
                columns: new[] { "UnitPath", "IssuedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReplies_RecipientId",
                table: "NoticeReplies",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReplies_UnitPath",
                table: "NoticeReplies",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_UnitPath_IssuedUtc",
                table: "Notices",
                columns: new[] { "UnitPath", "IssuedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriods_UnitId_Kind_Year_Number",
                table: "ReportPeriods",
                columns: new[] { "UnitId", "Kind", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriods_UnitPath_Year",
                table: "ReportPeriods",
                columns: new[] { "UnitPath", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_RollupCells_UnitId_Period_Indicator_Key",
                table: "RollupCells",
                columns: new[] { "UnitId", "Period", "Indicator", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RollupCells_UnitPath_Period",
                table: "RollupCells",
                columns: new[] { "UnitPath", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticeFiles");

            migrationBuilder.DropTable(
                name: "NoticeReceipts");

            migrationBuilder.DropTable(
                name: "ReportPeriods");

            migrationBuilder.DropTable(
                name: "RollupCells");

            migrationBuilder.DropTable(
                name: "NoticeReplies");

            migrationBuilder.DropTable(
                name: "NoticeRecipients");

            migrationBuilder.DropTable(
                name: "Notices");
        }
    }
}
