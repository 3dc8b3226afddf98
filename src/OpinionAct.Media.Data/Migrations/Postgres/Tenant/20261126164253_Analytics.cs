using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Tenant
{
    /// <inheritdoc />
    public partial class Analytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TopArticleId",
                table: "SearchQueries",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnalyticsArticleDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Views = table.Column<long>(type: "bigint", nullable: false),
                    EngagedSeconds = table.Column<long>(type: "bigint", nullable: false),
                    Completions = table.Column<long>(type: "bigint", nullable: false),
                    Signups = table.Column<long>(type: "bigint", nullable: false),
                    Shares = table.Column<long>(type: "bigint", nullable: false),
                    Outbound = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsArticleDaily", x => new { x.Day, x.ArticleId });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Campaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Views = table.Column<long>(type: "bigint", nullable: false),
                    EngagedSeconds = table.Column<long>(type: "bigint", nullable: false),
                    Engagements = table.Column<long>(type: "bigint", nullable: false),
                    Completions = table.Column<long>(type: "bigint", nullable: false),
                    Signups = table.Column<long>(type: "bigint", nullable: false),
                    Shares = table.Column<long>(type: "bigint", nullable: false),
                    Outbound = table.Column<long>(type: "bigint", nullable: false),
                    Searches = table.Column<long>(type: "bigint", nullable: false),
                    SearchClicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsDaily", x => new { x.Day, x.ArticleId, x.Source, x.Campaign });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    VisitorKey = table.Column<long>(type: "bigint", nullable: false),
                    PreviousVisitorKey = table.Column<long>(type: "bigint", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Campaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReferrerHost = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    TargetHost = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    EngagedSeconds = table.Column<int>(type: "integer", nullable: false),
                    ScrollDepth = table.Column<int>(type: "integer", nullable: true),
                    Query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSalts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Salt = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSalts", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSearchDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    TopArticleId = table.Column<int>(type: "integer", nullable: false),
                    Searches = table.Column<long>(type: "bigint", nullable: false),
                    ZeroResults = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSearchDaily", x => new { x.Day, x.TopArticleId });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSearchGaps",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Searches = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSearchGaps", x => new { x.Day, x.Query });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSourceDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Views = table.Column<long>(type: "bigint", nullable: false),
                    EngagedSeconds = table.Column<long>(type: "bigint", nullable: false),
                    Completions = table.Column<long>(type: "bigint", nullable: false),
                    Signups = table.Column<long>(type: "bigint", nullable: false),
                    Shares = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSourceDaily", x => new { x.Day, x.Source });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RolledUpToId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchRolledUpToDay = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsVisitorDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    VisitorKey = table.Column<long>(type: "bigint", nullable: false),
                    Scopes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LastArticleId = table.Column<int>(type: "integer", nullable: false),
                    LastSource = table.Column<int>(type: "integer", nullable: false),
                    LastCampaign = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsVisitorDays", x => new { x.Day, x.VisitorKey });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsVisitors",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    ScopeId = table.Column<int>(type: "integer", nullable: false),
                    Visitors = table.Column<long>(type: "bigint", nullable: false),
                    Returning = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsVisitors", x => new { x.Day, x.Scope, x.ScopeId });
                });

            migrationBuilder.InsertData(
                table: "AnalyticsState",
                columns: new[] { "Id", "RolledUpToId", "SearchRolledUpToDay", "UpdatedUtc" },
                values: new object[] { 1, 0L, null, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc) });

            migrationBuilder.CreateIndex(
                name: "IX_AnalyticsEvents_Day",
                table: "AnalyticsEvents",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalyticsArticleDaily");

            migrationBuilder.DropTable(
                name: "AnalyticsDaily");

            migrationBuilder.DropTable(
                name: "AnalyticsEvents");

            migrationBuilder.DropTable(
                name: "AnalyticsSalts");

            migrationBuilder.DropTable(
                name: "AnalyticsSearchDaily");

            migrationBuilder.DropTable(
                name: "AnalyticsSearchGaps");

            migrationBuilder.DropTable(
                name: "AnalyticsSourceDaily");

            migrationBuilder.DropTable(
                name: "AnalyticsState");

            migrationBuilder.DropTable(
                name: "AnalyticsVisitorDays");

            migrationBuilder.DropTable(
                name: "AnalyticsVisitors");

            migrationBuilder.DropColumn(
                name: "TopArticleId",
                table: "SearchQueries");
        }
    }
}
