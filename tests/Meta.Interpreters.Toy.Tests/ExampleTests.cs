namespace Meta.Interpreters.Toy.Tests;

/// <summary>
/// Every program of examples/toylang prints exactly its NAME.expected; every error case stops
/// with exactly its NAME.expected-error (and prints its NAME.expected first, if there is one).
/// </summary>
public class ExampleTests
{
    public static readonly string Directory = FindExamples();

    public static TheoryData<string> Programs() => [.. Names(error: false)];

    public static TheoryData<string> ErrorCases() => [.. Names(error: true)];

    [Theory]
    [MemberData(nameof(Programs))]
    public void Example_prints_its_expected_output(string name)
    {
        var outcome = Toy.Run(File.ReadAllText(Path.Combine(Directory, name + ".toy")), name + ".toy");
        Assert.Null(outcome.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(Directory, name + ".expected")), outcome.Output);
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Error_case_reports_its_expected_error(string name)
    {
        var outcome = Toy.Run(File.ReadAllText(Path.Combine(Directory, name + ".toy")), name + ".toy");
        Assert.Equal(File.ReadAllText(Path.Combine(Directory, name + ".expected-error")), outcome.Error + "\n");
        var expectedOutput = Path.Combine(Directory, name + ".expected");
        Assert.Equal(File.Exists(expectedOutput) ? File.ReadAllText(expectedOutput) : "", outcome.Output);
    }

    [Fact]
    public void There_are_enough_examples()
    {
        Assert.True(Names(error: false).Count >= 12);
        Assert.True(Names(error: true).Count >= 6);
        // Both kinds of error are covered.
        var errors = Names(error: true).Select(name => Toy.Run(File.ReadAllText(Path.Combine(Directory, name + ".toy"))).IsSyntaxError).ToList();
        Assert.Contains(true, errors);
        Assert.Contains(false, errors);
    }

    [Fact]
    public void Every_lua_twin_has_its_example()
    {
        // bench/toylang/NAME.lua prints what examples/toylang/NAME.toy prints (checked with luajit, which the tests do not need).
        var bench = Path.Combine(Directory, "..", "..", "bench", "toylang");
        var twins = System.IO.Directory.GetFiles(bench, "*.lua").Select(Path.GetFileNameWithoutExtension).Where(name => name != "common").ToList();
        Assert.True(twins.Count >= 9, $"only {twins.Count} Lua twins");
        foreach (var name in twins)
        {
            Assert.True(File.Exists(Path.Combine(Directory, name + ".expected")), $"bench/toylang/{name}.lua has no examples/toylang/{name}.expected");
        }
    }

    private static List<string> Names(bool error)
    {
        var names = new List<string>();
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.toy").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (File.Exists(Path.Combine(Directory, name + ".expected-error")) == error)
            {
                names.Add(name);
            }
        }
        return names;
    }

    private static string FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", "toylang");
            if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Meta.sln")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("examples/toylang not found above " + AppContext.BaseDirectory);
    }
}
