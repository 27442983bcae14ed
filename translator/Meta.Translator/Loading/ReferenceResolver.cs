using Mono.Cecil;

namespace Meta.Translator.Loading;

/// <summary>
/// Finds the assemblies an interpreter references: first among the paths the build gives
/// (MSBuild's ReferencePath, or folders on the command line), then the interpreter's own
/// folder, then the assemblies of the running .NET (its trusted platform assemblies: the same
/// BCL the interpreter runs on). Each assembly is read once and kept until disposal.
/// </summary>
public sealed class ReferenceResolver : IAssemblyResolver
{
    private readonly Dictionary<string, string> _pathsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AssemblyDefinition?> _loaded = new(StringComparer.OrdinalIgnoreCase);

    public ReferenceResolver(IEnumerable<string> referencePaths, string assemblyDirectory)
    {
        foreach (var path in referencePaths)
        {
            if (Directory.Exists(path))
            {
                AddDirectory(path);
            }
            else if (File.Exists(path))
            {
                _pathsByName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }
        AddDirectory(assemblyDirectory);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string platform)
        {
            foreach (var path in platform.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                _pathsByName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }
    }

    private void AddDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(directory, "*.dll"))
        {
            _pathsByName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }
    }

    public AssemblyDefinition? Resolve(AssemblyNameReference name) => Resolve(name, new ReaderParameters());

    public AssemblyDefinition? Resolve(AssemblyNameReference name, ReaderParameters parameters)
    {
        if (_loaded.TryGetValue(name.Name, out var known))
        {
            return known;
        }
        AssemblyDefinition? assembly = null;
        if (_pathsByName.TryGetValue(name.Name, out var path))
        {
            assembly = AssemblyDefinition.ReadAssembly(path, new ReaderParameters { AssemblyResolver = this, ReadSymbols = false });
        }
        // A missing assembly is remembered as missing: callers report META0019 where they needed it.
        _loaded[name.Name] = assembly;
        return assembly;
    }

    public void Dispose()
    {
        foreach (var assembly in _loaded.Values)
        {
            assembly?.Dispose();
        }
        _loaded.Clear();
    }
}
