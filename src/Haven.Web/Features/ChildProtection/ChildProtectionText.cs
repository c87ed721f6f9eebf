using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Haven.Web.Features.ChildProtection;

/// <summary>How child protection values read on pages and in the record's history.</summary>
public static class ChildProtectionText
{
    public static string Date(DateOnly date) => DateText.Date(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string YesNo(bool value) => value ? "Yes" : "No";



    public static string ConferenceName(ConferenceType type) => type == Domain.ChildProtection.ConferenceType.Initial ? "Initial conference" : "Review conference";



    public static string Category(string? code) => code is null ? "" : $"{CategoryOfAbuse.Describe(code)} ({code})";

    /// <summary>"Due by 7 January 2027" and its tag, for a clock that is still running.</summary>
    public static IHtmlContent Clock(TimescaleStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var (text, colour) = Tag(status.State);
        var encoder = HtmlEncoder.Default;
        return new HtmlString($"Due by {encoder.Encode(Date(status.DueDate))} <strong class=\"govuk-tag govuk-tag--{colour}\">{encoder.Encode(text)}</strong>");
    }

    /// <summary>The GOV.UK tag for a clock: words and colour.</summary>
    public static (string Text, string Colour) Tag(TimescaleState state) => state switch
    {
        TimescaleState.Overdue => ("Overdue", "red"),
        TimescaleState.DueSoon => ("Due soon", "orange"),
        TimescaleState.NotYetDue => ("Not yet due", "grey"),
        TimescaleState.CompletedInTime => ("Held in time", "green"),
        TimescaleState.CompletedLate => ("Held late", "pink"),
        _ => (state.ToString(), "grey"),
    };
}
