using Meta.Translate;
using Microsoft.CodeAnalysis;

namespace Meta.Translator.Tests;

/// <summary>
/// A call the checker must classify through a type of another assembly (is this Invoke a
/// delegate's?) is an error when that assembly cannot be found (META0019), and is classified
/// when it is given with --reference.
/// </summary>
public sealed class ReferenceResolutionTests
{
    private const string Library = """
        namespace Lib;

        public delegate int Op(int x);

        public static class Holder
        {
            public static Op Current = Twice;

            private static int Twice(int x) => 2 * x;
        }
        """;

    private const string Interpreter = """
        using Meta.Jit;

        namespace Fixtures;

        public static class Interpreter
        {
            private static readonly JitDriver Driver = new JitDriver("lib", new[] { "pc", "code" }, new[] { "acc" });

            public static int Run(int[] code)
            {
                var pc = 0;
                var acc = 0;
                while (pc < code.Length)
                {
                    Driver.MergePoint(pc, code, acc);
                    acc += Lib.Holder.Current(code[pc]);
                    pc++;
                }
                return acc;
            }
        }
        """;

    [Fact]
    public void An_unresolvable_reference_is_an_error_and_a_given_reference_resolves_it()
    {
        var root = Path.Combine(FixtureCompiler.Folder, "references");
        var libraryFolder = Path.Combine(root, "lib");
        var library = FixtureCompiler.EmitSource("Lib", Path.Combine(libraryFolder, "Lib.cs"), Library, OptimizationLevel.Release, libraryFolder, []);
        var interpreterFolder = Path.Combine(root, "interp");
        var source = Path.Combine(interpreterFolder, "Interp.cs");
        var interpreter = FixtureCompiler.EmitSource("Interp", source, Interpreter, OptimizationLevel.Release, interpreterFolder, [library]);

        var (missing, missingOutput) = Run("--check", interpreter);
        Assert.Equal(1, missing);
        Assert.Contains($"{source}(16,13): error META0019: cannot resolve 'Lib.Op' (assembly 'Lib')", missingOutput);

        var (found, foundOutput) = Run("--check", interpreter, "--reference", libraryFolder);
        Assert.Equal(1, found);
        Assert.Contains($"{source}(16,13): error META0003: delegate invocation 'Op.Invoke'", foundOutput);
        Assert.DoesNotContain("META0019", foundOutput);
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = Program.Run(args, output, new StringWriter());
        return (code, output.ToString());
    }
}
