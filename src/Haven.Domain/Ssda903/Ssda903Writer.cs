using System.IO.Compression;
using System.Text;

namespace Haven.Domain.Ssda903;

/// <summary>
/// Writes a return as the DfE's CSV files, through the one <see cref="Csv"/> writer. Without a byte-order mark:
/// these files go to the DfE's portal and validator, which recognise a file by its exact first-row column names.
/// </summary>
public static class Ssda903Writer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Each file's name and text, every file even when it has no rows (the DfE expects the full set).</summary>
    public static IEnumerable<(string FileName, string Text)> Files(Ssda903Return ssda903)
    {
        ArgumentNullException.ThrowIfNull(ssda903);
        return Ssda903Files.All.Select(f => (f.FileName, Csv.ToText(f.Rows(ssda903))));
    }

    /// <summary>Writes every file into the folder (made if need be), replacing files of the same names.</summary>
    public static void WriteFolder(Ssda903Return ssda903, string folder, Action<string, int>? progress = null)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Files(ssda903))
        {
            File.WriteAllText(Path.Combine(folder, name), text, Utf8);
            progress?.Invoke(name, Ssda903Files.All.Single(f => f.FileName == name).Count(ssda903));
        }
    }

    /// <summary>The files in one zip, for a download.</summary>
    public static byte[] Zip(Ssda903Return ssda903)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in Files(ssda903))
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Utf8.GetBytes(text));
            }
        }
        return buffer.ToArray();
    }
}
