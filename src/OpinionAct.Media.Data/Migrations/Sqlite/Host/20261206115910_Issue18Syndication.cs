using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpinionAct.Media.Data.Migrations.Sqlite.Host
{
    /// <inheritdoc />
    public partial class Issue18Syndication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alliances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposerTenant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PartnerTenant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenPair = table.Column<string>(type: "TEXT", maxLength: 90, nullable: true),
                    ProposedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AcceptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedByTenant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alliances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SyndicationOffers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromTenant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToTenant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OriginalArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginHub = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OriginalUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OriginBaseUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SnapshotVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CopyArticleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Follows = table.Column<bool>(type: "INTEGER", nullable: false),
                    OfferedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OfferedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyndicationOffers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Alliances_OpenPair",
                table: "Alliances",
                column: "OpenPair",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alliances_PartnerTenant",
                table: "Alliances",
                column: "PartnerTenant");

            migrationBuilder.CreateIndex(
                name: "IX_Alliances_ProposerTenant",
                table: "Alliances",
                column: "ProposerTenant");

            migrationBuilder.CreateIndex(
                name: "IX_SyndicationOffers_FromTenant_OriginalArticleId",
                table: "SyndicationOffers",
                columns: new[] { "FromTenant", "OriginalArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_SyndicationOffers_ToTenant_State",
                table: "SyndicationOffers",
                columns: new[] { "ToTenant", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Alliances");

            migrationBuilder.DropTable(
                name: "SyndicationOffers");
        }
    }
}
