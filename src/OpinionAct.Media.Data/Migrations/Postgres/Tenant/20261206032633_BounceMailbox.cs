using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Tenant
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Folder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UidValidity = table.Column<long>(type: "bigint", nullable: false),
                    HighestUid = table.Column<long>(type: "bigint", nullable: false),
                    LastPassUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSummaryJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BounceMailboxState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BounceSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ReturnPath = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Verp = table.Column<bool>(type: "boolean", nullable: false),
                    VerpKeyProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ImapHost = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    ImapPort = table.Column<int>(type: "integer", nullable: true),
                    ImapTlsMode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ImapUserName = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ImapPasswordProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ImapFolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MoveProcessed = table.Column<bool>(type: "boolean", nullable: false),
                    ProcessedFolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
