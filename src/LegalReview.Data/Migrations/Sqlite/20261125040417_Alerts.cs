using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalReview.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Alerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlertCursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastId = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertCursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "AlertSubscribers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FeedToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertSubscribers", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_AlertSubscribers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertWatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ProvisionId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FilterType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FilterIssuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FilterValidity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FilterTopic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FilterYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeedToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertWatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertWatches_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    WatchId = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangeEventId = table.Column<long>(type: "INTEGER", nullable: true),
                    AdminAlertId = table.Column<long>(type: "INTEGER", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SnippetHtml = table.Column<string>(type: "TEXT", nullable: false),
                    ProvisionIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertNotifications_AlertWatches_WatchId",
                        column: x => x.WatchId,
                        principalTable: "AlertWatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertNotifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Batch = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_AlertNotifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "AlertNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_NotificationId_Channel",
                table: "AlertDeliveries",
                columns: new[] { "NotificationId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_UserId_AdminAlertId",
                table: "AlertNotifications",
                columns: new[] { "UserId", "AdminAlertId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_UserId_ReadAt",
                table: "AlertNotifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_WatchId_ChangeEventId",
                table: "AlertNotifications",
                columns: new[] { "WatchId", "ChangeEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscribers_FeedToken",
                table: "AlertSubscribers",
                column: "FeedToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertWatches_DocumentId",
                table: "AlertWatches",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertWatches_FeedToken",
                table: "AlertWatches",
                column: "FeedToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertWatches_UserId_Kind",
                table: "AlertWatches",
                columns: new[] { "UserId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertCursors");

            migrationBuilder.DropTable(
                name: "AlertDeliveries");

            migrationBuilder.DropTable(
                name: "AlertSubscribers");

            migrationBuilder.DropTable(
                name: "AlertNotifications");

            migrationBuilder.DropTable(
                name: "AlertWatches");
        }
    }
}
