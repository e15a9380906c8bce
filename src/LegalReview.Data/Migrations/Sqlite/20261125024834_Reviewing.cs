using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalReview.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reviewing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    BeforeJson = table.Column<string>(type: "TEXT", nullable: true),
                    AfterJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCampaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CutoffDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScopeKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScopeQuery = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScopeType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ScopeIssuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ScopeValidity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ScopeYearFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    ScopeYearTo = table.Column<int>(type: "INTEGER", nullable: true),
                    Assignees = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTriggerCursors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastChangeEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTriggerCursors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TriggerDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    LeadComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewItems_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewItems_ReviewCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "ReviewCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewItemTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewItemTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewItemTransitions_ReviewItems_ReviewItemId",
                        column: x => x.ReviewItemId,
                        principalTable: "ReviewItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewSheets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewingUnit = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BasisDocuments = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ValidityConclusion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CompetentBody = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewSheets_ReviewItems_ReviewItemId",
                        column: x => x.ReviewItemId,
                        principalTable: "ReviewItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewSheetRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewSheetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedProvision = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BasisProvision = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reasoning = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ProposedHandling = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSheetRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewSheetRows_ReviewSheets_ReviewSheetId",
                        column: x => x.ReviewSheetId,
                        principalTable: "ReviewSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId_Id",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_AssignedTo",
                table: "ReviewItems",
                column: "AssignedTo");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_CampaignId_DocumentId",
                table: "ReviewItems",
                columns: new[] { "CampaignId", "DocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_DocumentId_TriggerDocumentId",
                table: "ReviewItems",
                columns: new[] { "DocumentId", "TriggerDocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItemTransitions_ReviewItemId",
                table: "ReviewItemTransitions",
                column: "ReviewItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSheetRows_ReviewSheetId",
                table: "ReviewSheetRows",
                column: "ReviewSheetId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSheets_ReviewItemId",
                table: "ReviewSheets",
                column: "ReviewItemId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ReviewItemTransitions");

            migrationBuilder.DropTable(
                name: "ReviewSheetRows");

            migrationBuilder.DropTable(
                name: "ReviewTriggerCursors");

            migrationBuilder.DropTable(
                name: "ReviewSheets");

            migrationBuilder.DropTable(
                name: "ReviewItems");

            migrationBuilder.DropTable(
                name: "ReviewCampaigns");
        }
    }
}
