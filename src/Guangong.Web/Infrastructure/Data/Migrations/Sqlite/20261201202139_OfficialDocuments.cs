using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficialDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                table: "ServiceCertificates",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssueKey",
                table: "ServiceCertificates",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "ServiceCertificates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OnBehalfTenths",
                table: "ServiceCertificates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReissueReason",
                table: "ServiceCertificates",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReplacesId",
                table: "ServiceCertificates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VerifiedTenths",
                table: "ServiceCertificates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DocumentDrafts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentDrafts_WorkPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "WorkPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssuedDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssueKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedDocuments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuingProfiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IssuerMark = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SignatureName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NumberPattern = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PrintingOffice = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuingProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuingProfiles_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCertificates_IssueKey",
                table: "ServiceCertificates",
                column: "IssueKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCertificates_ReplacesId",
                table: "ServiceCertificates",
                column: "ReplacesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentDrafts_PlanId_Kind",
                table: "DocumentDrafts",
                columns: new[] { "PlanId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentDrafts_UnitPath",
                table: "DocumentDrafts",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_IssueKey",
                table: "IssuedDocuments",
                column: "IssueKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_UnitId_Year_Sequence",
                table: "IssuedDocuments",
                columns: new[] { "UnitId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_UnitPath",
                table: "IssuedDocuments",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_IssuingProfiles_UnitId",
                table: "IssuingProfiles",
                column: "UnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuingProfiles_UnitPath",
                table: "IssuingProfiles",
                column: "UnitPath");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentDrafts");

            migrationBuilder.DropTable(
                name: "IssuedDocuments");

            migrationBuilder.DropTable(
                name: "IssuingProfiles");

            migrationBuilder.DropIndex(
                name: "IX_ServiceCertificates_IssueKey",
                table: "ServiceCertificates");

            migrationBuilder.DropIndex(
                name: "IX_ServiceCertificates_ReplacesId",
                table: "ServiceCertificates");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "ServiceCertificates");

            migrationBuilder.DropColumn(
                name: "IssueKey",
                table: "ServiceCertificates");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "ServiceCertificates");

            migrationBuilder.DropColumn(
                name: "OnBehalfTenths",
                table: "ServiceCertificates");

            migrationBuilder.DropColumn(
                name: "ReissueReason",
                table: "ServiceCertificates");

            migrationBuilder.DropColumn(
                name: "ReplacesId",
                table: "ServiceCertificates");

            migrationBuilder.DropColumn(
                name: "VerifiedTenths",
                table: "ServiceCertificates");
        }
    }
}
