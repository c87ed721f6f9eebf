using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Haven.Web.Tests.Messaging;

/// <summary>
/// Just enough SMTP on 127.0.0.1 to take a message from a client: greeting, EHLO/HELO, MAIL FROM, RCPT TO,
/// DATA, RSET, NOOP, QUIT. It can refuse named recipients with 550, or say nothing at all (to test timeouts).
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    public FakeSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync();
    }

    public int Port { get; }

    public ConcurrentQueue<ReceivedMail> Messages { get; } = new();

    /// <summary>Addresses answered with "550 5.1.1 User unknown" at RCPT TO.</summary>
    public ConcurrentDictionary<string, bool> RefusedRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Accept connections but never send the greeting, like a server that has hung.</summary>
    public bool Silent { get; set; }

    /// <summary>A port that nothing listens on: connecting to it is refused at once.</summary>
    public static int UnusedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                if (Silent)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    return;
                }
                using var reader = new StreamReader(stream, Encoding.UTF8);
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 fake.smtp.test ESMTP ready");
                string? from = null;
                var recipients = new List<string>();
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-fake.smtp.test");
                            await writer.WriteLineAsync("250 HELP");
                            break;
                        case "HELO":
                            await writer.WriteLineAsync("250 fake.smtp.test");
                            break;
                        case "MAIL":
                            from = Address(line);
                            recipients.Clear();
                            await writer.WriteLineAsync("250 2.1.0 Ok");
                            break;
                        case "RCPT":
                            var to = Address(line);
                            if (RefusedRecipients.ContainsKey(to))
                            {
                                await writer.WriteLineAsync($"550 5.1.1 <{to}>: Recipient address rejected: User unknown");
                            }
                            else
                            {
                                recipients.Add(to);
                                await writer.WriteLineAsync("250 2.1.5 Ok");
                            }
                            break;
                        case "DATA":
                            if (from is null || recipients.Count == 0)
                            {
                                await writer.WriteLineAsync("503 5.5.1 Bad sequence of commands");
                                break;
                            }
                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = new StringBuilder();
                            while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                            {
                                // RFC 5321 4.5.2: a leading dot was doubled by the client.
                                data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                            }
                            Messages.Enqueue(new ReceivedMail(from, [.. recipients], data.ToString()));
                            await writer.WriteLineAsync($"250 2.0.0 Ok: queued as FAKE{Messages.Count}");
                            break;
                        case "RSET":
                            from = null;
                            recipients.Clear();
                            await writer.WriteLineAsync("250 2.0.0 Ok");
                            break;
                        case "NOOP":
                            await writer.WriteLineAsync("250 2.0.0 Ok");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 2.0.0 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 5.5.2 Command not recognised");
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The client hung up or the server is stopping: nothing to record.
            }
        }
    }

    private static string Address(string line)
    {
        var match = Regex.Match(line, "<([^>]*)>");
        return match.Success ? match.Groups[1].Value : line.Split(':', 2)[^1].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }
}

/// <summary>A message as the server received it, with a small MIME reader so tests can check what a person would see.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data)
{
    public MimeEntity Message => MimeEntity.Parse(Data);
}

/// <summary>Reads the MIME a mail client would: headers (unfolded, encoded words decoded), parts, and transfer encodings.</summary>
public sealed partial class MimeEntity
{
    private MimeEntity(Dictionary<string, string> headers, string body)
    {
        Headers = headers;
        RawBody = body;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public string RawBody { get; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? DecodeWords(value) : null;

    public string ContentType => (Header("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    public IReadOnlyList<MimeEntity> Parts
    {
        get
        {
            if (!ContentType.StartsWith("multipart/", StringComparison.Ordinal))
            {
                return [];
            }
            var boundary = BoundaryPattern().Match(Header("Content-Type")!).Groups[1].Value;
            var delimiter = "--" + boundary;
            var pieces = RawBody.Split(delimiter);
            // pieces[0] is the preamble; the last piece starts with "--" (the close delimiter).
            return pieces.Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal))
                .Select(p => Parse(p.TrimStart('\r', '\n'))).ToList();
        }
    }

    public byte[] DecodedBytes => (Header("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant() switch
    {
        "base64" => Convert.FromBase64String(string.Concat(RawBody.Where(c => !char.IsWhiteSpace(c)))),
        "quoted-printable" => QuotedPrintable(RawBody),
        _ => Encoding.UTF8.GetBytes(RawBody),
    };

    public string DecodedText => Encoding.UTF8.GetString(DecodedBytes).ReplaceLineEndings("\n").TrimEnd('\n');

    /// <summary>The first text/plain part, or the whole message when it is not multipart.</summary>
    public string TextBody => (Parts.Count == 0 ? this : Parts.First(p => p.ContentType == "text/plain")).DecodedText;

    public static MimeEntity Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in headerText.Split("\r\n"))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }
        return new MimeEntity(headers, body);
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var lines = text.Split("\r\n");
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            var soft = line.EndsWith('=');
            if (soft)
            {
                line = line[..^1];
            }
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '=' && i + 2 < line.Length && Uri.IsHexDigit(line[i + 1]) && Uri.IsHexDigit(line[i + 2]))
                {
                    bytes.Add(Convert.ToByte(line.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(line[i].ToString()));
                }
            }
            if (!soft && l < lines.Length - 1)
            {
                bytes.Add((byte)'\r');
                bytes.Add((byte)'\n');
            }
        }
        return [.. bytes];
    }

    /// <summary>RFC 2047 encoded words, e.g. =?utf-8?B?...?=; whitespace between adjacent words is dropped.</summary>
    private static string DecodeWords(string value)
    {
        var joined = AdjacentWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            var payload = m.Groups[3].Value;
            var bytes = m.Groups[2].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(payload)
                : QuotedPrintable(payload.Replace('_', ' '));
            return charset.GetString(bytes);
        });
    }

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentWords();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
