using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Host
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
                type: "timestamp with time zone",
                nullable: true);

            // Tenants from before the due-time index: every job looks at each of them once, at the first start after the
            // upgrade, and records what it finds (scheduled articles and issues, issues being sent).
            migrationBuilder.Sql("UPDATE \"Tenants\" SET \"NextWorkUtc\" = '2000-01-01T00:00:00Z'");
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
