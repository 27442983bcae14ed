using Meta.Translator.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Meta.Translator.Tests.Twins;

/// <summary>The translated assembly keeps its symbols, so diagnostics and debuggers still find source lines.</summary>
public sealed class TranslationWriteTests
{
    [Theory]
    [InlineData(DebugInformationFormat.PortablePdb)]
    [InlineData(DebugInformationFormat.Embedded)]
    public void The_translated_assembly_keeps_its_symbols(DebugInformationFormat format)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Twins", "Fixtures", "TwinOps.cs");
        var folder = Path.Combine(FixtureCompiler.Folder, "TwinsWrite" + format);
        var dll = FixtureCompiler.EmitSource("TwinOps", source, File.ReadAllText(source), OptimizationLevel.Release, folder, [], format);
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        var translatedPath = Path.Combine(output, "TwinOps.dll");
        using (var assembly = InterpreterAssembly.Load(dll))
        {
            Assert.True(assembly.HasSymbols);
            Assert.NotNull(Translation.Translate(assembly).Twins);
            using var image = File.Create(translatedPath);
            using var symbols = File.Create(Path.ChangeExtension(translatedPath, ".pdb"));
            Translation.Write(assembly, image, symbols);
        }
        if (format == DebugInformationFormat.Embedded)
        {
            File.Delete(Path.ChangeExtension(translatedPath, ".pdb"));
        }
        using var translated = InterpreterAssembly.Load(translatedPath);
        Assert.True(translated.HasSymbols);
        Assert.Contains(translated.Module.GetTypes().SelectMany(t => t.Methods), m => m.Name == "Arith$trace");
        var arith = translated.Module.GetType("Twins.Ops").Methods.Single(m => m.Name == "Arith");
        Assert.Contains(arith.DebugInformation.SequencePoints, p => p.Document.Url.EndsWith("TwinOps.cs", StringComparison.Ordinal));
    }
}
