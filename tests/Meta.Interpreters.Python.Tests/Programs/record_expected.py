"""Records python3's behaviour for every program in this folder (the differential oracle).

For NAME.py it writes NAME.expected: the exit code on the first line, the last line of stderr on
the second, then stdout. Run from anywhere with python3 3.11:  python3 record_expected.py
"""
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
for program in sorted(here.glob("*.py")):
    if program.name == "record_expected.py":
        continue
    result = subprocess.run([sys.executable, program.name], cwd=here, capture_output=True, text=True, timeout=60)
    err_lines = result.stderr.strip().splitlines()
    last = err_lines[-1] if err_lines else ""
    program.with_suffix(".expected").write_text(f"{result.returncode}\n{last}\n{result.stdout}")
