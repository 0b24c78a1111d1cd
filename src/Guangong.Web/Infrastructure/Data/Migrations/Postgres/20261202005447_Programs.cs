using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Programs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticleBonuses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    IsAward = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleBonuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ActivityId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedByUserId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentTemplates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Program = table.Column<int>(type: "integer", nullable: false),
                    Family = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    Thresholds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentTemplates_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "EducationBases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Host = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationBases_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
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
                name: "Outlets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outlets", x => x.Id);
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
                name: "PublicityMonthClosures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedByUserId = table.Column<long>(type: "bigint", nullable: false),
                    IssuedDocumentId = table.Column<long>(type: "bigint", nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityMonthClosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PointsTable = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    HighestLevelOnce = table.Column<bool>(type: "boolean", nullable: false),
                    Share = table.Column<int>(type: "integer", nullable: false),
                    VillageQuota = table.Column<int>(type: "integer", nullable: false),
                    OtherQuota = table.Column<int>(type: "integer", nullable: false),
                    InstructionBonus = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    AwardBonus = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    CivilizationStation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Partners = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Master = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Tutors = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Rooms = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Equipment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OpeningHours = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
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
                name: "Workshops",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    VolunteerId = table.Column<long>(type: "bigint", nullable: false),
                    Speciality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workshops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workshops_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workshops_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
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
                name: "ArticleAuthors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    CorrespondentId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAuthors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleAuthors_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleAuthors_Correspondents_CorrespondentId",
                        column: x => x.CorrespondentId,
                        principalTable: "Correspondents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArticleImages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleImages_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArticleSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleSteps_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    TemplateId = table.Column<long>(type: "bigint", nullable: false),
                    Program = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SelfTotal = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: false),
                    ReviewTotal = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewerUnitId = table.Column<long>(type: "bigint", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_AssessmentTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "AssessmentTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TemplateCriteria",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TemplateId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    GroupName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaxPoints = table.Column<int>(type: "integer", nullable: false),
                    Scoring = table.Column<int>(type: "integer", nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Guidance = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateCriteria_AssessmentTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "AssessmentTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "Adoptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    OutletId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PageIssue = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ClippingKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecordedByUserId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adoptions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Adoptions_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StationHonours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Lost = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationHonours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StationHonours_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "StationApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    StationId = table.Column<long>(type: "bigint", nullable: false),
                    StationName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AssessmentId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewTotal = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StationApplications_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StationApplications_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StationApplications_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<long>(type: "bigint", nullable: false),
                    CriterionId = table.Column<long>(type: "bigint", nullable: false),
                    MaxPoints = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    SelfScore = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ActivityId = table.Column<long>(type: "bigint", nullable: true),
                    ReviewScore = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_TemplateCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "TemplateCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemediationActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<long>(type: "bigint", nullable: false),
                    CriterionId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemediationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemediationActions_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RemediationActions_TemplateCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "TemplateCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    CriterionId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationScores_StationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "StationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_ArticleId_OutletId",
                table: "Adoptions",
                columns: new[] { "ArticleId", "OutletId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_OutletId",
                table: "Adoptions",
                column: "OutletId");

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_UnitPath_Date",
                table: "Adoptions",
                columns: new[] { "UnitPath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_ApplicationId",
                table: "ApplicationEvents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_UnitPath",
                table: "ApplicationEvents",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationScores_ApplicationId_CriterionId",
                table: "ApplicationScores",
                columns: new[] { "ApplicationId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationScores_UnitPath",
                table: "ApplicationScores",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAuthors_ArticleId_CorrespondentId",
                table: "ArticleAuthors",
                columns: new[] { "ArticleId", "CorrespondentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAuthors_CorrespondentId",
                table: "ArticleAuthors",
                column: "CorrespondentId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAuthors_UnitPath",
                table: "ArticleAuthors",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleBonuses_UnitPath",
                table: "ArticleBonuses",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImages_ArticleId",
                table: "ArticleImages",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImages_UnitPath",
                table: "ArticleImages",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UnitId",
                table: "Articles",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UnitPath_WrittenOn",
                table: "Articles",
                columns: new[] { "UnitPath", "WrittenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSteps_ArticleId",
                table: "ArticleSteps",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSteps_UnitPath",
                table: "ArticleSteps",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Program_SubjectId_Year",
                table: "Assessments",
                columns: new[] { "Program", "SubjectId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_TemplateId",
                table: "Assessments",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_UnitId",
                table: "Assessments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_UnitPath",
                table: "Assessments",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_ActivityId",
                table: "AssessmentScores",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_AssessmentId_CriterionId",
                table: "AssessmentScores",
                columns: new[] { "AssessmentId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_CriterionId",
                table: "AssessmentScores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_UnitPath",
                table: "AssessmentScores",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentTemplates_Family_VersionNumber",
                table: "AssessmentTemplates",
                columns: new[] { "Family", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentTemplates_UnitId",
                table: "AssessmentTemplates",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentTemplates_UnitPath",
                table: "AssessmentTemplates",
                column: "UnitPath");

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
                name: "IX_EducationBases_UnitId",
                table: "EducationBases",
                column: "UnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationBases_UnitPath",
                table: "EducationBases",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_InternetCafes_UnitId",
                table: "InternetCafes",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InternetCafes_UnitPath",
                table: "InternetCafes",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_UnitId_Name",
                table: "Outlets",
                columns: new[] { "UnitId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_UnitPath",
                table: "Outlets",
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
                name: "IX_PublicityMonthClosures_UnitId_Year_Month",
                table: "PublicityMonthClosures",
                columns: new[] { "UnitId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicityMonthClosures_UnitPath",
                table: "PublicityMonthClosures",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_RemediationActions_AssessmentId",
                table: "RemediationActions",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RemediationActions_CriterionId",
                table: "RemediationActions",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_RemediationActions_UnitPath",
                table: "RemediationActions",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRules_UnitId_Year",
                table: "ScoringRules",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRules_UnitPath",
                table: "ScoringRules",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_StationApplications_AssessmentId",
                table: "StationApplications",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_StationApplications_StationId_Year_Title",
                table: "StationApplications",
                columns: new[] { "StationId", "Year", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StationApplications_UnitId",
                table: "StationApplications",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StationApplications_UnitPath",
                table: "StationApplications",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_StationHonours_StationId_Year_Title",
                table: "StationHonours",
                columns: new[] { "StationId", "Year", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StationHonours_UnitPath",
                table: "StationHonours",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Stations_UnitId",
                table: "Stations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Stations_UnitPath",
                table: "Stations",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateCriteria_TemplateId",
                table: "TemplateCriteria",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateCriteria_UnitPath",
                table: "TemplateCriteria",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_WaterBodies_UnitId",
                table: "WaterBodies",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_WaterBodies_UnitPath",
                table: "WaterBodies",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_UnitId",
                table: "Workshops",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_UnitPath",
                table: "Workshops",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_VolunteerId",
                table: "Workshops",
                column: "VolunteerId");

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
                name: "Adoptions");

            migrationBuilder.DropTable(
                name: "ApplicationEvents");

            migrationBuilder.DropTable(
                name: "ApplicationScores");

            migrationBuilder.DropTable(
                name: "ArticleAuthors");

            migrationBuilder.DropTable(
                name: "ArticleBonuses");

            migrationBuilder.DropTable(
                name: "ArticleImages");

            migrationBuilder.DropTable(
                name: "ArticleSteps");

            migrationBuilder.DropTable(
                name: "AssessmentScores");

            migrationBuilder.DropTable(
                name: "CafeInspections");

            migrationBuilder.DropTable(
                name: "CafeSupervisors");

            migrationBuilder.DropTable(
                name: "CareVisits");

            migrationBuilder.DropTable(
                name: "DrowningIncidents");

            migrationBuilder.DropTable(
                name: "EducationBases");

            migrationBuilder.DropTable(
                name: "PatrolRotaLines");

            migrationBuilder.DropTable(
                name: "PatrolStops");

            migrationBuilder.DropTable(
                name: "PublicityMonthClosures");

            migrationBuilder.DropTable(
                name: "RemediationActions");

            migrationBuilder.DropTable(
                name: "ScoringRules");

            migrationBuilder.DropTable(
                name: "StationHonours");

            migrationBuilder.DropTable(
                name: "Workshops");

            migrationBuilder.DropTable(
                name: "ZeroCrimeStatuses");

            migrationBuilder.DropTable(
                name: "Outlets");

            migrationBuilder.DropTable(
                name: "StationApplications");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "InternetCafes");

            migrationBuilder.DropTable(
                name: "CareCases");

            migrationBuilder.DropTable(
                name: "Patrols");

            migrationBuilder.DropTable(
                name: "WaterBodies");

            migrationBuilder.DropTable(
                name: "TemplateCriteria");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Stations");

            migrationBuilder.DropTable(
                name: "AssessmentTemplates");
        }
    }
}
