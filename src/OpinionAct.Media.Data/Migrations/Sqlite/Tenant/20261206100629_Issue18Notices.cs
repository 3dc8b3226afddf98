using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class Issue18Notices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CorrectionNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceIssueId = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeIssueId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionNotices_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorrectionNotices_NewsletterIssues_NoticeIssueId",
                        column: x => x.NoticeIssueId,
                        principalTable: "NewsletterIssues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CorrectionNoticeRecipients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubscriberId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionNoticeRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionNoticeRecipients_CorrectionNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "CorrectionNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorrectionNoticeRecipients_Subscribers_SubscriberId",
                        column: x => x.SubscriberId,
                        principalTable: "Subscribers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionNoticeRecipients_ArticleId_CorrectionKey_SubscriberId",
                table: "CorrectionNoticeRecipients",
                columns: new[] { "ArticleId", "CorrectionKey", "SubscriberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionNoticeRecipients_NoticeId",
                table: "CorrectionNoticeRecipients",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionNoticeRecipients_SubscriberId",
                table: "CorrectionNoticeRecipients",
                column: "SubscriberId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionNotices_ArticleId_CorrectionKey_SourceIssueId",
                table: "CorrectionNotices",
                columns: new[] { "ArticleId", "CorrectionKey", "SourceIssueId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionNotices_NoticeIssueId",
                table: "CorrectionNotices",
                column: "NoticeIssueId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CorrectionNoticeRecipients");

            migrationBuilder.DropTable(
                name: "CorrectionNotices");
        }
    }
}
