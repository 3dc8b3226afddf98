using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class ConfirmationDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConfirmationAttempts",
                table: "SubscriberConsents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmationMailedUtc",
                table: "SubscriberConsents",
                type: "TEXT",
                nullable: true);

            // Rows written before this column existed were mailed by the old in-memory queue (or lost with it):
            // count them as mailed so an upgrade does not send old confirmations again.
            migrationBuilder.Sql("UPDATE \"SubscriberConsents\" SET \"ConfirmationMailedUtc\" = \"ConfirmationSentUtc\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConfirmationAttempts",
                table: "SubscriberConsents");

            migrationBuilder.DropColumn(
                name: "ConfirmationMailedUtc",
                table: "SubscriberConsents");
        }
    }
}
