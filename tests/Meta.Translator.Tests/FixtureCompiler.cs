using System.Collections.Concurrent;
using System.Text;
using Meta.Jit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Meta.Translator.Tests;

/// <summary>
/// Compiles fixture interpreters (Fixtures/*.cs) with Roslyn into a DLL and a portable PDB in a
/// temporary folder, once per fixture and optimization level for the whole test run. The PDB
/// names the fixture's source path, so diagnostics point into Fixtures/.
/// </summary>
public static class FixtureCompiler
{
    private static readonly ConcurrentDictionary<(string, OptimizationLevel), Lazy<string>> Compiled = new();

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return [.. Directory.EnumerateFiles(framework, "*.dll")
            .Where(IsManaged)
            .Append(typeof(JitDriver).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p))];
    });

    public static string Folder { get; } = CreateFolder();

    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"meta-translator-tests-{Environment.ProcessId}");
        // The test host ends without running exit handlers, so each run removes the folders of
        // earlier runs whose process is gone: at most the last run's folder stays behind.
        foreach (var stale in Directory.EnumerateDirectories(Path.GetTempPath(), "meta-translator-tests-*"))
        {
            if (int.TryParse(Path.GetFileName(stale)["meta-translator-tests-".Length..], out var id) && id != Environment.ProcessId && !IsRunning(id))
            {
                Directory.Delete(stale, recursive: true);
            }
        }
        return folder;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // GetProcessById's answer for "no such process"
        }
    }

    public static string FixturesFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(FixturesFolder, "*.cs").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string SourcePath(string name) => Path.Combine(FixturesFolder, name + ".cs");

    /// <summary>The path of the compiled fixture (its PDB beside it).</summary>
    public static string Compile(string name, OptimizationLevel optimization) =>
        Compiled.GetOrAdd((name, optimization), key => new Lazy<string>(() => Emit(key.Item1, key.Item2))).Value;

    private static string Emit(string name, OptimizationLevel optimization) =>
        EmitSource(name, SourcePath(name), File.ReadAllText(SourcePath(name)), optimization, Path.Combine(Folder, optimization.ToString()), []);

    /// <summary>Compiles one source file into <paramref name="folder"/>, referencing the framework, Meta.Jit and <paramref name="extra"/>.</summary>
    public static string EmitSource(string name, string sourcePath, string text, OptimizationLevel optimization, string folder, IEnumerable<string> extra,
        DebugInformationFormat debugFormat = DebugInformationFormat.PortablePdb)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), new CSharpParseOptions(LanguageVersion.CSharp10), sourcePath);
        var compilation = CSharpCompilation.Create(name, [tree], [.. References.Value, .. extra.Select(p => MetadataReference.CreateFromFile(p))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: optimization, allowUnsafe: true, deterministic: true));
        Directory.CreateDirectory(folder);
        var dll = Path.Combine(folder, name + ".dll");
        using (var peStream = File.Create(dll))
        using (var pdbStream = debugFormat == DebugInformationFormat.Embedded ? null : File.Create(Path.ChangeExtension(dll, ".pdb")))
        {
            var result = compilation.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: debugFormat));
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!result.Success)
            {
                peStream.Close();
                pdbStream?.Close();
                File.Delete(dll);
                File.Delete(Path.ChangeExtension(dll, ".pdb"));
                throw new InvalidOperationException($"fixture {name} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            }
        }
        return dll;
    }

    private static bool IsManaged(string path)
    {
        // The shared framework folder also holds native libraries; Roslyn only takes metadata.
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata;
    }
}
