using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class ListHygiene : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RepermissionCampaignId",
                table: "SubscriberConsents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RepermissionCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NewsletterId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubscribedBeforeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Asked = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Kept = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    NotReached = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepermissionCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepermissionCampaigns_Newsletters_NewsletterId",
                        column: x => x.NewsletterId,
                        principalTable: "Newsletters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SendingPause",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    PausedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false),
                    MessagesSent = table.Column<int>(type: "INTEGER", nullable: false),
                    ResumedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResumedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SendingPause", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubscriberConsents_RepermissionCampaignId",
                table: "SubscriberConsents",
                column: "RepermissionCampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_RepermissionCampaigns_ClosedUtc_DeadlineUtc",
                table: "RepermissionCampaigns",
                columns: new[] { "ClosedUtc", "DeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RepermissionCampaigns_NewsletterId",
                table: "RepermissionCampaigns",
                column: "NewsletterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RepermissionCampaigns");

            migrationBuilder.DropTable(
                name: "SendingPause");

            migrationBuilder.DropIndex(
                name: "IX_SubscriberConsents_RepermissionCampaignId",
                table: "SubscriberConsents");

            migrationBuilder.DropColumn(
                name: "RepermissionCampaignId",
                table: "SubscriberConsents");
        }
    }
}
