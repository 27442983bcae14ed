using Meta.Translator.Loading;
using Meta.Translator.Twins;
using Mono.Cecil;

namespace Meta.Translator;

/// <summary>
/// The whole translator on one interpreter (DESIGN.md §2): check RC#, then, when there are no
/// errors, add the tracing twins to the module; <see cref="Write"/> saves the translated assembly.
/// </summary>
public static class Translation
{
    /// <summary>The check's result, and the twins added (null when the check found errors: nothing is generated).</summary>
    public static (CheckResult Check, TwinReport? Twins) Translate(InterpreterAssembly assembly)
    {
        var check = RcsChecker.Check(assembly);
        return check.HasErrors ? (check, null) : (check, TwinGenerator.Generate(assembly.Module, check.Plan));
    }

    /// <summary>
    /// Writes the (translated) module with its symbols as they came: an embedded PDB stays
    /// embedded; a PDB file goes to <paramref name="symbols"/> (none when it is null).
    /// </summary>
    public static void Write(InterpreterAssembly assembly, Stream image, Stream? symbols)
    {
        var parameters = new WriterParameters();
        var module = assembly.Module;
        var embedded = module.HasDebugHeader && module.GetDebugHeader().Entries.Any(e => e.Directory.Type == Mono.Cecil.Cil.ImageDebugType.EmbeddedPortablePdb);
        if (assembly.HasSymbols && embedded)
        {
            parameters.WriteSymbols = true;
            parameters.SymbolWriterProvider = new Mono.Cecil.Cil.EmbeddedPortablePdbWriterProvider();
        }
        else if (symbols is not null && assembly.HasSymbols)
        {
            parameters.WriteSymbols = true;
            parameters.SymbolStream = symbols;
            parameters.SymbolWriterProvider = new Mono.Cecil.Cil.PortablePdbWriterProvider();
        }
        assembly.Module.Write(image, parameters);
    }
}
