using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Safety.CareCases;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Enterprises;

/// <summary>One line of a company's care records, as its own unit and the town officer see it.</summary>
public sealed record EmployeeCareRow(long Id, string EmployeeName, CareAgeBand AgeBand, string Difficulty, string Help, DateOnly HelpedOn, decimal? Amount, string RecordedBy);

/// <summary>What every level in scope sees of a company's care: how many records and how much, this year.</summary>
public sealed record EmployeeCareCount(int Records, decimal Amount);

/// <summary>The care records of a company committee for young employees and their children: listed, added, counted.</summary>
public sealed class EmployeeCareRecords(GuangongDbContext db, EmployeeCareAccess access, Accounts.CurrentUser me, TimeProvider clock)
{
    public const decimal MaxAmount = 1_000_000m;

    private DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The company and its records, or null (a 404) for anyone but its own unit and the town officer.</summary>
    public async Task<(Organization.Unit Company, IReadOnlyList<EmployeeCareRow> Rows)?> ListAsync(long companyUnitId, CancellationToken ct = default)
    {
        if (await access.OpenAsync(companyUnitId, "列表", ct) is not { } company)
        {
            return null;
        }

        var rows = await db.EmployeeCares.AsNoTracking().Where(c => c.UnitId == company.Id)
            .OrderByDescending(c => c.HelpedOn).ThenByDescending(c => c.Id)
            .Select(c => new EmployeeCareRow(c.Id, c.EmployeeName, c.AgeBand, c.Difficulty, c.Help, c.HelpedOn, c.Amount, c.RecordedBy))
            .ToListAsync(ct);
        return (company, rows);
    }

    /// <summary>Per company in scope, this year's count and amount: no name, no difficulty.</summary>
    public async Task<IReadOnlyDictionary<long, EmployeeCareCount>> CountsAsync(int year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

        // Summed here rather than in SQL: SQLite cannot add up decimals.
        var rows = await db.EmployeeCares.AsNoTracking().Where(c => c.HelpedOn >= first && c.HelpedOn <= last)
            .Select(c => new { c.UnitId, c.Amount }).ToListAsync(ct);
        return rows.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => new EmployeeCareCount(g.Count(), g.Sum(r => r.Amount ?? 0)));
    }

    public async Task<CommandResult<EmployeeCare>> AddAsync(long companyUnitId, EmployeeCareInput input, CancellationToken ct = default)
    {
        if (await access.OpenAsync(companyUnitId, "登记", ct) is not { } company)
        {
            return CommandResult<EmployeeCare>.NotFound();
        }

        var errors = new List<FieldError>();
        var name = CareRules.PersonName(input.EmployeeName, nameof(input.EmployeeName), "职工姓名", errors);
        var band = EnumText.Parse<CareAgeBand>(input.AgeBand);
        if (band is null)
        {
            errors.Add(new FieldError(nameof(input.AgeBand), "请选择帮扶对象（职工本人或子女年龄段）。"));
        }

        var difficulty = Text(input.Difficulty, 300, nameof(input.Difficulty), "困难情况", errors);
        var help = Text(input.Help, 300, nameof(input.Help), "帮扶内容", errors);
        var date = DateField.Read(input.HelpedOn, DateKind.Event, Today, nameof(input.HelpedOn), errors, "请填写帮扶日期。");
        if (date > Today)
        {
            errors.Add(new FieldError(nameof(input.HelpedOn), "帮扶日期不能晚于今天。"));
        }

        var amount = Amount(input.Amount, errors);
        if (errors.Count > 0)
        {
            return CommandResult<EmployeeCare>.Invalid(errors);
        }

        var record = new EmployeeCare
        {
            UnitId = company.Id,
            UnitPath = company.Path,
            EmployeeName = name!,
            AgeBand = band!.Value,
            Difficulty = difficulty!,
            Help = help!,
            HelpedOn = date!.Value,
            Amount = amount,
            // The page shows who recorded it, so the person's name rather than their account's.
            RecordedBy = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.EmployeeCares.Add(record);
        await db.SaveChangesAsync(ct);
        return CommandResult<EmployeeCare>.Ok(record);
    }

    private static string? Text(string? text, int max, string field, string label, List<FieldError> errors)
    {
        var t = text?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            errors.Add(new FieldError(field, $"请填写{label}。"));
            return null;
        }

        if (t.Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
            return null;
        }

        return t;
    }

    /// <summary>Yuan with at most two decimals, not negative; empty for help that is not money.</summary>
    private static decimal? Amount(string? text, List<FieldError> errors)
    {
        var t = text?.Trim().TrimEnd('元').Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new FieldError(nameof(EmployeeCareInput.Amount), "金额应为数字，如 500 或 1200.50（单位：元）。"));
            return null;
        }

        if (value < 0)
        {
            errors.Add(new FieldError(nameof(EmployeeCareInput.Amount), "金额不能为负数。"));
            return null;
        }

        if (value > MaxAmount || decimal.Round(value, 2) != value)
        {
            errors.Add(new FieldError(nameof(EmployeeCareInput.Amount), "金额应在0至1000000元之间，最多两位小数。"));
            return null;
        }

        return value;
    }
}
