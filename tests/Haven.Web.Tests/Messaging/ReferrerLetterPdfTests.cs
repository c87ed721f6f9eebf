using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Haven.Web.Features.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Haven.Web.Tests.Messaging;

public sealed class ReferrerLetterPdfTests(ITestOutputHelper output)
{
    /// <summary>Where the letter and a picture of its first page are left, to look at after a run.</summary>
    public const string PreviewPng = "/tmp/haven-letter.png";

    public const string PreviewPdf = "/tmp/haven-letter.pdf";

    // Synthetic people in the fictional county of Havenshire (HV postcodes, Ofcom drama-range phone numbers).
    public static ReferrerLetter Letter() => new()
    {
        AuthorityName = "Havenshire Council",
        AuthorityAddress = ["County Hall", "Market Street", "Havenbridge", "HV1 2AB"],
        LetterDate = new DateOnly(2026, 11, 25),
        ReferrerName = "Mrs Siân Testwood",
        ReferrerOrganisation = "Oakfield Primary School",
        ReferrerAddress = ["Oakfield Road", "Little Haven", "HV7 3CD"],
        ChildName = "Zoë Examplechild",
        ChildDateOfBirth = new DateOnly(2016, 3, 4),
        ContactDate = new DateOnly(2026, 11, 23),
        Reference = "HV-CT-004217",
        Outcome = "We have decided that Zoë and her family would benefit from early help. This is support the family " +
                  "agrees to, and it is not a child protection enquiry.\n\nA family support worker from the Early Help team will offer to meet the family.",
        WhatHappensNext = "The family support worker will contact the family within 10 working days. With the family's agreement, " +
                          "they may ask the school to take part in a plan to support Zoë.\n\nYou do not need to do anything else now.",
        FrontDoorPhone = "01632 960 123",
        FrontDoorEmail = "frontdoor@havenshire.test",
    };

    [Fact]
    public async Task A_letter_renders_to_an_accessible_A4_pdf_holding_the_name_outcome_and_reference()
    {
        using var renderer = new PdfRenderer(NullLogger<PdfRenderer>.Instance);
        var html = Letter().ToHtml();

        var clock = Stopwatch.StartNew();
        var pdf = await renderer.RenderAsync(html, TestContext.Current.CancellationToken);
        output.WriteLine($"PDF render took {clock.ElapsedMilliseconds} ms ({pdf.Length} bytes) with {renderer.ChromiumPath}");

        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        // Kept (synthetic data only) so a person can look at the letter after a run.
        await File.WriteAllBytesAsync(PreviewPdf, pdf, TestContext.Current.CancellationToken);
        // -singlefile stops pdftoppm adding a page number to the name.
        await RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", PreviewPdf, PreviewPng[..^4]);
        Assert.True(File.Exists(PreviewPng));

        var text = Normalise(await RunAsync("pdftotext", "-layout", PreviewPdf, "-"));
        Assert.Contains("Zoë Examplechild", text);
        Assert.Contains("We have decided that Zoë and her family would benefit from early help.", text);
        Assert.Contains("HV-CT-004217", text);
        Assert.Contains("Outcome of your contact about Zoë Examplechild", text);
        Assert.Contains("(born 4 March 2016)", text);
        Assert.Contains("If you think a child is in immediate danger, call 999.", text);

        var info = await RunAsync("pdfinfo", PreviewPdf);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches(@"(?m)^Pages:\s+1$", info);
        Assert.Matches(@"(?m)^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$", info);
        Assert.Matches(@"(?m)^Title:\s+Outcome of your contact – reference HV-CT-004217$", info);
        // Tagged is not enough on its own: the headings must come through as headings for a screen reader.
        var structure = await RunAsync("pdfinfo", "-struct", PreviewPdf);
        Assert.Contains("H1 (block)", structure);
        Assert.Equal(3, Regex.Count(structure, @"H2 \(block\)"));
    }

