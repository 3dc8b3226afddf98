using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Postgres.Tenant
{
    /// <inheritdoc />
    public partial class DeliveryReportIssue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IssueId",
                table: "DeliveryReports",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryReports_IssueId_Kind",
                table: "DeliveryReports",
                columns: new[] { "IssueId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DeliveryReports_IssueId_Kind",
                table: "DeliveryReports");

            migrationBuilder.DropColumn(
                name: "IssueId",
                table: "DeliveryReports");
        }
    }
}
