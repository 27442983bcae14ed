using System.Text;
using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Parsing;
using Meta.Tools.ParserConformance;

namespace Meta.Interpreters.Python.Tests;

/// <summary>Source bytes: BOM, PEP 263 declarations in several codecs, and bad bytes, against python3.</summary>
public sealed class SourceEncodingTests
{
    private static byte[] Bytes(string ascii, params byte[] tail) => [.. Encoding.ASCII.GetBytes(ascii), .. tail];

    public static readonly (string Name, byte[] Source)[] Sources =
    [
        ("utf8_default", Encoding.UTF8.GetBytes("x = 'h\u00e9llo \u20ac'\n")),
        ("utf8_bom", [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes("x = 1\n")]),
        ("utf8_bom_and_cookie", [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes("# -*- coding: utf-8 -*-\nx = 1\n")]),
        ("bom_with_latin1_cookie", [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes("# coding: latin-1\nx = 1\n")]),
        ("latin1_cookie", Bytes("# -*- coding: latin-1 -*-\nx = '", 0xE9, 0xFF, (byte)'\'', (byte)'\n')),
        ("cookie_on_second_line", Bytes("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '", 0xA4, (byte)'\'', (byte)'\n')),
        ("cookie_after_code_is_ignored", Bytes("x = 1\n# coding: latin-1\ny = '", 0xC3, 0xA9, (byte)'\'', (byte)'\n')),
        ("cp1252_cookie", Bytes("# coding=cp1252\nx = '", 0x80, 0x93, (byte)'\'', (byte)'\n')),
        ("koi8r_cookie", Bytes("# coding: koi8-r\nx = '", 0xC1, 0xC2, (byte)'\'', (byte)'\n')),
        ("utf7_cookie", Bytes("# coding: utf-7\nx = '+AOkA6Q- a+-b'\n")),
        ("unknown_cookie", Bytes("# coding: no-such-codec\nx = 1\n")),
        ("invalid_utf8_in_comment_line", Bytes("x = 1\n# ", 0xFF, (byte)'\n')),
        ("crlf_and_cr", Bytes("x = 1\r\ny = 2\rz = 3\r\n")),
        ("bad_byte_in_str", Bytes("x = 'a", 0xFF, (byte)'b', (byte)'\'', (byte)'\n')),
        ("bad_byte_as_token", Bytes("x = ", 0xFF, (byte)'\n')),
        ("bad_byte_in_name", Bytes("x", 0xFF, (byte)' ', (byte)'=', (byte)' ', (byte)'1', (byte)'\n')),
        ("truncated_sequence_in_triple_quoted", Bytes("x = '''a\n", 0xE9, (byte)'\'', (byte)'\'', (byte)'\'', (byte)'\n')),
        ("bad_byte_in_bytes_literal", Bytes("x = b'", 0xFF, (byte)'\'', (byte)'\n')),
        ("bad_byte_on_its_own_line", Bytes("x = 1\n", 0xFF, (byte)'\n')),
        ("bad_byte_in_comment_then_error", Bytes("#", 0xFF, (byte)'\n', (byte)'x', (byte)' ', (byte)'=', (byte)' ', (byte)'(', (byte)'\n')),
        ("lead_byte_without_continuation", Bytes("x = '", 0xC3, (byte)'\'', (byte)'\n')),
        ("astral_characters_are_fine", Encoding.UTF8.GetBytes("x = '\U0001F600\U00010480'  # \U0001F600\n")),
    ];

    public static TheoryData<string> Names => [.. Sources.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Source_bytes_decode_like_python3(string name)
    {
        var source = Sources.Single(s => s.Name == name).Source;
        var expected = PythonOracle.RunBytes([source])[0];
        string ours;
        try
        {
            ours = "OK " + AstDumper.Dump(Parser.ParseModule(source));
        }
        catch (PythonSyntaxError e)
        {
            ours = $"ERR {e.Msg} ({e.Line}:{e.Column})";
        }

        Assert.Equal(expected.Ok ? "OK " + expected.Dump : $"ERR {expected.ErrorMessage} ({expected.Line}:{expected.Offset})", ours);
    }
}
