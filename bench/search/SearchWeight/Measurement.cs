namespace HealthLibrary.Bench.SearchWeight;

/// <summary>One search by one reader: bytes transferred (search files and scripts), requests, and milliseconds from the keystroke to the first result drawn.</summary>
public sealed record Measurement(long Bytes, int Requests, double Milliseconds);
