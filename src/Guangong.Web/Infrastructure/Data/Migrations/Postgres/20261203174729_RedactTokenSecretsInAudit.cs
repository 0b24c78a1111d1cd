using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Guangong.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RedactTokenSecretsInAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The trail recorded a sign-in token's value: the two-factor authenticator key and the recovery codes. From now
            // on it records only that the value changed (AuditTrail); the entries written before lose the value too. The
            // entry keeps its time, user, action and id (which names the token: authenticator key or recovery codes).
            migrationBuilder.Sql("""
                UPDATE "AuditEntries" SET "Changes" = CASE "Action"
                    WHEN '新增' THEN '[{"Field":"Value","Old":null,"New":"***(已更改)"}]'
                    WHEN '删除' THEN '[{"Field":"Value","Old":"***","New":null}]'
                    ELSE '[{"Field":"Value","Old":"***","New":"***(已更改)"}]' END
                WHERE "Entity" = 'IdentityUserToken`1' AND "Changes" IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The values are gone for good; there is nothing to put back.
        }
    }
}
