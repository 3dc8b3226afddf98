using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class BounceMailbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BounceMailboxState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UidValidity = table.Column<long>(type: "INTEGER", nullable: false),
                    HighestUid = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPassUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSummaryJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BounceMailboxState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BounceSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnPath = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Verp = table.Column<bool>(type: "INTEGER", nullable: false),
                    VerpKeyProtected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ImapHost = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    ImapPort = table.Column<int>(type: "INTEGER", nullable: true),
                    ImapTlsMode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ImapUserName = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ImapPasswordProtected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ImapFolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MoveProcessed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcessedFolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BounceSettings", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BounceMailboxState");

            migrationBuilder.DropTable(
                name: "BounceSettings");
        }
    }
}
