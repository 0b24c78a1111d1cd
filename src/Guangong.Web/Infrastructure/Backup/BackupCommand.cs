using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Infrastructure.Backup;

/// <summary>
/// <c>-- backup PATH</c> (while the app runs elsewhere: the snapshot is consistent),
/// <c>-- verify PATH</c>, and <c>-- restore PATH</c> into an empty data folder and database.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string verb, string path, TextWriter output, TextWriter error)
    {
        try
        {
            switch (verb)
            {
                case "backup":
                    var manifest = await services.GetRequiredService<DataBackup>().CreateAsync(path);
                    await output.WriteLineAsync($"已备份到“{Path.GetFullPath(path)}”：{manifest.Files.Count}个文件，共{manifest.Files.Sum(f => f.Bytes) / 1024.0 / 1024.0:0.0}MB。");
                    return 0;
                case "verify":
                    var problems = await DataBackup.VerifyAsync(path);
                    foreach (var problem in problems)
                    {
                        await error.WriteLineAsync(problem);
                    }

                    await output.WriteLineAsync(problems.Count == 0 ? "备份完好，可以恢复。" : $"备份有{problems.Count}处问题，不能恢复。");
                    return problems.Count == 0 ? 0 : 1;
                case "restore":
                    await services.GetRequiredService<DataBackup>().RestoreAsync(path);
                    await output.WriteLineAsync("已恢复。现在可以启动平台。");
                    return 0;
                default:
                    return 2;
            }
        }
        catch (BackupException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
