using System.Text.RegularExpressions;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Tracing.Tests;

/// <summary>docs/trace-ir.md documents every operation of the table as the table declares it.</summary>
public sealed partial class DocsTests
{
    private static readonly string Doc = RepositoryFiles.Read("docs/trace-ir.md");

    [GeneratedRegex(@"^\| `(?<name>[a-z_]+)` \| `(?<signature>[^`]*->[^`]*)` \| (?<flags>[^|]*) \| (?<descr>[^|]*) \| (?<meaning>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex OpRow();

    [GeneratedRegex(@"^```\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PlainBlock();

    [Fact]
    public void Every_operation_has_one_row_with_its_signature_flags_and_descriptor()
    {
        var rows = OpRow().Matches(Doc).ToDictionary(match => match.Groups["name"].Value);
        Assert.Empty(OpInfo.All.Select(info => info.Name).Except(rows.Keys));
        Assert.Empty(rows.Keys.Except(OpInfo.All.Select(info => info.Name)));
        foreach (var info in OpInfo.All)
        {
            var row = rows[info.Name];
            Assert.Equal(info.Signature, row.Groups["signature"].Value);
            Assert.Equal(FlagsText(info.Flags), row.Groups["flags"].Value.Trim());
            Assert.Equal(DescrText(info.Descr), row.Groups["descr"].Value.Trim());
        }
    }

    [Fact]
    public void The_example_traces_parse()
    {
        var traces = PlainBlock().Matches(Doc).Select(match => match.Groups["body"].Value)
            .Where(body => body.Split('\n').Any(line => line.StartsWith('['))).ToList();
        Assert.True(traces.Count >= 2);
        foreach (var text in traces)
        {
            TraceParser.Parse(text);
        }
    }

    private static string FlagsText(OpFlags flags)
    {
        var words = new[]
        {
            (OpFlags.Pure, "pure"), (OpFlags.Guard, "guard"), (OpFlags.SideEffect, "side-effect"), (OpFlags.CanRaise, "can-raise"),
            (OpFlags.ReadsHeap, "reads-heap"), (OpFlags.Allocates, "allocates"), (OpFlags.Overflow, "overflow"), (OpFlags.Final, "final"),
        };
        return string.Join(", ", words.Where(word => (flags & word.Item1) != 0).Select(word => word.Item2));
    }

    private static string DescrText(DescrUse use) => use switch
    {
        DescrUse.None => "",
        DescrUse.Field => "field",
        DescrUse.StaticField => "static field",
        DescrUse.Array => "array",
        DescrUse.Call => "call",
        DescrUse.Class => "class",
        DescrUse.Target => "target",
        _ => "target (optional)",
    };
}
