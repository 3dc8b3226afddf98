using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Tenant
{
    /// <inheritdoc />
    public partial class IssueLinkClicks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenTracking",
                table: "NewsletterSettings");

            migrationBuilder.CreateTable(
                name: "IssueLinkClicks",
                columns: table => new
                {
                    IssueId = table.Column<int>(type: "integer", nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Clicks = table.Column<int>(type: "integer", nullable: false),
                    LastClickUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssueLinkClicks", x => new { x.IssueId, x.Url });
                    table.ForeignKey(
                        name: "FK_IssueLinkClicks_NewsletterIssues_IssueId",
                        column: x => x.IssueId,
                        principalTable: "NewsletterIssues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssueLinkClicks");

            migrationBuilder.AddColumn<bool>(
                name: "OpenTracking",
                table: "NewsletterSettings",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
