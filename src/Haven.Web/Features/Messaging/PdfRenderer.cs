using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Haven.Web.Features.Messaging;

/// <summary>
/// Turns Haven's own print HTML (such as <see cref="ReferrerLetter"/>) into a PDF with headless Chromium, so one
/// template serves the screen preview and the paper copy. The HTML must be self-contained: it is opened from a
/// file with no server behind it.
/// </summary>
public sealed partial class PdfRenderer(ILogger<PdfRenderer> logger) : IDisposable
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    // Each Chromium takes a few hundred MB and a core for a second or two; more at once only queues on the CPU.
    private readonly SemaphoreSlim _gate = new(2, 2);

    /// <summary>From CHROMIUM_PATH, as the browser tests use, else Debian's path.</summary>
    public string ChromiumPath { get; init; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromiumPath;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <exception cref="PdfRenderingException">Chromium is missing, failed, or took longer than <see cref="Timeout"/>.</exception>
    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(html);
        if (!File.Exists(ChromiumPath))
        {
            throw new PdfRenderingException(
                $"Chromium was not found at {ChromiumPath}, so Haven cannot make PDF letters. Install it " +
                "(apt-get install chromium) or set CHROMIUM_PATH to the Chromium program.");
        }

        await _gate.WaitAsync(cancellationToken);
        // The letter names a child: the working folder is private to this user (0700) and removed afterwards.
        var work = Directory.CreateTempSubdirectory("haven-pdf-");
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var htmlPath = Path.Combine(work.FullName, "document.html");
            var pdfPath = Path.Combine(work.FullName, "document.pdf");
            await File.WriteAllTextAsync(htmlPath, html, new UTF8Encoding(false), cancellationToken);
            await RunChromiumAsync(work.FullName, htmlPath, pdfPath, cancellationToken);
            var pdf = File.Exists(pdfPath) ? await File.ReadAllBytesAsync(pdfPath, cancellationToken) : [];
            if (pdf.Length < 5 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                throw new PdfRenderingException($"Chromium at {ChromiumPath} finished without writing a PDF.");
            }
            LogRendered(logger, pdf.Length, stopwatch.ElapsedMilliseconds);
            return pdf;
        }
        finally
        {
            _gate.Release();
            await DeleteQuietlyAsync(work);
        }
    }

    private async Task RunChromiumAsync(string workFolder, string htmlPath, string pdfPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ChromiumPath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workFolder,
        };
        // A fresh profile and HOME each time: nothing from a previous letter, or from the server's user, carries over.
        start.Environment["HOME"] = workFolder;
        foreach (var argument in new[]
                 {
                     "--headless",
                     // Chromium's sandbox cannot start as root (as in containers); the page is our own HTML with no network.
                     "--no-sandbox",
                     "--disable-gpu",
                     "--disable-dev-shm-usage",
                     "--no-first-run",
                     "--disable-background-networking",
                     "--disable-component-update",
                     "--disable-sync",
                     "--no-pdf-header-footer",
                     $"--user-data-dir={Path.Combine(workFolder, "profile")}",
                     $"--print-to-pdf={pdfPath}",
                     new Uri(htmlPath).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PdfRenderingException($"Chromium at {ChromiumPath} did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new PdfRenderingException($"Chromium at {ChromiumPath} could not be started: {ex.Message}", ex);
        }

        using (process)
        {
            // Both pipes are drained, or a chatty Chromium blocks on a full pipe and never exits.
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                KillQuietly(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PdfRenderingException($"Chromium did not finish the PDF within {Durations.Describe(Timeout)}.");
            }
            try
            {
                // A helper process that outlives the browser can keep a pipe open; the PDF is already written by now.
                await Task.WhenAll(output, errors).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
            }
            catch (TimeoutException)
            {
                LogPipesOpen(logger);
            }
            if (process.ExitCode != 0)
            {
                throw new PdfRenderingException(
                    $"Chromium at {ChromiumPath} failed (exit code {process.ExitCode}): {LastLines(errors.IsCompletedSuccessfully ? errors.Result : "")}");
            }
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered a {Bytes}-byte PDF in {ElapsedMs} ms")]
    private static partial void LogRendered(ILogger logger, int bytes, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chromium had already exited")]
    private static partial void LogAlreadyExited(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chromium's output pipes stayed open after it exited")]
    private static partial void LogPipesOpen(ILogger logger);

    private void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
        {
            LogAlreadyExited(logger, ex);
        }
    }

    private async Task DeleteQuietlyAsync(DirectoryInfo folder)
    {
        // Chromium's helper processes can hold the profile for a moment after the main one exits.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                folder.Delete(recursive: true);
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (attempt == 3)
                {
                    logger.LogWarning(ex, "Could not remove the PDF working folder {Folder}", folder.FullName);
                    return;
                }
                await Task.Delay(200 * attempt, CancellationToken.None);
            }
        }
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no message)" : string.Join(" | ", lines.TakeLast(3));
    }
}

/// <summary>A PDF could not be made. The message says why in terms an administrator can act on.</summary>
public sealed class PdfRenderingException : Exception
{
    public PdfRenderingException(string message) : base(message)
    {
    }

    public PdfRenderingException(string message, Exception inner) : base(message, inner)
    {
    }

    public PdfRenderingException()
    {
    }
}
