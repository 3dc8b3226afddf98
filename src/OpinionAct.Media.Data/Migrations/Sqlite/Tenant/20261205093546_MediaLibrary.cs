using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Image",
                table: "Topics",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Logo",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SocialImage",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Frames = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LibraryPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Decorative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Credit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FocalX = table.Column<double>(type: "REAL", nullable: false),
                    FocalY = table.Column<double>(type: "REAL", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaUrlKeys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaUrlKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_CreatedUtc",
                table: "MediaItems",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_Hash",
                table: "MediaItems",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_LibraryPath",
                table: "MediaItems",
                column: "LibraryPath",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaItems");

            migrationBuilder.DropTable(
                name: "MediaUrlKeys");

            migrationBuilder.DropColumn(
                name: "Image",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "Logo",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "SocialImage",
                table: "SiteSettings");
        }
    }
}
