using System.Diagnostics;
using Meta.Jit;

namespace Meta.Translator.Tests;

/// <summary>
/// Meta.Translator.targets in a real `dotnet build` of a small project with MetaTranslate=true:
/// a clean interpreter builds, translated (its twins added), and gets its marker; building again without changes skips the
/// target (MSBuild says so, the marker is untouched); an RC# violation fails the build with a
/// file(line,col) error. One test, three builds: it takes about 15-25 s on two cores.
/// </summary>
public sealed class BuildIntegrationTests
{
    [Fact]
    public void Dotnet_build_checks_the_interpreter_incrementally_and_fails_on_rc_sharp_errors()
    {
        var project = Path.Combine(FixtureCompiler.Folder, "build");
        if (Directory.Exists(project))
        {
            Directory.Delete(project, recursive: true);
        }
        Directory.CreateDirectory(project);
        var source = Path.Combine(project, "Interp.cs");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "BuildFixture", "Interp.cs"), source);
        var output = AppContext.BaseDirectory;
        var targets = Path.Combine(DiagnosticFormatTests.RepositoryRoot(), "translator", "Meta.Translator.Build", "Meta.Translator.targets");
        File.WriteAllText(Path.Combine(project, "Interp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <MetaTranslate>true</MetaTranslate>
                <MetaTranslatorTaskAssembly>{Path.Combine(output, "Meta.Translator.Build.dll")}</MetaTranslatorTaskAssembly>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Meta.Jit" HintPath="{typeof(JitDriver).Assembly.Location}" />
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        var marker = Path.Combine(project, "obj", "Debug", "net10.0", "Interp.metatranslate");

        var first = Build(project);
        Assert.True(first.Code == 0, first.Output);
        Assert.True(File.Exists(marker), first.Output);
        var stamp = File.GetLastWriteTimeUtc(marker);
        using (var built = Mono.Cecil.ModuleDefinition.ReadModule(Path.Combine(project, "bin", "Debug", "net10.0", "Interp.dll")))
        {
            // The build wrote the translated assembly: twins beside the traced methods.
            Assert.Contains(built.GetTypes().SelectMany(t => t.Methods), m => m.Name.EndsWith("$trace", StringComparison.Ordinal));
        }

        var second = Build(project);
        Assert.True(second.Code == 0, second.Output);
        Assert.Contains("Skipping target \"MetaTranslate\" because all output files are up-to-date", second.Output);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(marker));

        var lines = File.ReadAllLines(source);
        var step = Array.FindIndex(lines, l => l.Contains("// STEP", StringComparison.Ordinal));
        lines[step] = "            acc += System.Linq.Enumerable.Max(code);";
        File.WriteAllLines(source, lines);
        var third = Build(project);
        Assert.NotEqual(0, third.Code);
        Assert.Contains($"{source}({step + 1},13): error META0004: LINQ call 'Enumerable.Max'", third.Output);
    }

    private static (int Code, string Output) Build(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["build", project, "-nodeReuse:false", "-v:n", "-clp:NoSummary"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = project,
        };
        // The test host may run under `dotnet test`'s MSBuild: its variables must not steer the child build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, text + standardError.Result);
    }
}
