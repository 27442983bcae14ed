namespace Meta.Translator.Analysis;

/// <summary>A local variable or an argument (argument 0 is <c>this</c> in an instance method), by IL index.</summary>
public readonly record struct Variable(bool IsArgument, int Index);
