namespace Haven.Domain.Formatting;

/// <summary>Tidying what people type before it is recorded.</summary>
public static class Typed
{
    /// <summary>What was typed, trimmed, or null when nothing was: blank answers are not recorded as answers.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
