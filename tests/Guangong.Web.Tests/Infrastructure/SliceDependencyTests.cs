using System.Reflection;
using System.Text.RegularExpressions;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// The slices depend on each other in one direction only (docs/architecture.md, "Slices and how they may
/// depend on each other"). Each slice has its own namespace, so the compiler already forces every use of
/// another slice's type to be a <c>using</c> of its namespace or a name qualified by it; a slice's tables
/// are reached through the shared context as <c>db.Name</c>. Those three are what this test reads.
/// </summary>
public sealed partial class SliceDependencyTests
{
    /// <summary>The foundation every slice stands on; its members may use each other, and nothing above them.</summary>
    private static readonly HashSet<string> Foundation = ["Accounts", "Audit", "Organization", "Dictionaries", "Demo"];

    [Fact]
    public void The_foundation_uses_no_slice_above_it()
    {
        var graph = SliceGraph.Read();
        var offences = graph.Edges
            .Where(e => Foundation.Contains(e.From) && !Foundation.Contains(e.To))
            .Select(e => e.ToString())
            .ToList();
        Assert.True(offences.Count == 0, "The foundation slices use a slice above them:\n" + string.Join('\n', offences));
    }

    /// <summary>The layers of docs/architecture.md; a slice uses only slices on a lower layer (the foundation is layer 0).</summary>
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["Home"] = 6, ["Statistics"] = 6,
        ["Applications"] = 5, ["Privacy"] = 5,
        ["Stations"] = 4, ["Bases"] = 4, ["Enterprises"] = 4, ["Workshops"] = 4, ["Essays"] = 4, ["Notices"] = 4,
        ["Plans"] = 3, ["Publicity"] = 3, ["Assessments"] = 3, ["Safety"] = 3,
        ["Activities"] = 2, ["Committees"] = 2,
        ["Documents"] = 1, ["People"] = 1,
        ["Organization"] = 0, ["Dictionaries"] = 0, ["Accounts"] = 0, ["Audit"] = 0, ["Demo"] = 0,
    };

    [Fact]
    public void Every_slice_uses_only_slices_on_a_lower_layer()
    {
        var graph = SliceGraph.Read();
        var unplaced = graph.Slices.Where(s => !Layers.ContainsKey(s)).ToList();
        Assert.True(unplaced.Count == 0, "Place the new slice on a layer (here and in docs/architecture.md): " + string.Join(", ", unplaced));
        var upward = graph.Edges
            .Where(e => !(Foundation.Contains(e.From) && Foundation.Contains(e.To)) && Layers[e.To] >= Layers[e.From])
            .Select(e => $"{e} (layer {Layers[e.From]} uses layer {Layers[e.To]})")
            .ToList();
        Assert.True(upward.Count == 0, "A slice uses one on its own layer or above:\n" + string.Join('\n', upward));
    }

    [Fact]
    public void No_two_slices_depend_on_each_other_even_through_others()
    {
        var graph = SliceGraph.Read();
        var cycles = graph.Cycles(Foundation);
        Assert.True(cycles.Count == 0, "Slices that depend on each other (break one edge with a port the upper slice implements):\n"
            + string.Join("\n\n", cycles));
    }

    [Fact]
    public void The_reader_sees_the_dependencies_the_architecture_names()
    {
        // If the reader went blind (a renamed folder, a changed pattern), the two tests above would pass on nothing.
        var graph = SliceGraph.Read();
        Assert.Contains(graph.Edges, e => e is { From: "Plans", To: "Committees" });
        Assert.Contains(graph.Edges, e => e is { From: "Activities", To: "People" });
        Assert.Contains(graph.Edges, e => e is { From: "Statistics", To: "Activities" } && e.Evidence.Any(x => x.StartsWith("db.", StringComparison.Ordinal)));
        Assert.True(graph.Slices.Count >= 20, "Slices found: " + string.Join(", ", graph.Slices));
    }

    internal sealed record Edge(string From, string To, IReadOnlyList<string> Evidence)
    {
        public override string ToString() => $"{From} -> {To}: {string.Join(", ", Evidence.Take(6))}";
    }

    internal sealed partial class SliceGraph(IReadOnlyList<string> slices, IReadOnlyList<Edge> edges)
    {
        public IReadOnlyList<string> Slices => slices;

        public IReadOnlyList<Edge> Edges => edges;

        public static SliceGraph Read()
        {
            var features = Path.Combine(RepositoryFiles.Web, "Features");
            var slices = Directory.GetDirectories(features).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
            var assembly = typeof(GuangongDbContext).Assembly;
            var typesBySlice = assembly.GetTypes()
                .Where(t => t.DeclaringType is null && t.Namespace?.StartsWith("Guangong.Web.Features.", StringComparison.Ordinal) == true)
                .GroupBy(t => t.Namespace!.Split('.')[3])
                .ToDictionary(g => g.Key, g => g.Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal));
            var tableOwner = typeof(GuangongDbContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
                .Select(p => (p.Name, Slice: p.PropertyType.GetGenericArguments()[0].Namespace?.Split('.') is { Length: > 3 } ns && ns[2] == "Features" ? ns[3] : null))
                .Where(p => p.Slice is not null)
                .ToDictionary(p => p.Name, p => p.Slice!, StringComparer.Ordinal);

            var found = new Dictionary<(string, string), SortedSet<string>>();
            void Add(string from, string to, string evidence)
            {
                if (from == to || !slices.Contains(to))
                {
                    return;
                }

                if (!found.TryGetValue((from, to), out var set))
                {
                    found[(from, to)] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(evidence);
            }

            foreach (var slice in slices)
            {
                var files = Directory.EnumerateFiles(Path.Combine(features, slice), "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal));
                foreach (var file in files)
                {
                    var text = WithoutCommentsAndStrings(File.ReadAllText(file));
                    foreach (Match m in UsingOfSlice().Matches(text))
                    {
                        Add(slice, m.Groups[1].Value, "using " + m.Groups[1].Value);
                    }

                    foreach (Match m in QualifiedName().Matches(text))
                    {
                        var (other, name) = (m.Groups[1].Value, m.Groups[2].Value);
                        if (typesBySlice.TryGetValue(other, out var names) && names.Contains(name))
                        {
                            Add(slice, other, other + "." + name);
                        }
                    }

                    foreach (Match m in TableAccess().Matches(text))
                    {
                        if (tableOwner.TryGetValue(m.Groups[1].Value, out var owner))
                        {
                            Add(slice, owner, "db." + m.Groups[1].Value);
                        }
                    }
                }
            }

            return new SliceGraph(slices, found.Select(f => new Edge(f.Key.Item1, f.Key.Item2, f.Value.ToList())).ToList());
        }

        /// <summary>Every strongly connected group of two or more slices (foundation left out), with the edges inside it.</summary>
        public List<string> Cycles(IReadOnlySet<string> leaveOut)
        {
            var nodes = slices.Where(s => !leaveOut.Contains(s)).ToList();
            var next = nodes.ToDictionary(n => n, n => edges.Where(e => e.From == n && !leaveOut.Contains(e.To)).Select(e => e.To).ToList());
            var reach = nodes.ToDictionary(n => n, n => Reachable(n, next));
            var groups = nodes.Select(n => nodes.Where(m => reach[n].Contains(m) && reach[m].Contains(n)).Append(n).ToHashSet())
                .Where(g => g.Count > 1)
                .DistinctBy(g => string.Join(',', g.Order(StringComparer.Ordinal)))
                .ToList();
            return groups.Select(g => string.Join('\n', edges.Where(e => g.Contains(e.From) && g.Contains(e.To)).Select(e => e.ToString()))).ToList();
        }

        private static HashSet<string> Reachable(string start, Dictionary<string, List<string>> next)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>(next[start]);
            while (stack.TryPop(out var n))
            {
                if (seen.Add(n))
                {
                    foreach (var m in next[n])
                    {
                        stack.Push(m);
                    }
                }
            }

            return seen;
        }

        private static string WithoutCommentsAndStrings(string text)
        {
            text = BlockComment().Replace(text, " ");
            text = LineComment().Replace(text, " ");
            return StringLiteral().Replace(text, "\"\"");
        }

        [GeneratedRegex(@"@?using\s+(?:static\s+)?Guangong\.Web\.Features\.(\w+)")]
        private static partial Regex UsingOfSlice();

        [GeneratedRegex(@"(?<![\w.])(?:Guangong\.Web\.Features\.|Features\.)?(\w+)\.([A-Z]\w*)")]
        private static partial Regex QualifiedName();

        [GeneratedRegex(@"\b(?:db|Db|context|dbContext)\.(\w+)\b")]
        private static partial Regex TableAccess();

        [GeneratedRegex(@"/\*.*?\*/|@\*.*?\*@", RegexOptions.Singleline)]
        private static partial Regex BlockComment();

        [GeneratedRegex(@"(?<!:)//[^\n]*")]
        private static partial Regex LineComment();

        [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
        private static partial Regex StringLiteral();
    }
}
