using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Haven.Web.Features.Messaging;

/// <summary>
/// The start of every printable document (letters, chronologies, papers for families): one HTML template serves
/// screen and paper, with its stylesheet inline so Chromium prints it without fetching anything, and a content
/// security policy that allows that stylesheet and nothing else.
/// </summary>
public static class PrintPage
{
    /// <summary>The CSP source for an inline stylesheet; a response that shows the document must allow it.</summary>
    public static string StyleHash(string css) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css))) + "'";

    /// <summary>Everything up to and including the opening body tag.</summary>
    public static string Head(string title, string css) => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src {{StyleHash(css)}}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>{{css}}</style>
        </head>
        <body>
        """;
}
