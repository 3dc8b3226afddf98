using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Host
{
    /// <inheritdoc />
    public partial class TenantOldAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TenantOldAddresses",
                columns: table => new
                {
                    Address = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    TenantName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantOldAddresses", x => x.Address);
                    table.ForeignKey(
                        name: "FK_TenantOldAddresses_Tenants_TenantName",
                        column: x => x.TenantName,
                        principalTable: "Tenants",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TenantOldAddresses_TenantName",
                table: "TenantOldAddresses",
                column: "TenantName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TenantOldAddresses");
        }
    }
}
