// Traces in these tests write a static field (Box.Counter) and run interpreter and backend one
// after the other on the same statics, so test classes must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
