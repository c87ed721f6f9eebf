namespace Haven.Domain.Rules;

/// <summary>
/// A record people edit in place. <see cref="Version"/> goes up by one with every save, and an edit form carries
/// the version it showed: a save made from an older version is refused rather than silently overwriting whoever
/// saved in between (docs/decisions/0010-concurrency.md).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
