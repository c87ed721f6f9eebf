namespace Haven.Domain.CinCensus;

public enum CinFileProblemLevel
{
    /// <summary>The file cannot be read any further; nothing after this point was checked.</summary>
    Fatal,

    /// <summary>A value could not be read; it is kept as written and the rest of the file is read.</summary>
    Error,

    /// <summary>Something the DfE would not expect but that does not stop the census being read, such as an unknown element.</summary>
    Note,
}

/// <summary>A problem with the file itself rather than with the data in it, with where it was found.</summary>
public sealed record CinFileProblem(
    CinFileProblemLevel Level,
    string Message,
    int? Line = null,
    int? Column = null,
    string? LAchildID = null)
{
    /// <summary>The message with its line, as a person reading a list of problems wants to see it.</summary>
    public override string ToString() => Line is { } line ? $"Line {line}: {Message}" : Message;
}
