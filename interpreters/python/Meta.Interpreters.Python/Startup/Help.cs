namespace Meta.Interpreters.Python.Startup;

/// <summary>The text of metapy -h: the options metapy understands, with python3's meanings.</summary>
public static class Help
{
    public static string Text(string program) => $$"""
        usage: {{program}} [option] ... [-c cmd | -m mod | file | -] [arg] ...
        Options (the same as CPython 3.11's):
        -b     : -b and -bb are accepted (bytes warnings are not issued)
        -B     : sets sys.dont_write_bytecode (metapy never writes .pyc files)
        -c cmd : program passed in as string (terminates option list)
        -d     : accepted, no effect
        -E     : ignore PYTHON* environment variables
        -h     : print this help message and exit (also -? or --help)
        -i     : inspect interactively after running script; forces a prompt even
                 if stdin does not appear to be a terminal; also PYTHONINSPECT=x
        -I     : isolate: implies -E, -P and -s
        -m mod : run library module as a script (terminates option list)
        -O     : sets sys.flags.optimize (asserts are still compiled); also PYTHONOPTIMIZE=x
        -OO    : optimize level 2
        -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
        -q     : don't print version and copyright messages on interactive startup
        -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
        -S     : don't define exit() and quit() (metapy runs no site module)
        -u     : force the stdout and stderr streams to be unbuffered; also PYTHONUNBUFFERED=x
        -v     : sets sys.flags.verbose
        -V     : print the Python version number and exit (also --version); twice for more
        -W arg : warning control; arg is action:message:category:module:lineno
        -x     : skip first line of source
        -X opt : set implementation-specific option (in sys._xoptions)
        --check-hash-based-pycs always|default|never: accepted, no effect
        file   : program read from script file
        -      : program read from stdin (default; interactive mode if a tty)
        arg ...: arguments passed to program in sys.argv[1:]

        Environment variables:
        PYTHONSTARTUP: file executed on interactive startup
        PYTHONPATH   : ':'-separated list of directories prefixed to the module search path
        PYTHONHOME   : the directory of the CPython installation whose Lib metapy uses
        PYTHONIOENCODING: encoding[:errors] of stdin, stdout and stderr
        PYTHONUNBUFFERED, PYTHONDONTWRITEBYTECODE, PYTHONINSPECT, PYTHONOPTIMIZE,
        PYTHONSAFEPATH, PYTHONNOUSERSITE, PYTHONVERBOSE, PYTHONWARNINGS: as the options above

        """;
}
