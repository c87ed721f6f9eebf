namespace Haven.Domain;

/// <summary>Reference data shipped inside this assembly (bank holidays, DfE code sets), kept as plain files beside the code that uses them.</summary>
internal static class EmbeddedData
{
    public static StreamReader Open(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        // Manifest names depend on the root namespace and folder, so match on the file name alone.
        var resourceName = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} could not be opened.");
        return new StreamReader(stream);
    }
}