    [Fact]
    public async Task A_missing_Chromium_is_a_clear_error()
    {
        using var renderer = new PdfRenderer(NullLogger<PdfRenderer>.Instance) { ChromiumPath = "/nonexistent/chromium" };

        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync(Letter().ToHtml(), TestContext.Current.CancellationToken));

        Assert.Contains("Chromium was not found at /nonexistent/chromium", error.Message);
        Assert.Contains("CHROMIUM_PATH", error.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_Chromium_that_hangs_is_stopped_at_the_timeout()
    {
        var folder = Directory.CreateTempSubdirectory("haven-fake-chromium-");
        try
        {
            var fake = Path.Combine(folder.FullName, "chromium");
            await File.WriteAllTextAsync(fake, "#!/bin/sh\nexec sleep 60\n", TestContext.Current.CancellationToken);
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            using var renderer = new PdfRenderer(NullLogger<PdfRenderer>.Instance) { ChromiumPath = fake, Timeout = TimeSpan.FromSeconds(1) };
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync(Letter().ToHtml(), TestContext.Current.CancellationToken));

            Assert.Contains("did not finish the PDF within 1 second.", error.Message);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_html_is_semantic_self_contained_and_escapes_what_people_typed()
    {
        var html = (Letter() with { ChildName = "Ava <script>alert(1)</script> Test", ReferrerOrganisation = "Smith & Sons \"Nursery\"" }).ToHtml();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("<title>Outcome of your contact – reference HV-CT-004217</title>", html);
        Assert.Contains("<h1>Outcome of your contact about Ava &lt;script&gt;alert(1)&lt;/script&gt; Test</h1>", html);
        Assert.Contains("Smith &amp; Sons &quot;Nursery&quot;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<h2>What we have decided</h2>", html);
        Assert.Contains("<main>", html);
        // Nothing to fetch: a printed letter must not depend on, or call out to, the network.
        Assert.DoesNotMatch(@"(src|href)\s*=|url\(|https?://", html);
        // The CSP hash a page needs to show the letter must match the stylesheet in it.
        var css = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)))}'", ReferrerLetter.StyleSourceHash);
    }

    [Fact]
    public void The_letter_speaks_of_an_unborn_child_by_due_date()
    {
        var html = (Letter() with { ChildName = "Unborn baby of Jade Testperson", ChildDateOfBirth = new DateOnly(2027, 3, 3), ChildIsUnborn = true }).ToHtml();

        Assert.Contains("about Unborn baby of Jade Testperson (due 3 March 2027).", html);
    }

    [Fact]
    public void The_plain_text_version_has_the_same_words_for_an_email_and_the_subject_leaves_out_the_child()
    {
        var letter = Letter();

        var text = letter.ToPlainText();

        Assert.StartsWith("Dear Mrs Siân Testwood,\n\nOur reference: HV-CT-004217\n\n", text);
        Assert.Contains("Thank you for contacting Havenshire Council children's services on 23 November 2026 about Zoë Examplechild (born 4 March 2016).", text);
        Assert.Contains("What we have decided\n\nWe have decided that Zoë", text);
        Assert.Contains("What happens next\n\nThe family support worker", text);
        Assert.Contains("Phone: 01632 960 123\nEmail: frontdoor@havenshire.test", text);
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain("Zoë", letter.EmailSubject);
        Assert.Contains("HV-CT-004217", letter.EmailSubject);
        Assert.Equal("outcome-letter-HV-CT-004217.pdf", letter.PdfFileName);
    }

    [Fact]
    public void A_letter_missing_its_outcome_is_a_programming_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => (Letter() with { Outcome = " " }).ToHtml());

        Assert.Contains("Outcome", error.Message);
    }

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ");

    /// <summary>Runs a poppler tool; a missing tool fails the test with the package to install.</summary>
    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} is not installed: apt-get install poppler-utils (./haven test installs it)", ex);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await stderr}");
            return await stdout;
        }
    }
}
