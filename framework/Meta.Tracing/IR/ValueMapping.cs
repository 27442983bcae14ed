namespace Meta.Tracing.IR;

/// <summary>
/// Copies of operations and resume data over other values: the optimizer renames values and
/// describes some as virtual objects; loop peeling and short preambles copy whole traces.
/// </summary>
public static class ValueMapping
{
    /// <summary>A copy of <paramref name="op"/> with its operands and resume values passed through <paramref name="map"/>.</summary>
    public static Operation Map(Operation op, Func<Value, Value> map) =>
        new(op.Opcode, op.Operands.Select(map).ToList(), op.Descr, op.Resume is null ? null : Map(op.Resume, map));

    /// <summary>
    /// The resume data with every trace value in frame slots, pending writes and virtuals passed
    /// through <paramref name="map"/>, which may turn it into a <see cref="VirtualObject"/>.
    /// Virtual objects already in the resume data are copied, their fields mapped too; the same
    /// instance is returned when nothing changes.
    /// </summary>
    public static ResumeData Map(ResumeData resume, Func<Value, Value> map)
    {
        var copies = new Dictionary<VirtualObject, VirtualObject>();
        var changed = false;

        Value? Slot(Value? slot)
        {
            switch (slot)
            {
                case null:
                    return null;
                case VirtualObject existing:
                    return Copy(existing);
                default:
                    var mapped = map(slot);
                    changed |= !ReferenceEquals(mapped, slot);
                    return mapped;
            }
        }

        VirtualObject Copy(VirtualObject original)
        {
            if (copies.TryGetValue(original, out var copy))
            {
                return copy;
            }
            copy = original.Descr is ArrayDescr array ? new VirtualObject(array, original.Items.Count) : new VirtualObject((ClassDescr)original.Descr);
            copies.Add(original, copy);
            foreach (var (field, value) in original.Fields)
            {
                copy.SetField(field, Slot(value)!);
            }
            for (var i = 0; i < original.Items.Count; i++)
            {
                copy.SetItem(i, Slot(original.Items[i]));
            }
            return copy;
        }

        var frames = resume.Frames.Select(frame => new ResumeFrame(frame.Method, frame.ILOffset,
            frame.Locals.Select(Slot).ToList(), frame.Stack.Select(Slot).ToList())).ToList();
        var writes = resume.PendingWrites.Select(write => write.Descr is FieldDescr field
            ? new PendingWrite(Slot(write.Target)!, field, Slot(write.Value)!)
            : new PendingWrite(Slot(write.Target)!, (ArrayDescr)write.Descr, Slot(write.Index)!, Slot(write.Value)!)).ToList();
        return changed ? new ResumeData(frames, writes) : resume;
    }
}
