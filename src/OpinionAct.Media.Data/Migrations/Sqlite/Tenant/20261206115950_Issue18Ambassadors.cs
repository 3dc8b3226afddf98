using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class Issue18Ambassadors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AmbassadorId",
                table: "SubscriberConsents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AmbassadorId",
                table: "AnalyticsEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AmbassadorDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmbassadorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    EngagedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Completions = table.Column<long>(type: "INTEGER", nullable: false),
                    Shares = table.Column<long>(type: "INTEGER", nullable: false),
                    SignupsAccepted = table.Column<long>(type: "INTEGER", nullable: false),
                    SignupsConfirmed = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmbassadorDaily", x => new { x.Day, x.AmbassadorId, x.ArticleId });
                });

            migrationBuilder.CreateTable(
                name: "Ambassadors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ExpertId = table.Column<int>(type: "INTEGER", nullable: true),
                    Secret = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportsStoppedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ambassadors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ambassadors_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AmbassadorReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AmbassadorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmbassadorReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AmbassadorReports_Ambassadors_AmbassadorId",
                        column: x => x.AmbassadorId,
                        principalTable: "Ambassadors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AmbassadorDaily_AmbassadorId_Day",
                table: "AmbassadorDaily",
                columns: new[] { "AmbassadorId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_AmbassadorReports_AmbassadorId_Month",
                table: "AmbassadorReports",
                columns: new[] { "AmbassadorId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AmbassadorReports_State",
                table: "AmbassadorReports",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Ambassadors_ExpertId",
                table: "Ambassadors",
                column: "ExpertId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AmbassadorDaily");

            migrationBuilder.DropTable(
                name: "AmbassadorReports");

            migrationBuilder.DropTable(
                name: "Ambassadors");

            migrationBuilder.DropColumn(
                name: "AmbassadorId",
                table: "SubscriberConsents");

            migrationBuilder.DropColumn(
                name: "AmbassadorId",
                table: "AnalyticsEvents");
        }
    }
}
