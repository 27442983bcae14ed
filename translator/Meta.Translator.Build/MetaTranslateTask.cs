using Meta.Translator.Diagnostics;
using Meta.Translator.Loading;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Meta.Translator.Build;

/// <summary>
/// The translator as a build step (Meta.Translator.targets runs it after CoreCompile when a
/// project sets MetaTranslate=true). It checks the compiled interpreter and reports every RC#
/// diagnostic as an MSBuild error or warning with file, line and column, so `dotnet build`
/// fails on RC# errors and editors list them. On success it adds the tracing twins and writes
/// the translated assembly (and its PDB) over the intermediate one, then <see cref="MarkerFile"/>,
/// the target's output for incremental builds (written last, so it is newer than the assembly).
/// </summary>
public sealed class MetaTranslateTask : MSBuildTask
{
    /// <summary>The compiled interpreter (the intermediate assembly, with its PDB beside it).</summary>
    [Required]
    public string Assembly { get; set; } = "";

    /// <summary>The assemblies the interpreter was compiled against (@(ReferencePath)).</summary>
    public ITaskItem[] References { get; set; } = [];

    /// <summary>Written when the check passes; its time stamp lets MSBuild skip an unchanged assembly.</summary>
    [Required]
    public string MarkerFile { get; set; } = "";

    public override bool Execute()
    {
        InterpreterAssembly assembly;
        try
        {
            assembly = InterpreterAssembly.Load(Assembly, References.Select(r => r.ItemSpec));
        }
        catch (BadImageFormatException e)
        {
            Log.LogError($"meta-translate: '{Assembly}' is not a .NET assembly: {e.Message}");
            return false;
        }
        using (assembly)
        {
            // An assembly that already has twins (the marker was deleted, the target ran again) is
            // checked, not translated twice.
            var translated = assembly.Module.Types.Any(t => t.Name == Twins.DescriptorCache.HolderName);
            var (result, twins) = translated ? (RcsChecker.Check(assembly), null) : Translation.Translate(assembly);
            foreach (var diagnostic in result.Diagnostics)
            {
                var file = diagnostic.Location?.File ?? Assembly;
                var line = diagnostic.Location?.Line ?? 0;
                var column = diagnostic.Location?.Column ?? 0;
                var message = $"{diagnostic.Message} [{diagnostic.Method}]";
                if (diagnostic.Severity == Severity.Error)
                {
                    Log.LogError(null, diagnostic.Rule.Id, null, file, line, column, 0, 0, message);
                }
                else
                {
                    Log.LogWarning(null, diagnostic.Rule.Id, null, file, line, column, 0, 0, message);
                }
            }
            if (result.HasErrors)
            {
                return false;
            }
            var traced = result.Plan.Traced.Count();
            var summary = twins is null
                ? "already translated"
                : $"{twins.Twins.Count} twins, {twins.Skipped.Count} look-inside methods without a twin";
            if (twins is not null)
            {
                var pdb = Path.ChangeExtension(Assembly, ".pdb");
                KeepUntranslated(pdb);
                using var image = new MemoryStream();
                using var symbols = new MemoryStream();
                Translation.Write(assembly, image, assembly.HasSymbols && File.Exists(pdb) ? symbols : null);
                File.WriteAllBytes(Assembly, image.ToArray());
                if (symbols.Length > 0)
                {
                    File.WriteAllBytes(pdb, symbols.ToArray());
                }
                foreach (var (method, reason) in twins.Skipped)
                {
                    Log.LogMessage(MessageImportance.Low, $"meta-translate: no twin for {MethodNames.Short(method)}: {reason}");
                }
            }
            Log.LogMessage(MessageImportance.Normal, $"meta-translate: {Assembly}: {traced} methods traced, no RC# errors, {summary}");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(MarkerFile))!);
            File.WriteAllText(MarkerFile, $"translated {Path.GetFileName(Assembly)}: {traced} traced methods, {summary}, {result.Diagnostics.Count} warnings{Environment.NewLine}");
            return !Log.HasLoggedErrors;
        }
    }

    /// <summary>
    /// The assembly as compiled, beside the translated one as NAME.untranslated.dll (and .pdb):
    /// what `meta-translate --plan/--dump` and tests read to see the interpreter before translation.
    /// </summary>
    private void KeepUntranslated(string pdb)
    {
        File.Copy(Assembly, UntranslatedPath(Assembly), overwrite: true);
        if (File.Exists(pdb))
        {
            File.Copy(pdb, UntranslatedPath(pdb), overwrite: true);
        }
    }

    /// <summary>Where the untranslated copy of an interpreter assembly (or its PDB) is kept.</summary>
    public static string UntranslatedPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".untranslated" + Path.GetExtension(path));
}
