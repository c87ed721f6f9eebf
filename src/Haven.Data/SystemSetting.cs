namespace Haven.Data;

/// <summary>Small key/value facts about this database, e.g. whether it holds a demo authority.</summary>
public sealed class SystemSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
