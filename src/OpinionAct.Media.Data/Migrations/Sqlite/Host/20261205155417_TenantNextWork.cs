using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Host
{
    /// <inheritdoc />
    public partial class TenantNextWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "NextWorkUtc",
                table: "Tenants",
                type: "TEXT",
                nullable: true);

            // Tenants from before the due-time index: every job looks at each of them once, at the first start after the
            // upgrade, and records what it finds (scheduled articles and issues, issues being sent).
            migrationBuilder.Sql("UPDATE \"Tenants\" SET \"NextWorkUtc\" = '2000-01-01 00:00:00'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NextWorkUtc",
                table: "Tenants");
        }
    }
}
