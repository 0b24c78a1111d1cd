using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Demo;

/// <summary>
/// Fills an empty database: roles and dictionaries always; then either the demo towns with
/// their accounts, or (production) one administrator whose one-time password is printed once.
/// </summary>
public sealed class PlatformSeeder(
    GuangongDbContext db,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    OrganizationTree tree,
    DemoMode demo,
    IEnumerable<IDemoContent> contents,
    ILogger<PlatformSeeder> log)
{
    public bool DemoMode => demo.Enabled;

    public async Task SeedAsync()
    {
        if (await AlreadySeededAsync())
        {
            return;
        }

        await SeedRolesAsync();
        await SeedDictionariesAsync();
        if (await db.Users.AnyAsync())
        {
            return;
        }

        if (DemoMode)
        {
            await SeedDemoAsync();
        }
        else
        {
            await SeedFirstAdministratorAsync();
        }
    }

    /// <summary>
    /// Every role, every code list and an account already there: the case of every start but the first. Asked in
    /// plain SQL, because the Identity and LINQ queries below cost a restart their compilation for nothing, and a
    /// restart is downtime (issue 19.3). Anything missing falls through to the full seeding, which adds only that.
    /// </summary>
    private async Task<bool> AlreadySeededAsync()
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var roles = await ColumnAsync(connection, $"SELECT \"Name\" FROM \"{Table<AppRole>()}\"");
            var kinds = await ColumnAsync(connection, $"SELECT DISTINCT \"Kind\" FROM \"{Table<DictionaryItem>()}\"");
            var anyUser = await ColumnAsync(connection, $"SELECT \"UserName\" FROM \"{Table<AppUser>()}\" LIMIT 1");
            return anyUser.Count > 0 && RoleNames.All.All(r => roles.Contains(r.Name)) && DictionaryKinds.Defaults.Keys.All(kinds.Contains);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private string Table<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName()!;

    private static async Task<HashSet<string>> ColumnAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(0))
            {
                values.Add(reader.GetString(0));
            }
        }

        return values;
    }

    private async Task SeedRolesAsync()
    {
        var order = 0;
        foreach (var (name, description) in RoleNames.All)
        {
            order++;
            if (await roles.FindByNameAsync(name) is null)
            {
                await roles.CreateAsync(new AppRole { Name = name, Description = description, SortOrder = order });
            }
        }
    }

    private async Task SeedDictionariesAsync()
    {
        // A list added in a later version is seeded into an existing database too; a list an admin has edited is left alone.
        var existing = await db.DictionaryItems.Select(d => d.Kind).Distinct().ToListAsync();
        foreach (var (kind, values) in DictionaryKinds.Defaults.Where(k => !existing.Contains(k.Key)))
        {
            db.DictionaryItems.AddRange(values.Select((v, i) => new DictionaryItem { Kind = kind, Value = v, SortOrder = (i + 1) * 10 }));
        }

        await db.SaveChangesAsync();
    }

    private async Task SeedDemoAsync()
    {
        var unitIds = new Dictionary<string, long>();
        foreach (var root in DemoUnits.Roots)
        {
            await AddAsync(root, null);
        }

        foreach (var account in DemoUnits.Accounts)
        {
            long? unitId = account.UnitName is null ? null : unitIds[account.UnitName];
            var user = new AppUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                HomeUnitId = unitId,
                UnitPath = unitId is null ? string.Empty : (await db.Units.SingleAsync(u => u.Id == unitId)).Path,
            };
            Check(await users.CreateAsync(user, DemoUnits.Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
        }

        foreach (var content in contents.OrderBy(c => c.Order))
        {
            await content.AddAsync(new DemoUnitIds(unitIds), CancellationToken.None);
        }

        log.LogInformation("已载入演示数据：郑陆镇、乌审召镇及 {Count} 个演示账号（密码 {Password}）。", DemoUnits.Accounts.Length, DemoUnits.Password);

        async Task AddAsync(DemoUnits.Node node, long? parentId)
        {
            var unit = await tree.CreateAsync(parentId, new UnitDraft(node.Name, node.Level, node.Kind));
            unitIds[node.Name] = unit.Id;
            foreach (var child in node.Children)
            {
                await AddAsync(child, unit.Id);
            }
        }
    }

    private async Task SeedFirstAdministratorAsync()
    {
        var password = UserAdministration.GenerateOneTimePassword();
        var admin = new AppUser { UserName = "admin", DisplayName = "系统管理员", MustChangePassword = true };
        Check(await users.CreateAsync(admin, password), "admin");
        Check(await users.AddToRoleAsync(admin, RoleNames.Administrator), "admin");

        // Printed once and never stored in clear: the first sign-in must replace it.
        Console.WriteLine($"已创建管理员账号 admin，一次性密码：{password}（首次登录后须修改）");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
