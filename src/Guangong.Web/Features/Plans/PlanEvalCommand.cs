using Guangong.Documents.Plans.Evaluation;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// <c>plan eval DIR</c>: parses every document of a folder that has a NAME.expected.json beside it and prints
/// heading recall and precision, item, roster and figure recall, kind accuracy and the crash count; needs no database.
/// Exit code 0 when nothing crashed.
/// </summary>
public static class PlanEvalCommand
{
    public static int Run(string directory, TextWriter output, TextWriter error)
    {
        directory = PlanParseCommand.Resolve(directory);
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"找不到文件夹：{Path.GetFullPath(directory)}");
            return 1;
        }

        var score = PlanEvaluator.EvaluateFolder(directory);
        if (score.Documents.Count == 0)
        {
            error.WriteLine($"文件夹中没有 *{PlanEvaluator.ExpectationSuffix} 文件：{Path.GetFullPath(directory)}");
            return 1;
        }

        output.Write(score.Format());
        return score.Crashes == 0 ? 0 : 1;
    }
}
