using System.Reflection;
using System.Runtime.Loader;
using Meta.Translator.Loading;
using Meta.Translator.Twins;
using Microsoft.CodeAnalysis;

namespace Meta.Translator.Tests.Twins;

/// <summary>
/// A fixture of Twins/Fixtures compiled with Roslyn, translated (twins added), written to bytes
/// and loaded into its own AssemblyLoadContext; Meta.Jit and Meta.Tracing come from the test's
/// context, so the twins record into the test's recorder. Once per fixture for the test run.
/// </summary>
public sealed class TranslatedFixture
{
    private static readonly Dictionary<string, Lazy<TranslatedFixture>> Cache = [];

    private TranslatedFixture(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Twins", "Fixtures", name + ".cs");
        var dll = FixtureCompiler.EmitSource(name, source, File.ReadAllText(source), OptimizationLevel.Release, Path.Combine(FixtureCompiler.Folder, "Twins"), []);
        using var assembly = InterpreterAssembly.Load(dll);
        var (check, twins) = Translation.Translate(assembly);
        Report = twins ?? throw new InvalidOperationException($"fixture {name} has RC# errors: {string.Join(Environment.NewLine, check.Diagnostics)}");
        Dump = TwinDump.Print(twins);
        var image = new MemoryStream();
        Translation.Write(assembly, image, null);
        Image = image.ToArray();
        Assembly = new AssemblyLoadContext("twins-" + name).LoadFromStream(new MemoryStream(Image));
    }

    public TwinReport Report { get; }
    public string Dump { get; }
    public byte[] Image { get; }
    public Assembly Assembly { get; }

    public static TranslatedFixture Get(string name)
    {
        Lazy<TranslatedFixture> lazy;
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out lazy!))
            {
                Cache[name] = lazy = new Lazy<TranslatedFixture>(() => new TranslatedFixture(name));
            }
        }
        return lazy.Value;
    }

    public Type Type(string name) => Assembly.GetType(name, throwOnError: true)!;

    public MethodInfo Method(string type, string name) =>
        Type(type).GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        ?? throw new MissingMethodException(type, name);
}
