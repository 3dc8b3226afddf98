using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Tenant
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
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    OriginHub = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OriginalUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OriginalPublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Authors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
