using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SafetyAndProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MinorName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    School = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Situation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MentorId = table.Column<long>(type: "bigint", nullable: true),
                    PairedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GuardianName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    GuardianRelation = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ConsentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ErasedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                name: "InternetCafes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Address = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LicenceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OperatorName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OperatorPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    InspectionsPerMonth = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternetCafes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternetCafes_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Patrols",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Hazards = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChildrenDissuaded = table.Column<int>(type: "integer", nullable: false),
                    EnteredByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patrols", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patrols_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WaterBodies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Risk = table.Column<int>(type: "integer", nullable: false),
                    HasWarningSigns = table.Column<bool>(type: "boolean", nullable: false),
                    HasRescueEquipment = table.Column<bool>(type: "boolean", nullable: false),
                    Equipment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ResponsiblePhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaterBodies_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ZeroCrimeStatuses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Offences = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SetByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZeroCrimeStatuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ZeroCrimeStatuses_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CareVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Visitor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "CafeInspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CafeId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    InspectedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VolunteerId = table.Column<long>(type: "bigint", nullable: false),
                    Tenths = table.Column<int>(type: "integer", nullable: false),
                    MinorsFound = table.Column<int>(type: "integer", nullable: false),
                    SignPresent = table.Column<bool>(type: "boolean", nullable: false),
                    IdChecksDone = table.Column<bool>(type: "boolean", nullable: false),
                    Problems = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FollowUpTo = table.Column<int>(type: "integer", nullable: false),
                    FollowUpOutcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EnteredByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CafeInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CafeInspections_InternetCafes_CafeId",
                        column: x => x.CafeId,
                        principalTable: "InternetCafes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CafeInspections_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CafeSupervisors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CafeId = table.Column<long>(type: "bigint", nullable: false),
                    VolunteerId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CafeSupervisors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CafeSupervisors_InternetCafes_CafeId",
                        column: x => x.CafeId,
                        principalTable: "InternetCafes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CafeSupervisors_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DrowningIncidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    WaterBodyId = table.Column<long>(type: "bigint", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    MinorsInvolved = table.Column<int>(type: "integer", nullable: false),
                    Rescued = table.Column<int>(type: "integer", nullable: false),
                    Deaths = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrowningIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DrowningIncidents_WaterBodies_WaterBodyId",
                        column: x => x.WaterBodyId,
                        principalTable: "WaterBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatrolRotaLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WaterBodyId = table.Column<long>(type: "bigint", nullable: false),
                    VolunteerId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatrolRotaLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatrolRotaLines_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatrolRotaLines_WaterBodies_WaterBodyId",
                        column: x => x.WaterBodyId,
                        principalTable: "WaterBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatrolStops",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PatrolId = table.Column<long>(type: "bigint", nullable: false),
                    WaterBodyId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatrolStops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatrolStops_Patrols_PatrolId",
                        column: x => x.PatrolId,
                        principalTable: "Patrols",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PatrolStops_WaterBodies_WaterBodyId",
                        column: x => x.WaterBodyId,
                        principalTable: "WaterBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CafeInspections_CafeId_InspectedUtc",
                table: "CafeInspections",
                columns: new[] { "CafeId", "InspectedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CafeInspections_UnitPath_InspectedUtc",
                table: "CafeInspections",
                columns: new[] { "UnitPath", "InspectedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CafeInspections_VolunteerId",
                table: "CafeInspections",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_CafeSupervisors_CafeId_VolunteerId",
                table: "CafeSupervisors",
                columns: new[] { "CafeId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CafeSupervisors_UnitPath",
                table: "CafeSupervisors",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_CafeSupervisors_VolunteerId",
                table: "CafeSupervisors",
                column: "VolunteerId");

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

            migrationBuilder.CreateIndex(
                name: "IX_DrowningIncidents_UnitPath_Date",
                table: "DrowningIncidents",
                columns: new[] { "UnitPath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DrowningIncidents_WaterBodyId",
                table: "DrowningIncidents",
                column: "WaterBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_InternetCafes_UnitId",
                table: "InternetCafes",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InternetCafes_UnitPath",
                table: "InternetCafes",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolRotaLines_UnitPath_FromDate",
                table: "PatrolRotaLines",
                columns: new[] { "UnitPath", "FromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PatrolRotaLines_VolunteerId",
                table: "PatrolRotaLines",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolRotaLines_WaterBodyId",
                table: "PatrolRotaLines",
                column: "WaterBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Patrols_UnitPath_StartUtc",
                table: "Patrols",
                columns: new[] { "UnitPath", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Patrols_VolunteerId",
                table: "Patrols",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolStops_PatrolId",
                table: "PatrolStops",
                column: "PatrolId");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolStops_UnitPath",
                table: "PatrolStops",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolStops_WaterBodyId_PatrolId",
                table: "PatrolStops",
                columns: new[] { "WaterBodyId", "PatrolId" });

            migrationBuilder.CreateIndex(
                name: "IX_WaterBodies_UnitId",
                table: "WaterBodies",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_WaterBodies_UnitPath",
                table: "WaterBodies",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_ZeroCrimeStatuses_UnitId_Year",
                table: "ZeroCrimeStatuses",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ZeroCrimeStatuses_UnitPath_Year",
                table: "ZeroCrimeStatuses",
                columns: new[] { "UnitPath", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CafeInspections");

            migrationBuilder.DropTable(
                name: "CafeSupervisors");

            migrationBuilder.DropTable(
                name: "CareVisits");

            migrationBuilder.DropTable(
                name: "DrowningIncidents");

            migrationBuilder.DropTable(
                name: "PatrolRotaLines");

            migrationBuilder.DropTable(
                name: "PatrolStops");

            migrationBuilder.DropTable(
                name: "ZeroCrimeStatuses");

            migrationBuilder.DropTable(
                name: "InternetCafes");

            migrationBuilder.DropTable(
                name: "CareCases");

            migrationBuilder.DropTable(
                name: "Patrols");

            migrationBuilder.DropTable(
                name: "WaterBodies");
        }
    }
}
