using System.Text.RegularExpressions;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Issue 19.8, for every form: a save the storage refused is said on the page only by a <c>FormAlert</c>
/// (<c>SaveRefusal</c>); a page without one answers with the error page and loses what was typed. These checks
/// read the Razor sources, so a new form without an alert, or one folded away where the alert cannot be seen,
/// fails here rather than in front of a user on a locked database.
/// </summary>
public sealed partial class RefusedSaveCoverageTests
{
    /// <summary>Forms that write nothing, so the storage cannot refuse them; each with why.</summary>
    private static readonly Dictionary<string, string> SaveNothing = new(StringComparer.Ordinal)
    {
        ["Features/Assessments/Pages/RulesReadForm.razor"] = "reads a rules document into the template form below it; the template form saves",
    };

    [Fact]
    public void Every_form_that_saves_has_an_alert_to_say_a_refused_save_on()
    {
        var sources = RepositoryFiles.WebSources("*.razor").ToDictionary(Relative, File.ReadAllText);
        var withAlert = sources.Where(s => s.Value.Contains("<FormAlert", StringComparison.Ordinal)).Select(s => s.Key).ToHashSet();
        var withForm = sources.Where(s => FormNamePattern().IsMatch(s.Value)).Select(s => s.Key).ToList();
        Assert.True(withForm.Count > 50, $"the form scan found {withForm.Count} files with forms: the pattern no longer matches how forms are written");

        var offenders = withForm
            .Where(f => !withAlert.Contains(f) && !SaveNothing.ContainsKey(f))
            .Where(f =>
            {
                // A form component inside pages that show the alert above it is covered by theirs.
                var users = sources.Where(s => Regex.IsMatch(s.Value, $"<{Path.GetFileNameWithoutExtension(f)}[\\s/>]")).Select(s => s.Key).ToList();
                return users.Count == 0 || users.Any(u => !withAlert.Contains(u));
            })
            .ToList();
        Assert.True(offenders.Count == 0,
            "These forms have no <FormAlert /> (nor do all the pages that hold them): a refused save would show the error page and lose the typing:\n"
            + string.Join('\n', offenders));
        Assert.All(SaveNothing.Keys, f => Assert.Contains(f, withForm));
    }

    [Fact]
    public void A_folded_form_opens_when_its_save_was_refused()
    {
        // <details> around a form and its alert: the refusal must open it, or the message and the typed values stay folded away.
        var offenders = new List<string>();
        foreach (var file in RepositoryFiles.WebSources("*.razor"))
        {
            var text = File.ReadAllText(file);
            foreach (Match details in DetailsPattern().Matches(text))
            {
                var body = details.Groups["body"].Value;
                if (!body.Contains("<FormAlert", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var name in FormNamePattern().Matches(body).Select(m => m.Groups["name"].Value).Where(n => !n.StartsWith('@')))
                {
                    if (!details.Groups["attributes"].Value.Contains($"PostedForm == \"{name}\"", StringComparison.Ordinal))
                    {
                        offenders.Add($"{Relative(file)}: form {name}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0,
            "These folded forms hold an alert but do not open on a refused save (add || Refusal.PostedForm == \"name\" to open=):\n" + string.Join('\n', offenders));
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryFiles.Web, file).Replace('\\', '/');

    [GeneratedRegex("(?:FormName|@formname)=\"(?<name>[^\"]+)\"")]
    private static partial Regex FormNamePattern();

    // Attributes as quoted runs or other characters, so that a > or a nested "name" inside open="@(…)" does not end the tag.
    [GeneratedRegex("<details(?<attributes>(?:\"[^\"\n]*\"|[^>\"])*)>(?<body>[\\s\\S]*?)</details>")]
    private static partial Regex DetailsPattern();
}
