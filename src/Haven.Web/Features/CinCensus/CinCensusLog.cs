namespace Haven.Web.Features.CinCensus;

/// <summary>Audit lines for returns work: who explained which query (events 93xx, beside the admin audit's 91xx/92xx).</summary>
internal static partial class CinCensusLog
{
    [LoggerMessage(EventId = 9300, EventName = "CinQueryExplained", Level = LogLevel.Information, Message = "{User} explained CIN query {Rule} for {Child} in census year {Year}")]
    public static partial void QueryExplained(ILogger logger, string user, string rule, string child, int year);
}
