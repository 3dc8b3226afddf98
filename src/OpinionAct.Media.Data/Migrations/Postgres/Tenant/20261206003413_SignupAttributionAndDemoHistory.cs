using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Tenant
{
    /// <inheritdoc />
    public partial class SignupAttributionAndDemoHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArticleId",
                table: "SubscriberConsents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "CountedSignup",
                table: "SubscriberConsents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReaderSource",
                table: "SubscriberConsents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DemoFromDay",
                table: "AnalyticsState",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DemoToDay",
                table: "AnalyticsState",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnalyticsSignupDaily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<long>(type: "bigint", nullable: false),
                    Confirmed = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsSignupDaily", x => new { x.Day, x.ArticleId, x.Source });
                });

            migrationBuilder.UpdateData(
                table: "AnalyticsState",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "DemoFromDay", "DemoToDay" },
                values: new object[] { null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalyticsSignupDaily");

            migrationBuilder.DropColumn(
                name: "ArticleId",
                table: "SubscriberConsents");

            migrationBuilder.DropColumn(
                name: "CountedSignup",
                table: "SubscriberConsents");

            migrationBuilder.DropColumn(
                name: "ReaderSource",
                table: "SubscriberConsents");

            migrationBuilder.DropColumn(
                name: "DemoFromDay",
                table: "AnalyticsState");

            migrationBuilder.DropColumn(
                name: "DemoToDay",
                table: "AnalyticsState");
        }
    }
}
