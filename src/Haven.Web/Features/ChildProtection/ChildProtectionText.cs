using Haven.Domain.Formatting;
using Haven.Domain.Calendar;
using System.Text.Encodings.Web;
using Haven.Domain.ChildProtection;
using Microsoft.AspNetCore.Html;

namespace Haven.Web.Features.ChildProtection;

/// <summary>How child protection values read on pages and in the record's history.</summary>
public static class ChildProtectionText
{
    public static string Date(DateOnly date) => DateText.Date(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string StrategyDecisionName(StrategyDecision decision) => decision switch
    {
        Domain.ChildProtection.StrategyDecision.StartSection47 => "Start a section 47 enquiry",
        Domain.ChildProtection.StrategyDecision.ChildInNeedAssessment => "Child in need assessment",
        Domain.ChildProtection.StrategyDecision.NoFurtherAction => "No further action",
        _ => decision.ToString(),
    };

    public static string Outcome(Section47Outcome outcome) => outcome switch
    {
        Section47Outcome.ConferenceRequired => "Concerns substantiated: initial conference needed",
        Section47Outcome.SubstantiatedNoConference => "Concerns substantiated: no conference",
        Section47Outcome.NotSubstantiatedChildInNeed => "Not substantiated: child in need",
        Section47Outcome.NoFurtherAction => "No further action",
        _ => outcome.ToString(),
    };

    public static string ConferenceName(ConferenceType type) => type == Domain.ChildProtection.ConferenceType.Initial ? "Initial conference" : "Review conference";

    public static string Decision(ConferenceDecision decision) => decision switch
    {
        ConferenceDecision.ChildProtectionPlan => "Child protection plan",
        ConferenceDecision.ChildInNeedPlan => "Child in need plan",
        ConferenceDecision.NoFurtherAction => "No further action",
        ConferenceDecision.PlanContinues => "Plan continues",
        ConferenceDecision.PlanEnds => "Plan ends",
        _ => decision.ToString(),
    };


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
