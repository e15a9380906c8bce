using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LegalReview.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Findings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Annotations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    StableId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    VersionId = table.Column<long>(type: "bigint", nullable: false),
                    QuotedText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Suffix = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartOffset = table.Column<int>(type: "integer", nullable: false),
                    EndOffset = table.Column<int>(type: "integer", nullable: false),
                    OriginalStableId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OriginalVersionId = table.Column<long>(type: "bigint", nullable: false),
                    OriginalQuotedText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Owner = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AnchorStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AnchorNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Annotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Annotations_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reasoning = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolutionProposalId = table.Column<long>(type: "bigint", nullable: true),
                    ResolutionDocumentId = table.Column<long>(type: "bigint", nullable: true),
                    PracticeProblemId = table.Column<long>(type: "bigint", nullable: true),
                    SuggestionKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Documents_ResolutionDocumentId",
                        column: x => x.ResolutionDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReanchorCursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LastChangeEventId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReanchorCursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "AnnotationReplies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AnnotationId = table.Column<long>(type: "bigint", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnotationReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnotationReplies_Annotations_AnnotationId",
                        column: x => x.AnnotationId,
                        principalTable: "Annotations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingProvisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingId = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    StableId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    VersionId = table.Column<long>(type: "bigint", nullable: true),
                    Excerpt = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingProvisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingProvisions_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FindingProvisions_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeProblems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SourceName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FindingId = table.Column<long>(type: "bigint", nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeProblems_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PracticeProblemProvisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PracticeProblemId = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    StableId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    VersionId = table.Column<long>(type: "bigint", nullable: true),
                    RowVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeProblemProvisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeProblemProvisions_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeProblemProvisions_PracticeProblems_PracticeProblemId",
                        column: x => x.PracticeProblemId,
                        principalTable: "PracticeProblems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnotationReplies_AnnotationId",
                table: "AnnotationReplies",
                column: "AnnotationId");

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_DocumentId_StableId",
                table: "Annotations",
                columns: new[] { "DocumentId", "StableId" });

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_VersionId",
                table: "Annotations",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_FindingProvisions_DocumentId_StableId",
                table: "FindingProvisions",
                columns: new[] { "DocumentId", "StableId" });

            migrationBuilder.CreateIndex(
                name: "IX_FindingProvisions_FindingId_DocumentId_StableId",
                table: "FindingProvisions",
                columns: new[] { "FindingId", "DocumentId", "StableId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ResolutionDocumentId",
                table: "Findings",
                column: "ResolutionDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_Status",
                table: "Findings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_SuggestionKey",
                table: "Findings",
                column: "SuggestionKey");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeProblemProvisions_DocumentId_StableId",
                table: "PracticeProblemProvisions",
                columns: new[] { "DocumentId", "StableId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeProblemProvisions_PracticeProblemId",
                table: "PracticeProblemProvisions",
                column: "PracticeProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeProblems_FindingId",
                table: "PracticeProblems",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeProblems_Status",
                table: "PracticeProblems",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnotationReplies");

            migrationBuilder.DropTable(
                name: "FindingProvisions");

            migrationBuilder.DropTable(
                name: "PracticeProblemProvisions");

            migrationBuilder.DropTable(
                name: "ReanchorCursors");

            migrationBuilder.DropTable(
                name: "Annotations");

            migrationBuilder.DropTable(
                name: "PracticeProblems");

            migrationBuilder.DropTable(
                name: "Findings");
        }
    }
}
