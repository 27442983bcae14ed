using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Analysis;

namespace Meta.Translator.Hints;

/// <summary>
/// Reads <c>static readonly JitDriver D = new(name, greens, reds, virtualizable)</c> out of the
/// static constructors of a module by evaluating their IL on a small abstract stack that knows
/// string literals, string arrays (<c>new[] { "pc" }</c>) and the read-only list wrappers the C#
/// compiler synthesizes for collection expressions (<c>["pc"]</c> becomes an array wrapped in
/// <c>&lt;&gt;z__ReadOnlyArray</c>, or a <c>&lt;&gt;z__ReadOnlySingleElementList</c>). Anything else is
/// an unknown value; a driver built from unknown values is reported (META0018) rather than guessed.
/// </summary>
public static class DriverReader
{
    private abstract record Value;
    private sealed record Unknown : Value;
    private sealed record Text(string? Content) : Value;
    private sealed record Number(int Content) : Value;
    private sealed record Strings(string?[] Items) : Value;
    private sealed record Driver(string? Name, string?[]? Greens, string?[]? Reds, string? Virtualizable, bool VirtualizableKnown) : Value;

    private static readonly Unknown Opaque = new();

    public sealed record Result(IReadOnlyDictionary<FieldDefinition, DriverDeclaration> Drivers, IReadOnlyList<DriverProblem> Problems);

    public static Result Read(ModuleDefinition module)
    {
        var drivers = new Dictionary<FieldDefinition, DriverDeclaration>();
        var problems = new List<DriverProblem>();
        foreach (var type in module.GetTypes())
        {
            var constructor = type.Methods.FirstOrDefault(m => m.IsConstructor && m.IsStatic && m.HasBody);
            if (constructor is null)
            {
                continue;
            }
            Evaluate(constructor, drivers, problems);
        }
        return new Result(drivers, problems);
    }

    private static void Evaluate(MethodDefinition constructor, Dictionary<FieldDefinition, DriverDeclaration> drivers, List<DriverProblem> problems)
    {
        var stack = new Stack<Value>();
        foreach (var instruction in constructor.Body.Instructions)
        {
            switch (instruction.OpCode.Code)
            {
                case Code.Ldstr:
                    stack.Push(new Text((string)instruction.Operand));
                    continue;
                case Code.Ldnull:
                    stack.Push(new Text(null));
                    continue;
                case Code.Dup:
                    stack.Push(stack.Peek());
                    continue;
                case Code.Newarr when ((TypeReference)instruction.Operand).FullName == "System.String":
                    stack.Push(stack.Pop() is Number { Content: >= 0 and < 256 } size ? new Strings(new string?[size.Content]) : Opaque);
                    continue;
                case Code.Stelem_Ref or Code.Stelem_Any:
                    {
                        var value = stack.Pop();
                        var index = stack.Pop();
                        var array = stack.Pop();
                        if (array is Strings strings && index is Number n && n.Content < strings.Items.Length)
                        {
                            // A non-literal element poisons the array: its names cannot be known.
                            strings.Items[n.Content] = value is Text t ? t.Content : "\0unknown";
                        }
                        continue;
                    }
                case Code.Call when instruction.Operand is GenericInstanceMethod { Name: "Empty" } empty
                                    && empty.DeclaringType.FullName == "System.Array"
                                    && empty.GenericArguments[0].FullName == "System.String":
                    stack.Push(new Strings([]));
                    continue;
                case Code.Newobj:
                    stack.Push(Construct((MethodReference)instruction.Operand, stack));
                    continue;
                case Code.Stsfld:
                    {
                        var value = stack.Pop();
                        var field = ((FieldReference)instruction.Operand).Resolve();
                        if (field is not null && field.FieldType.FullName == KnownNames.JitDriver)
                        {
                            Record(field, constructor, instruction, value, drivers, problems);
                        }
                        continue;
                    }
            }
            if (instruction.OpCode.Code is >= Code.Ldc_I4_M1 and <= Code.Ldc_I4)
            {
                stack.Push(new Number(ConstantOf(instruction)));
                continue;
            }
            // Control flow is not followed: the stack is dropped at a branch, which makes any
            // driver built across it unknown (reported) instead of wrongly read.
            if (instruction.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw)
            {
                stack.Clear();
                continue;
            }
            var pops = StackEffect.Pops(instruction, constructor);
            for (var i = 0; i < pops && stack.Count > 0; i++)
            {
                stack.Pop();
            }
            for (var i = StackEffect.Pushes(instruction); i > 0; i--)
            {
                stack.Push(Opaque);
            }
        }
    }

    private static Value Construct(MethodReference constructor, Stack<Value> stack)
    {
        var arguments = new Value[constructor.Parameters.Count];
        for (var i = arguments.Length - 1; i >= 0; i--)
        {
            arguments[i] = stack.Count > 0 ? stack.Pop() : Opaque;
        }
        var typeName = constructor.DeclaringType.Name;
        if (constructor.DeclaringType.FullName == KnownNames.JitDriver && arguments.Length == 4)
        {
            return new Driver(
                (arguments[0] as Text)?.Content,
                (arguments[1] as Strings)?.Items,
                (arguments[2] as Strings)?.Items,
                (arguments[3] as Text)?.Content,
                arguments[3] is Text);
        }
        if (typeName.StartsWith("<>z__ReadOnly", StringComparison.Ordinal) && arguments.Length == 1)
        {
            return arguments[0] switch
            {
                Strings strings => strings,
                Text { Content: { } single } => new Strings([single]),
                _ => Opaque,
            };
        }
        // List<string> built by a collection initializer is not followed.
        return Opaque;
    }

    private static void Record(FieldDefinition field, MethodDefinition constructor, Instruction store, Value value, Dictionary<FieldDefinition, DriverDeclaration> drivers, List<DriverProblem> problems)
    {
        if (value is not Driver driver)
        {
            problems.Add(new DriverProblem(field, constructor, store, $"the driver in '{field.Name}' is not created by 'new JitDriver(name, greens, reds, virtualizable)' in the static initializer"));
            return;
        }
        if (!field.IsInitOnly)
        {
            problems.Add(new DriverProblem(field, constructor, store, $"the driver field '{field.Name}' must be static readonly"));
            return;
        }
        if (driver.Name is null || driver.Greens is null || driver.Reds is null || !driver.VirtualizableKnown
            || driver.Greens.Concat(driver.Reds).Any(n => n is null || n.Contains('\0')))
        {
            problems.Add(new DriverProblem(field, constructor, store, $"the names of the driver in '{field.Name}' must be string literals: new JitDriver(\"name\", [\"green\", ...], [\"red\", ...])"));
            return;
        }
        drivers[field] = new DriverDeclaration(field, driver.Name, [.. driver.Greens!], [.. driver.Reds!], driver.Virtualizable);
    }

    private static int ConstantOf(Instruction instruction) => instruction.OpCode.Code switch
    {
        Code.Ldc_I4_M1 => -1,
        Code.Ldc_I4_0 => 0,
        Code.Ldc_I4_1 => 1,
        Code.Ldc_I4_2 => 2,
        Code.Ldc_I4_3 => 3,
        Code.Ldc_I4_4 => 4,
        Code.Ldc_I4_5 => 5,
        Code.Ldc_I4_6 => 6,
        Code.Ldc_I4_7 => 7,
        Code.Ldc_I4_8 => 8,
        Code.Ldc_I4_S => (sbyte)instruction.Operand,
        _ => (int)instruction.Operand,
    };
}
