namespace Haven.Data;

/// <summary>
/// Creates folders and files that hold case records (the SQLite database, the demo outbox) readable only by the
/// account Haven runs as: 0700 folders and 0600 files on Linux and macOS, whatever the umask would have given.
/// Folders that already exist are left as they are; they may be shared ones such as /tmp.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, FolderPermissions);
        }
    }

    /// <summary>
    /// Creates the file empty if it is not there, in an owner-only folder. SQLite treats an empty file as a new
    /// database and gives its -wal and -shm files the database file's permissions.
    /// </summary>
    public static void CreateFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            CreateFolder(folder);
        }
        if (OperatingSystem.IsWindows() || File.Exists(full))
        {
            return;
        }
        try
        {
            using var created = new FileStream(full, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FilePermissions });
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another process created it first; it keeps the mode that process gave it.
        }
    }

    /// <summary>Options to create a new file that only its owner can read.</summary>
    public static FileStreamOptions NewFile() => OperatingSystem.IsWindows()
        ? new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write }
        : new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FilePermissions };
}
