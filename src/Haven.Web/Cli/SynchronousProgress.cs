namespace Haven.Web.Cli;

/// <summary>Reports on the calling thread, so a long export's progress lines come out in order between its own lines.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
