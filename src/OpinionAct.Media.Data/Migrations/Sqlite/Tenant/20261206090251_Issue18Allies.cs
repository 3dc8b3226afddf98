using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class Issue18Allies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Affiliation",
                table: "Experts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictsOfInterest",
                table: "Experts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationsJson",
                table: "Experts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ClaimReviewsJson",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ConsentText = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: true),
                    ConfirmNonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EmailConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnswerMailQueuedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnswerMailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswerMailedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Page = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpertId = table.Column<int>(type: "INTEGER", nullable: true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedExpertId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnswerMarkdown = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AnswerHtml = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AskedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_ExpertId_Status",
                table: "Questions",
                columns: new[] { "ExpertId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Status_AskedUtc",
                table: "Questions",
                columns: new[] { "Status", "AskedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_TopicId_Status",
                table: "Questions",
                columns: new[] { "TopicId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropColumn(
                name: "Affiliation",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "ConflictsOfInterest",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "VerificationsJson",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "ClaimReviewsJson",
                table: "Articles");
        }
    }
}
