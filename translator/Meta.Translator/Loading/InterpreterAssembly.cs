using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Loading;

/// <summary>
/// The compiled interpreter as the translator sees it: its main module with symbols (portable
/// or embedded PDB, so diagnostics carry file and line), and a resolver for what it references.
/// The file is read into memory, so the build may overwrite it afterwards.
/// </summary>
public sealed class InterpreterAssembly : IDisposable
{
    private readonly ReferenceResolver _resolver;

    private InterpreterAssembly(string path, ModuleDefinition module, ReferenceResolver resolver, bool hasSymbols)
    {
        Path = path;
        Module = module;
        _resolver = resolver;
        HasSymbols = hasSymbols;
    }

    public string Path { get; }
    public ModuleDefinition Module { get; }

    /// <summary>Whether a PDB was found; without one, diagnostics name the assembly instead of a source line.</summary>
    public bool HasSymbols { get; }

    public static InterpreterAssembly Load(string path, IEnumerable<string>? referencePaths = null)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var resolver = new ReferenceResolver(referencePaths ?? [], System.IO.Path.GetDirectoryName(fullPath)!);
        var bytes = new MemoryStream(File.ReadAllBytes(fullPath));
        var pdbPath = System.IO.Path.ChangeExtension(fullPath, ".pdb");
        var parameters = new ReaderParameters { AssemblyResolver = resolver, InMemory = true };
        var hasSymbols = false;
        if (File.Exists(pdbPath))
        {
            parameters.ReadSymbols = true;
            parameters.SymbolStream = new MemoryStream(File.ReadAllBytes(pdbPath));
            parameters.SymbolReaderProvider = new PortablePdbReaderProvider();
            hasSymbols = true;
        }
        ModuleDefinition module;
        try
        {
            module = ModuleDefinition.ReadModule(bytes, parameters);
        }
        catch (SymbolsNotMatchingException)
        {
            // A PDB left over from another build: read the assembly without it (META0021 then says
            // that names and lines are unknown) rather than trust wrong lines.
            bytes.Position = 0;
            parameters.ReadSymbols = false;
            parameters.SymbolStream = null;
            parameters.SymbolReaderProvider = null;
            module = ModuleDefinition.ReadModule(bytes, parameters);
            hasSymbols = false;
        }
        if (!hasSymbols && module.HasDebugHeader && module.GetDebugHeader().Entries.Any(e => e.Directory.Type == ImageDebugType.EmbeddedPortablePdb))
        {
            module.ReadSymbols(new EmbeddedPortablePdbReaderProvider().GetSymbolReader(module, fullPath));
            hasSymbols = true;
        }
        return new InterpreterAssembly(fullPath, module, resolver, hasSymbols);
    }

    public void Dispose()
    {
        Module.Dispose();
        _resolver.Dispose();
    }
}
