using Haven.Web.Cli;

namespace Haven.Web.Features.LookedAfter;

/// <summary>`./haven postcodes load FILE.csv`: loads the ONS Postcode Directory's centroids, for the distance from a looked-after child's home to their placement.</summary>
public static class PostcodesCommand
{
    public const string Help = """
          postcodes load FILE  Load postcode centroids from the ONS Postcode Directory CSV (columns pcds, lat, long),
                               replacing those loaded before; a file that cannot be read changes nothing
        """;

    private const int Batch = 5_000;

    public static async Task<int> RunAsync(string[] args, Func<string[]> hostArgs)
    {
        var rest = args.SkipWhile(a => a != "postcodes").Skip(1).ToArray();
        if (rest.FirstOrDefault() != "load")
        {
            throw new CommandLineException("Use ./haven postcodes load FILE.csv. Run ./haven --help for the options.");
        }
        var file = rest.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? throw new CommandLineException("Give the file to load: ./haven postcodes load ONSPD.csv");
        if (!File.Exists(file))
        {
            throw new CommandLineException($"There is no file {file}.");
        }
        await using var app = HavenWebApp.Build(hostArgs());
        await HavenWebApp.MigrateAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var loaded = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            try
            {
                await db.PostcodeCentroids.ExecuteDeleteAsync();
                using var reader = new StreamReader(file);
                // The ONSPD lists a few postcodes twice (a terminated and a live row); the last one read wins.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var batch = new Dictionary<string, PostcodeCentroid>(StringComparer.Ordinal);
                foreach (var centroid in PostcodeDirectory.Read(reader))
                {
                    if (seen.Contains(centroid.Postcode))
                    {
                        continue;
                    }
                    batch[centroid.Postcode] = centroid;
                    if (batch.Count >= Batch)
                    {
                        loaded += await SaveAsync(db, batch, seen);
                    }
                }
                loaded += await SaveAsync(db, batch, seen);
                await transaction.CommitAsync();
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"{file} could not be read, so nothing was changed: {e.Message}");
                return 1;
            }
        }
        Console.WriteLine($"Loaded {loaded:N0} postcode centroids from {file}.");
        return 0;
    }

    private static async Task<int> SaveAsync(HavenDbContext db, Dictionary<string, PostcodeCentroid> batch, HashSet<string> seen)
    {
        db.PostcodeCentroids.AddRange(batch.Values);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        seen.UnionWith(batch.Keys);
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
