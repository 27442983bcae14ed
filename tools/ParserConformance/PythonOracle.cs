using System.Diagnostics;

namespace Meta.Tools.ParserConformance;

/// <summary>What python3's <c>ast.parse</c> made of one source: a dump, or the SyntaxError it raised.</summary>
public sealed record OracleResult(bool Ok, string Dump, string ErrorType, string ErrorMessage, int Line, int Offset);

/// <summary>
/// Runs ONE python3 process over a batch of files and collects <c>ast.dump(ast.parse(bytes))</c>
/// of each, or its SyntaxError (type, msg, lineno, offset). Shared by the conformance tool and the tests.
/// </summary>
public static class PythonOracle
{
    private const string Script = """
        import ast, os, sys
        listfile, outdir, attrs = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
        with open(listfile, encoding='utf-8') as f:
            paths = f.read().split('\n')
        for i, p in enumerate(paths):
            if not p:
                continue
            try:
                with open(p, 'rb') as f:
                    src = f.read()
                r = 'OK\n' + ast.dump(ast.parse(src), include_attributes=attrs)
            except SyntaxError as e:
                r = 'ERR\n%s\n%s\n%s\n%s' % (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0)
            except (ValueError, RecursionError, MemoryError) as e:
                r = 'ERR\n%s\n%s\n0\n0' % (type(e).__name__, str(e).replace('\n', ' '))
            with open(os.path.join(outdir, '%d.txt' % i), 'w', encoding='utf-8', errors='backslashreplace') as f:
                f.write(r)
        """;

    public static string PythonExecutable { get; set; } = "python3";

    /// <summary>The stdlib directory of the machine's python3 (CPython's Lib).</summary>
    public static string StdlibDirectory() =>
        RunPython("-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])").Trim();

    /// <summary>Parses every file with python3 in a single process.</summary>
    public static OracleResult[] Run(IReadOnlyList<string> paths, bool includeAttributes = false)
    {
        var dir = Directory.CreateTempSubdirectory("meta-oracle-");
        try
        {
            var list = Path.Combine(dir.FullName, "paths.txt");
            File.WriteAllText(list, string.Join('\n', paths.Select(Path.GetFullPath)));
            var script = Path.Combine(dir.FullName, "oracle.py");
            File.WriteAllText(script, Script);
            var outDir = Directory.CreateDirectory(Path.Combine(dir.FullName, "out")).FullName;
            RunPython(script, list, outDir, includeAttributes ? "1" : "0");
            var results = new OracleResult[paths.Count];
            for (var i = 0; i < paths.Count; i++)
            {
                var lines = File.ReadAllText(Path.Combine(outDir, $"{i}.txt")).Split('\n', 5);
                results[i] = lines[0] == "OK"
                    ? new OracleResult(true, lines[1], "", "", 0, 0)
                    : new OracleResult(false, "", lines[1], lines[2], int.Parse(lines[3]), int.Parse(lines[4]));
            }

            return results;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Parses source strings with python3 (written to temporary files as UTF-8).</summary>
    public static OracleResult[] RunSources(IReadOnlyList<string> sources, bool includeAttributes = false) =>
        RunBytes([.. sources.Select(System.Text.Encoding.UTF8.GetBytes)], includeAttributes);

    /// <summary>Parses raw source files (any encoding) with python3.</summary>
    public static OracleResult[] RunBytes(IReadOnlyList<byte[]> sources, bool includeAttributes = false)
    {
        var dir = Directory.CreateTempSubdirectory("meta-sources-");
        try
        {
            var paths = new List<string>();
            for (var i = 0; i < sources.Count; i++)
            {
                var p = Path.Combine(dir.FullName, $"s{i}.py");
                File.WriteAllBytes(p, sources[i]);
                paths.Add(p);
            }

            return Run(paths, includeAttributes);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string RunPython(params string[] args)
    {
        var psi = new ProcessStartInfo(PythonExecutable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {PythonExecutable}");
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var stderr = stderrTask.Result;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{PythonExecutable} failed with exit code {p.ExitCode}: {stderr}");
        }

        return stdout;
    }
}
