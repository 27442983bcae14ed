namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// Where the pure-Python standard library comes from: a CPython 3.11 <c>Lib</c> directory found on
/// the machine (as PyPy uses lib-python), never a copy in this repository. A directory qualifies
/// when it holds <c>os.py</c>, the landmark CPython's getpath.py looks for.
///
/// Order: <c>PYTHONHOME</c> (CPython's meaning: PYTHONHOME/lib/python3.11), then the prefix of the
/// <c>python3</c> on PATH (so the pure-Python modules are the very ones the tests' oracle runs; a
/// pyenv shim is resolved through pyenv's selected version without running python3), then the
/// standard prefixes /usr/local and /usr.
/// </summary>
public static class StdlibLocation
{
    public const string VersionDir = "python3.11";

    private static string? _lib;
    private static bool _searched;

    /// <summary>The Lib directory, or null when the machine has none.</summary>
    public static string? Lib
    {
        get
        {
            if (!_searched)
            {
                _lib = Find();
                _searched = true;
            }
            return _lib;
        }
    }

    /// <summary>sys.prefix: the directory above lib/python3.11 (CPython's prefix), or /usr/local when no Lib was found.</summary>
    public static string Prefix =>
        Lib is { } lib && Path.GetDirectoryName(Path.GetDirectoryName(lib)) is { } p ? p : "/usr/local";

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("PYTHONHOME") is { Length: > 0 } home)
        {
            // PYTHONHOME may be "prefix:exec_prefix"; the Lib lives under the first.
            var prefix = home.Split(':')[0];
            var lib = Path.Combine(prefix, "lib", VersionDir);
            return IsLib(lib) ? lib : null;
        }
        foreach (var candidate in FromPath())
        {
            if (IsLib(candidate))
            {
                return candidate;
            }
        }
        foreach (var prefix in new[] { "/usr/local", "/usr" })
        {
            var lib = Path.Combine(prefix, "lib", VersionDir);
            if (IsLib(lib))
            {
                return lib;
            }
        }
        return null;
    }

    private static bool IsLib(string dir) => File.Exists(Path.Combine(dir, "os.py"));

    /// <summary>Candidate Lib directories derived from the python3 executables on PATH.</summary>
    private static List<string> FromPath()
    {
        var result = new List<string>();
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(':'))
        {
            if (dir.Length == 0)
            {
                continue;
            }
            var exe = Path.Combine(dir, "python3");
            if (!File.Exists(exe))
            {
                continue;
            }
            var pyenvRoot = PyenvRootOfShim(dir);
            if (pyenvRoot is not null)
            {
                foreach (var version in PyenvVersions(pyenvRoot))
                {
                    result.Add(Path.Combine(pyenvRoot, "versions", version, "lib", VersionDir));
                }
                continue;
            }
            var resolved = ResolveLinks(exe);
            var bin = Path.GetDirectoryName(resolved);
            if (bin is not null && Path.GetDirectoryName(bin) is { } prefix)
            {
                result.Add(Path.Combine(prefix, "lib", VersionDir));
            }
        }
        return result;
    }

    private static string? PyenvRootOfShim(string dir)
    {
        if (Path.GetFileName(dir.TrimEnd('/')) != "shims")
        {
            return null;
        }
        var root = Path.GetDirectoryName(dir.TrimEnd('/'));
        return root is not null && Directory.Exists(Path.Combine(root, "versions")) ? root : null;
    }

    /// <summary>The versions pyenv would select (PYENV_VERSION, else the global version file), 3.11 ones first.</summary>
    private static List<string> PyenvVersions(string root)
    {
        var selected = new List<string>();
        var env = Environment.GetEnvironmentVariable("PYENV_VERSION");
        if (env is { Length: > 0 })
        {
            selected.AddRange(env.Split(':'));
        }
        else if (File.Exists(Path.Combine(root, "version")))
        {
            foreach (var line in File.ReadAllLines(Path.Combine(root, "version")))
            {
                if (line.Trim() is { Length: > 0 } v && !v.StartsWith('#'))
                {
                    selected.Add(v);
                }
            }
        }
        // Any installed 3.11 after the selected ones: the Lib must be 3.11's even if the selection is not.
        var versions = Path.Combine(root, "versions");
        var installed = Directory.GetDirectories(versions);
        Array.Sort(installed, StringComparer.Ordinal);
        for (var i = installed.Length - 1; i >= 0; i--)
        {
            var name = Path.GetFileName(installed[i]);
            if (name.StartsWith("3.11.", StringComparison.Ordinal))
            {
                selected.Add(name);
            }
        }
        return selected;
    }

    private static string ResolveLinks(string file)
    {
        var info = new FileInfo(file);
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName ?? info.FullName;
    }
}
