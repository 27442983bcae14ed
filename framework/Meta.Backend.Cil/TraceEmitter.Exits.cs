using System.Reflection.Emit;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil;

/// <summary>
/// The exit protocol in IL (docs/backend-cil.md): values between locals and frame slots, exit
/// blocks and their shared tail, calls into bridges attached through the table and re-entry at a
/// label when a bridge jumps back into the loop.
/// </summary>
internal sealed partial class TraceEmitter
{
    /// <summary>
    /// Loads values from frame slots 0..n-1 into their locals, with the pending exception and the
    /// iteration count: how the trace is entered, and how a root re-enters a label from a bridge.
    /// </summary>
    private void LoadFromFrame(IReadOnlyList<Value> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.Kind == ValueKind.Ref)
            {
                _il.Emit(OpCodes.Ldloc, _refs!);
                EmitInt(i);
                _il.Emit(OpCodes.Ldelem_Ref);
            }
            else
            {
                _il.Emit(OpCodes.Ldloc, _words!);
                EmitInt(i);
                _il.Emit(OpCodes.Ldelem_I8);
                if (value.Kind == ValueKind.I32)
                {
                    _il.Emit(OpCodes.Conv_I4);
                }
                else if (value.Kind == ValueKind.F64)
                {
                    _il.Emit(OpCodes.Call, BitsToDouble);
                }
            }
            _il.Emit(OpCodes.Stloc, _locals[value]);
        }
        if (_exception is not null)
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, ExceptionField);
            _il.Emit(OpCodes.Stloc, _exception);
        }
        if (_iterations is not null)
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, IterationsField);
            _il.Emit(OpCodes.Stloc, _iterations);
        }
    }

    /// <summary>
    /// Stores the exit values into the frame's slots 0..n-1 and the exit state, and returns the id;
    /// a finish or a jump stopped by the bound also records which one it was (<paramref name="final"/>).
    /// </summary>
    private void EmitExit(IReadOnlyList<Value> values, int id, int? final = null)
    {
        StoreToFrame(values);
        StoreExitState();
        EmitExitTrace();
        if (final is not null)
        {
            _il.Emit(OpCodes.Ldarg_1);
            EmitInt(final.Value);
            _il.Emit(OpCodes.Stfld, FinalIndexField);
        }
        EmitInt(id);
        _il.Emit(OpCodes.Ret);
    }

    private void EmitExitTrace()
    {
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, OwnerField);
        _il.Emit(OpCodes.Stfld, ExitTraceField);
    }

    /// <summary>
    /// Guard k's exit block: its live values into the frame, then k into a local and on to the
    /// tail all guards share, which keeps the IL of traces with many guards small (RyuJIT stops
    /// optimizing past a size).
    /// </summary>
    private void EmitGuardExit(Operation guard, int id, Label guardTail)
    {
        StoreToFrame(guard.Resume!.LiveValues.ToArray());
        EmitInt(id);
        _il.Emit(OpCodes.Stloc, _exitId!);
        _il.Emit(OpCodes.Br, guardTail);
    }

    /// <summary>
    /// The shared end of guard exits: the exit state into the frame, then the bridge attached to
    /// the guard if there is one (read from the closure's table each time), else return the id.
    /// A loop continues at its label when the bridge asks for it; a bridge passes every code up to its loop.
    /// </summary>
    private void EmitGuardTail(Label guardTail, Label dispatch)
    {
        _il.MarkLabel(guardTail);
        if (_exits.Count == 0)
        {
            return;
        }
        StoreExitState();
        var bridge = Temp(typeof(Func<TraceFrame, int>));
        var none = _il.DefineLabel();
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, BridgesField);
        _il.Emit(OpCodes.Ldloc, _exitId!);
        _il.Emit(OpCodes.Ldelem_Ref);
        _il.Emit(OpCodes.Stloc, bridge);
        _il.Emit(OpCodes.Ldloc, bridge);
        _il.Emit(OpCodes.Brfalse, none);
        _il.Emit(OpCodes.Ldloc, bridge);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Callvirt, InvokeCode);
        if (_root is null && _labelOps.Count > 0)
        {
            var code = Temp(typeof(int));
            _il.Emit(OpCodes.Stloc, code);
            _il.Emit(OpCodes.Ldloc, code);
            EmitInt(CompiledTrace.EnterBase);
            _il.Emit(OpCodes.Ble, dispatch);
            _il.Emit(OpCodes.Ldloc, code);
        }
        _il.Emit(OpCodes.Ret);
        _il.MarkLabel(none);
        EmitExitTrace();
        _il.Emit(OpCodes.Ldloc, _exitId!);
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// The code a loop runs when a bridge returned EnterBase - k: reload label k's arguments (and
    /// the exception and iteration count) from the frame and continue at the label.
    /// </summary>
    private void EmitReentries(Label dispatch)
    {
        _il.MarkLabel(dispatch);
        if (_root is not null || _labelOps.Count == 0)
        {
            return;
        }
        var code = Temp(typeof(int));
        var targets = _labelOps.Select(_ => _il.DefineLabel()).ToArray();
        EmitInt(CompiledTrace.EnterBase);
        _il.Emit(OpCodes.Ldloc, code);
        _il.Emit(OpCodes.Sub);
        _il.Emit(OpCodes.Switch, targets);
        _il.Emit(OpCodes.Ldloc, code);
        _il.Emit(OpCodes.Ret);
        for (var k = 0; k < targets.Length; k++)
        {
            _il.MarkLabel(targets[k]);
            LoadFromFrame(_labelOps[k].Operands);
            _il.Emit(OpCodes.Br, _labels[(TargetToken)_labelOps[k].Descr!]);
        }
    }

    /// <summary>Stores values into the frame's slots 0..n-1.</summary>
    private void StoreToFrame(IReadOnlyList<Value> values)
    {
        for (var k = 0; k < values.Count; k++)
        {
            var value = values[k];
            _il.Emit(OpCodes.Ldloc, value.Kind == ValueKind.Ref ? _refs! : _words!);
            EmitInt(k);
            Load(value);
            switch (value.Kind)
            {
                case ValueKind.Ref:
                    _il.Emit(OpCodes.Stelem_Ref);
                    continue;
                case ValueKind.I32:
                    _il.Emit(OpCodes.Conv_I8);
                    break;
                case ValueKind.F64:
                    _il.Emit(OpCodes.Call, DoubleToBits);
                    break;
            }
            _il.Emit(OpCodes.Stelem_I8);
        }
    }

    /// <summary>Stores the pending exception and the iteration count into the frame.</summary>
    private void StoreExitState()
    {
        if (_exception is not null)
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _exception);
            _il.Emit(OpCodes.Stfld, ExceptionField);
        }
        if (_iterations is not null)
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _iterations);
            _il.Emit(OpCodes.Stfld, IterationsField);
        }
    }
}
