namespace Guangong.Web.Tests.Infrastructure;

/// <summary>Rules of docs/architecture.md that the sources themselves can be checked against.</summary>
public sealed class ArchitectureRulesTests
{
    [Fact]
    public void The_stylesheet_closes_every_block_it_opens()
    {
        // A brace lost in a merge silently swallowed every rule after it (the publicity styles and elder-mode headings).
        var css = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(RepositoryFiles.Web, "wwwroot", "css", "app.css")), @"/\*.*?\*/", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        var depth = 0;
        foreach (var c in css)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth is >= 0 and <= 2, "app.css: a block closes that never opened, or rules nest deeper than @media { rule { } }");
        }

        Assert.Equal(0, depth);
    }

    [Fact]
    public void No_page_touches_the_database_context()
    {
        var offenders = RepositoryFiles.WebSources("*.razor")
            .Where(f => File.ReadAllText(f).Contains("GuangongDbContext", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Web, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Pages call their feature's queries and commands, not the DbContext:\n" + string.Join('\n', offenders));
    }

    /// <summary>
    /// An InputSelect marks its chosen option only among options it renders itself: options written as static markup are
    /// one markup block to the renderer and never get "selected", so the first one showed. A planned activity's edit form
    /// read 已开展 (and saving it changed the status); a refused application lost its 申报荣誉.
    /// </summary>
    [Fact]
    public void An_input_select_writes_its_options_in_code_so_the_chosen_one_is_marked()
    {
        var offenders = RepositoryFiles.WebSources("*.razor")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "<InputSelect.*?</InputSelect>", System.Text.RegularExpressions.RegexOptions.Singleline)
                .SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.Value, "<option value=\"([^\"@][^\"]*)\"").Select(o => $"{Path.GetRelativePath(RepositoryFiles.Web, f)}: {o.Value}")))
            .ToList();
        Assert.True(offenders.Count == 0, "Options with a value inside an InputSelect are written in a loop or with @value:\n" + string.Join('\n', offenders));
    }

    /// <summary>
    /// Pages take what was posted through [SupplyParameterFromForm] models and named values; only the
    /// API's multipart endpoints (minimal APIs, no form binding) read the raw form.
    /// </summary>
    [Fact]
    public void Pages_bind_their_forms_instead_of_reading_the_raw_form()
    {
        var features = Path.Combine(RepositoryFiles.Web, "Features");
        var offenders = RepositoryFiles.WebSources("*.razor").Concat(RepositoryFiles.WebSources("*.cs"))
            .Where(f => f.StartsWith(features, StringComparison.Ordinal) && !f.EndsWith("Endpoints.cs", StringComparison.Ordinal) && !f.EndsWith("Endpoint.cs", StringComparison.Ordinal))
            .Where(f => Path.GetRelativePath(features, f).Replace('\\', '/') != "Activities/ApiInput.cs")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("Request.Form", StringComparison.Ordinal) || text.Contains("ReadFormAsync", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Web, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Bind posted fields with [SupplyParameterFromForm] instead of reading Request.Form:\n" + string.Join('\n', offenders));
    }

    /// <summary>
    /// Razor reads "去年@r.Last" as an e-mail address and prints it as it stands (the comparison table
    /// showed "去年@r.Last.Total(c)" in every cell): after a letter, an expression needs @( ).
    /// </summary>
    [Fact]
    public void No_page_writes_an_expression_right_after_a_letter()
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"(?<!@[A-Za-z0-9_.()?]*)[\p{L}\p{Nd}]@[A-Za-z_]"); // not after an expression: @a.B@c is two
        var offenders = RepositoryFiles.WebSources("*.razor")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith('@') || l.Text.Contains('<', StringComparison.Ordinal))
            .Where(l => pattern.IsMatch(System.Text.RegularExpressions.Regex.Replace(l.Text, "\"[^\"]*\"", "\"\"")))
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.Web, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Write @(expression) after a letter, or Razor prints it as text:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_file_under_features_is_over_250_lines()
    {
        var features = Path.Combine(RepositoryFiles.Web, "Features");
        var tooLong = RepositoryFiles.WebSources("*.cs").Concat(RepositoryFiles.WebSources("*.razor"))
            .Where(f => f.StartsWith(features, StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(RepositoryFiles.Web, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 250)
            .ToList();
        Assert.True(tooLong.Count == 0, "Split by use case:\n" + string.Join('\n', tooLong.Select(f => $"{f.File}: {f.Lines}")));
    }

    /// <summary>
    /// Every /api/v1 answer is a named record (issue 10.6): no anonymous object in an endpoint file or
    /// a slice's DTO file, so the JSON shape is a type a reader (and the compiler) can see. Spreadsheet
    /// column definitions handed to <c>excel.FileAsync(</c> are not API answers and may stay anonymous.
    /// </summary>
    [Fact]
    public void Api_answers_are_named_records_not_anonymous_objects()
    {
        var features = Path.Combine(RepositoryFiles.Web, "Features");
        var anonymous = new System.Text.RegularExpressions.Regex(@"\bnew\s*\{");
        var offenders = new List<string>();
        foreach (var file in RepositoryFiles.WebSources("*.cs").Where(f => f.StartsWith(features, StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(features, file).Replace('\\', '/');
            if (!(relative.EndsWith("Endpoints.cs", StringComparison.Ordinal) || relative.EndsWith("Endpoint.cs", StringComparison.Ordinal) || relative.EndsWith("Dtos.cs", StringComparison.Ordinal) || relative.EndsWith("Dto.cs", StringComparison.Ordinal)))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (System.Text.RegularExpressions.Match m in anonymous.Matches(text))
            {
                if (!InsideExcelFile(text, m.Index))
                {
                    var line = text[..m.Index].Count(c => c == '\n') + 1;
                    offenders.Add($"Features/{relative}:{line}: {text.Split('\n')[line - 1].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Answer with a named record (a DTO file beside the endpoints), not an anonymous object:\n" + string.Join('\n', offenders));
    }

    /// <summary>Whether the position lies inside the still open parentheses of an <c>excel.FileAsync(</c> call of the same statement.</summary>
    private static bool InsideExcelFile(string text, int index)
    {
        var statementStart = text.LastIndexOf(';', index - 1) + 1;
        var call = text.IndexOf("excel.FileAsync(", statementStart, index - statementStart, StringComparison.Ordinal);
        if (call < 0)
        {
            return false;
        }

        var depth = 0;
        for (var i = call + "excel.FileAsync".Length; i < index; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>
    /// Audit entries never change, except through the one door that takes an erased volunteer's
    /// personal values out of them (issue 19.7): no other file runs a set-based write on the audit
    /// table, and the door has one caller, the erasure of a volunteer who has left.
    /// </summary>
    [Fact]
    public void Audit_entries_change_only_through_the_scrubber_and_only_erasure_calls_it()
    {
        static string Relative(string f) => Path.GetRelativePath(RepositoryFiles.Web, f).Replace('\\', '/');
        var sources = RepositoryFiles.WebSources("*.cs").Concat(RepositoryFiles.WebSources("*.razor"))
            .Where(f => !Relative(f).StartsWith("Infrastructure/Data/Migrations/", StringComparison.Ordinal))
            .Select(f => (File: Relative(f), Text: File.ReadAllText(f))).ToList();

        var writers = sources.Where(s => s.Text.Contains("AuditEntries", StringComparison.Ordinal)
            && (s.Text.Contains("ExecuteUpdate", StringComparison.Ordinal) || s.Text.Contains("ExecuteDelete", StringComparison.Ordinal) || s.Text.Contains("ExecuteSql", StringComparison.Ordinal)))
            .Select(s => s.File).ToList();
        Assert.Equal(["Infrastructure/Auditing/AuditScrubber.cs"], writers);

        var callers = sources.Where(s => s.File != "Infrastructure/Auditing/AuditScrubber.cs" && s.Text.Contains("AuditScrubber", StringComparison.Ordinal))
            .Select(s => s.File).ToList();
        Assert.Equal(["Features/Privacy/VolunteerErasure.cs"], callers);
    }
}
