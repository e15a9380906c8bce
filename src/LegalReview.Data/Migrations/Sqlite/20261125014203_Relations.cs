using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalReview.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Relations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ConsolidatedAsOf",
                table: "DocumentVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsolidatedFrom",
                table: "DocumentVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentRelations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceDocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    TargetNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetNormalizedNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetTitle = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceProvisionId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TargetProvisionId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentRelations_Documents_SourceDocumentId",
                        column: x => x.SourceDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentRelations_Documents_TargetDocumentId",
                        column: x => x.TargetDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "InstructionRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BaseDocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    AmendingDocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    AmendingNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceProvisionId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    ProvisionId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstructionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstructionRecords_Documents_AmendingDocumentId",
                        column: x => x.AmendingDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstructionRecords_Documents_BaseDocumentId",
                        column: x => x.BaseDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRelations_SourceDocumentId",
                table: "DocumentRelations",
                column: "SourceDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRelations_TargetDocumentId",
                table: "DocumentRelations",
                column: "TargetDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRelations_TargetNormalizedNumber",
                table: "DocumentRelations",
                column: "TargetNormalizedNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InstructionRecords_AmendingDocumentId",
                table: "InstructionRecords",
                column: "AmendingDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_InstructionRecords_BaseDocumentId_Status",
                table: "InstructionRecords",
                columns: new[] { "BaseDocumentId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentRelations");

            migrationBuilder.DropTable(
                name: "InstructionRecords");

            migrationBuilder.DropColumn(
                name: "ConsolidatedAsOf",
                table: "DocumentVersions");

            migrationBuilder.DropColumn(
                name: "ConsolidatedFrom",
                table: "DocumentVersions");
        }
    }
}
