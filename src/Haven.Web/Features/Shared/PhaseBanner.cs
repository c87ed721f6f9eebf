using Haven.Data.Demo;

namespace Haven.Web.Features.Shared;

/// <summary>
/// The phase banner's words. Only a demo database (marked by the demo generator's setting) says its records
/// are synthetic; a council's live records must never be called demo data.
/// </summary>
public sealed class PhaseBanner(IServiceScopeFactory scopes, ILogger<PhaseBanner> logger)
{
    public const string Live = "This is a new service.";
    public const string Demo = "This is a new service. Records here are synthetic demo data.";

    // Whether the database is a demo one does not change while Haven runs (the demo is generated before it
    // serves), so it is read once. An unreadable database is not remembered: the error page still shows.
    private const int NotKnown = 0, IsLive = 1, IsDemo = 2;
    private int _database = NotKnown;

    public async Task<string> TextAsync(CancellationToken ct)
    {
        var database = Volatile.Read(ref _database);
        if (database == NotKnown)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
                database = await db.SystemSettings.AnyAsync(s => s.Key == DemoAuthorityGenerator.SettingKey, ct) ? IsDemo : IsLive;
                Volatile.Write(ref _database, database);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                logger.LogWarning(e, "Could not read whether this is a demo database; showing the live banner");
                return Live;
            }
        }
        return database == IsDemo ? Demo : Live;
    }
}
