using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class Issue18Syndication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SyndicatedCopies",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginHub = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OriginalUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OriginalPublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Authors = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyndicatedCopies", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_SyndicatedCopies_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SyndicatedCopies_OfferId",
                table: "SyndicatedCopies",
                column: "OfferId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SyndicatedCopies");
        }
    }
}
