using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Tenant
{
    /// <inheritdoc />
    public partial class ImportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Topics_ContentItemId",
                table: "Topics",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Topics_Position",
                table: "Topics",
                column: "Position");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_ContentItemId",
                table: "Pages",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_ContentItemId",
                table: "Experts",
                column: "ContentItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Topics_ContentItemId",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Topics_Position",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Pages_ContentItemId",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Experts_ContentItemId",
                table: "Experts");
        }
    }
}
