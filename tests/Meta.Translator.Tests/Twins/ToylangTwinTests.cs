using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Meta.Translator.Loading;

namespace Meta.Translator.Tests.Twins;

/// <summary>toylang, translated: its portal and every method it looks inside have a twin, and every generated or rewritten method compiles.</summary>
public sealed class ToylangTwinTests
{
    /// <summary>
    /// toylang as compiled, before its build translated it (MetaTranslate=true keeps the
    /// untranslated copy in the interpreter's obj folder, for this test's configuration).
    /// </summary>
    public static string UntranslatedToylang()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var directory = output;
        while (!Directory.Exists(Path.Combine(directory.FullName, "interpreters", "toylang")))
        {
            directory = directory.Parent ?? throw new DirectoryNotFoundException("interpreters/toylang above the test's folder");
        }
        return Path.Combine(directory.FullName, "interpreters", "toylang", "Meta.Interpreters.Toy", "obj", configuration, framework,
            "Meta.Interpreters.Toy.untranslated.dll");
    }

    [Fact]
    public void Every_looked_inside_method_of_toylang_has_a_twin_and_every_generated_method_compiles()
    {
        using var assembly = InterpreterAssembly.Load(UntranslatedToylang(), [AppContext.BaseDirectory]);
        var (check, twins) = Translation.Translate(assembly);
        Assert.NotNull(twins);
        Assert.Empty(twins.Skipped.Select(s => $"{s.Method.FullName}: {s.Reason}"));
        Assert.True(twins.Twins.Count > 100, $"{twins.Twins.Count} twins");
        var image = new MemoryStream();
        Translation.Write(assembly, image, null);
        var loaded = new AssemblyLoadContext("toylang-twins").LoadFromStream(new MemoryStream(image.ToArray()));
        var generated = loaded.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => (m.Name.Contains('$', StringComparison.Ordinal) || m.DeclaringType!.Name is "DispatchLoop" or "<MetaResume>") && !m.IsAbstract)
            .ToList();
        Assert.Contains(generated, m => m.Name == "Execute$trace");
        Assert.Contains(generated, m => m.Name == "Execute$resume");
        var failures = new List<string>();
        foreach (var method in generated)
        {
            try
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }
            catch (InvalidProgramException e)
            {
                // Collected rather than thrown, so one run names every method the JIT rejects.
                failures.Add($"{method.DeclaringType!.Name}.{method.Name}: {e.Message}");
            }
        }
        Assert.Empty(failures);
        Assert.DoesNotContain(check.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
    }
}
