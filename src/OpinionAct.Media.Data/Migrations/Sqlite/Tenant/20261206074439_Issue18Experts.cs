using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class Issue18Experts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Affiliation",
                table: "Experts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictsOfInterest",
                table: "Experts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationsJson",
                table: "Experts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ClaimReviewsJson",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Affiliation",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "ConflictsOfInterest",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "VerificationsJson",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "ClaimReviewsJson",
                table: "Articles");
        }
    }
}
