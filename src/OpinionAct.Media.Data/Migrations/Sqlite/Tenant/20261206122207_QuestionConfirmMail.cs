using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class QuestionConfirmMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConfirmMailAttempts",
                table: "Questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmMailedUtc",
                table: "Questions",
                type: "TEXT",
                nullable: true);

            // Questions asked before this migration had their confirmation sent within the ask request: never again.
            migrationBuilder.Sql("UPDATE \"Questions\" SET \"ConfirmMailedUtc\" = \"AskedUtc\" WHERE \"Email\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConfirmMailAttempts",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "ConfirmMailedUtc",
                table: "Questions");
        }
    }
}
