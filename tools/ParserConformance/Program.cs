using System.Diagnostics;
using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Parsing;
using Meta.Tools.ParserConformance;

// Usage: ParserConformance [LIB_DIR] [--show N] [--python PATH] [--attributes]
//        ParserConformance --parse FILE   (prints our dump or our SyntaxError for one file)
//        ParserConformance --errors N [--seed S]  (N mutants of Lib files: do errors agree with python3's?)
// Compares our ast dumps with python3's for every .py file under LIB_DIR (default: python3's stdlib);
// --attributes compares positions too (ast.dump(..., include_attributes=True)).
string? libDir = null;
var show = 20;
var attributes = false;
var errorMutants = 0;
var seed = ErrorConformance.DefaultSeed;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--show":
            show = int.Parse(args[++i]);
            break;
        case "--parse":
            libDir = args[++i];
            break;
        case "--seed":
            seed = int.Parse(args[++i]);
            break;
        case "--errors":
            errorMutants = int.Parse(args[++i]);
            break;
        case "--attributes":
            attributes = true;
            break;
        case "--python":
            PythonOracle.PythonExecutable = args[++i];
            break;
        default:
            libDir = args[i];
            break;
    }
}

if (libDir is not null && File.Exists(libDir))
{
    try
    {
        Console.WriteLine(AstDumper.Dump(Parser.ParseModule(File.ReadAllBytes(libDir), libDir), attributes));
    }
    catch (PythonSyntaxError e)
    {
        Console.WriteLine($"{e.PythonType}: {e.Msg} (line {e.Line}, offset {e.Column})");
    }

    return 0;
}

libDir ??= PythonOracle.StdlibDirectory();
if (errorMutants > 0)
{
    return ErrorConformance.Run(libDir, errorMutants, show, seed);
}

var files = Directory.EnumerateFiles(libDir, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
Console.WriteLine($"{files.Count} files under {libDir}");
var sw = Stopwatch.StartNew();
var oracle = PythonOracle.Run(files, attributes);
Console.WriteLine($"python3 dumped them in {sw.Elapsed.TotalSeconds:F1}s");
sw.Restart();
int matched = 0, mismatched = 0, weRejected = 0, cpythonRejects = 0, bothReject = 0, sameError = 0, onlyWeAccept = 0;
var shown = 0;
for (var i = 0; i < files.Count; i++)
{
    var bytes = File.ReadAllBytes(files[i]);
    string? ours = null;
    PythonSyntaxError? error = null;
    try
    {
        ours = AstDumper.Dump(Parser.ParseModule(bytes, files[i]), attributes);
    }
    catch (PythonSyntaxError e)
    {
        error = e;
    }

    var expected = oracle[i];
    if (!expected.Ok)
    {
        cpythonRejects++;
        if (error is not null)
        {
            bothReject++;
            if ((error.PythonType, error.Msg, error.Line, error.Column) == (expected.ErrorType, expected.ErrorMessage, expected.Line, expected.Offset))
            {
                sameError++;
            }
            else if (shown++ < show)
            {
                Console.WriteLine($"ERROR DIFFERS {files[i]}: python3 {expected.ErrorType}: {expected.ErrorMessage} ({expected.Line}:{expected.Offset}), ours {error.PythonType}: {error.Msg} ({error.Line}:{error.Column})");
            }
        }
        else
        {
            onlyWeAccept++;
            if (shown++ < show)
            {
                Console.WriteLine($"ACCEPTED {files[i]}: python3 says {expected.ErrorType}: {expected.ErrorMessage} ({expected.Line}:{expected.Offset})");
            }
        }

        continue;
    }

    if (error is not null)
    {
        weRejected++;
        if (shown++ < show)
        {
            Console.WriteLine($"REJECTED {files[i]}: {error.PythonType}: {error.Msg} ({error.Line}:{error.Column})");
        }
    }
    else if (ours == expected.Dump)
    {
        matched++;
    }
    else
    {
        mismatched++;
        if (shown++ < show)
        {
            var at = 0;
            while (at < ours!.Length && at < expected.Dump.Length && ours[at] == expected.Dump[at])
            {
                at++;
            }

            var from = Math.Max(0, at - 80);
            Console.WriteLine($"MISMATCH {files[i]} at char {at}:");
            Console.WriteLine($"  python3: ...{expected.Dump.Substring(from, Math.Min(200, expected.Dump.Length - from))}");
            Console.WriteLine($"  ours:    ...{ours.Substring(from, Math.Min(200, ours.Length - from))}");
        }
    }
}

var total = files.Count - cpythonRejects;
Console.WriteLine($"parsed in {sw.Elapsed.TotalSeconds:F1}s");
Console.WriteLine($"mismatched dumps: {mismatched}; rejected by us only: {weRejected}");
Console.WriteLine($"files python3 cannot parse: {cpythonRejects} (we reject {bothReject}, {sameError} with python3's error, message, line and offset; we accept {onlyWeAccept})");
Console.WriteLine($"matched {matched}/{total}");
return matched == total ? 0 : 1;
