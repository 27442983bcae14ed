using System.IO.Compression;
using System.Reflection;

namespace Meta.Interpreters.Python.Text;

/// <summary>The lines of a gzip-compressed text table embedded in this assembly (the generated Unicode tables), without comments.</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the build");
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length >= 2 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
