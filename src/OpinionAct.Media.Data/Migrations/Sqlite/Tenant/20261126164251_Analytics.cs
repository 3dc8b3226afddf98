using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnalyticsArticleDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    EngagedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Completions = table.Column<long>(type: "INTEGER", nullable: false),
                    Signups = table.Column<long>(type: "INTEGER", nullable: false),
                    Shares = table.Column<long>(type: "INTEGER", nullable: false),
                    Outbound = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsArticleDaily", x => new { x.Day, x.ArticleId });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    EngagedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Engagements = table.Column<long>(type: "INTEGER", nullable: false),
                    Completions = table.Column<long>(type: "INTEGER", nullable: false),
                    Signups = table.Column<long>(type: "INTEGER", nullable: false),
                    Shares = table.Column<long>(type: "INTEGER", nullable: false),
                    Outbound = table.Column<long>(type: "INTEGER", nullable: false),
                    Searches = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchClicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsDaily", x => new { x.Day, x.ArticleId, x.Source, x.Campaign });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitorKey = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousVisitorKey = table.Column<long>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReferrerHost = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    TargetHost = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    EngagedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    ScrollDepth = table.Column<int>(type: "INTEGER", nullable: true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSalts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSalts", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSearchDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TopArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Searches = table.Column<long>(type: "INTEGER", nullable: false),
                    ZeroResults = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSearchDaily", x => new { x.Day, x.TopArticleId });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSearchGaps",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Searches = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSearchGaps", x => new { x.Day, x.Query });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsSourceDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    EngagedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Completions = table.Column<long>(type: "INTEGER", nullable: false),
                    Signups = table.Column<long>(type: "INTEGER", nullable: false),
                    Shares = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSourceDaily", x => new { x.Day, x.Source });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RolledUpToId = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchRolledUpToDay = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsVisitorDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VisitorKey = table.Column<long>(type: "INTEGER", nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LastArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSource = table.Column<int>(type: "INTEGER", nullable: false),
                    LastCampaign = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsVisitorDays", x => new { x.Day, x.VisitorKey });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsVisitors",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    ScopeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Visitors = table.Column<long>(type: "INTEGER", nullable: false),
                    Returning = table.Column<long>(type: "INTEGER", nullable: false)
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
