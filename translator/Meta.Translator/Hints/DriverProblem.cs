using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Hints;

/// <summary>A JitDriver field whose declaration could not be read: where it is stored, and what is wrong.</summary>
public sealed record DriverProblem(FieldDefinition Field, MethodDefinition Constructor, Instruction Store, string Problem);
