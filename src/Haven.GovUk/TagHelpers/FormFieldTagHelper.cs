using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Haven.GovUk.TagHelpers;

/// <summary>
/// Shared binding for GOV.UK form components. <c>asp-for</c> gives the field's name, id, label (from
/// [Display(Name)]), hint (from [Display(Description)]), value (what the user typed, from ModelState, when
/// the page is shown again) and error message (the first ModelState error for the field).
/// </summary>
public abstract class FormFieldTagHelper : TagHelper
{
    /// <summary>The model property the component edits.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>Overrides the field name (defaults to the full name of <c>asp-for</c>, e.g. "Input.FullName").</summary>
    public string? Name { get; set; }

    /// <summary>Overrides the id (defaults to the name with '.' and '[' ']' replaced by '_', e.g. "Input_FullName").</summary>
    public string? Id { get; set; }

    /// <summary>Hint text. Defaults to [Display(Description = …)]. A <c>&lt;govuk-hint&gt;</c> child gives rich content.</summary>
    public string? Hint { get; set; }

    /// <summary>An error message to show whatever ModelState says.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>Extra ids for aria-describedby (the hint and error ids are added for you).</summary>
    public string? DescribedBy { get; set; }

    /// <summary>Extra classes for the govuk-form-group wrapper.</summary>
    public string? FormGroupClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>Set by <see cref="Resolve"/>.</summary>
    private protected string FieldName { get; private set; } = string.Empty;

    /// <summary>Set by <see cref="Resolve"/>.</summary>
    private protected string FieldId { get; private set; } = string.Empty;

    private protected ModelStateDictionary ModelState => ViewContext.ViewData.ModelState;

    /// <summary>Works out the field's name and id; call first in ProcessAsync.</summary>
    private protected void Resolve(string componentName)
    {
        if (Name is null && For is null)
        {
            throw new InvalidOperationException($"<{componentName}> needs asp-for or name.");
        }

        FieldName = Name ?? ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For!.Name);
        FieldId = Id ?? FieldIds.FromName(FieldName);
    }

    /// <summary>[Display(Name)] or the property name.</summary>
    private protected string? DisplayName() => For?.Metadata.DisplayName ?? For?.Metadata.PropertyName;

    private protected string? DefaultHint() => Hint ?? For?.Metadata.Description;

    /// <summary>The explicit error message, else the first ModelState error for the field (and, with
    /// <paramref name="includeChildren"/>, for its sub-fields such as "Date.Day").</summary>
    private protected string? FindErrorMessage(bool includeChildren = false) =>
        ErrorMessage ?? ModelStateErrors.FirstMessage(ModelState, FieldName, includeChildren);

    /// <summary>What to show in the field: what the user typed (ModelState), else the model's value.</summary>
    private protected string? CurrentValue(string? explicitValue = null)
    {
        if (explicitValue is not null)
        {
            return explicitValue;
        }

        if (ModelState.TryGetValue(FieldName, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return For is null ? null : ValueFormatter.Format(For.Model, For.Metadata.EditFormatString);
    }

    /// <summary>All values currently chosen (for checkboxes bound to a collection).</summary>
    private protected IReadOnlyList<string> CurrentValues()
    {
        if (ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string s => [s],
                string[] array => array,
                IEnumerable e => e.Cast<object?>().Select(v => ValueFormatter.Format(v, null)).OfType<string>().ToArray(),
                var v => ValueFormatter.Format(v, null) is { } one ? [one] : [],
            };
        }

        return For?.Model switch
        {
            null => [],
            string s => [s],
            bool b => b ? ["true"] : [],
            IEnumerable e => e.Cast<object?>().Select(v => ValueFormatter.Format(v, null)).OfType<string>().ToArray(),
            var v => ValueFormatter.Format(v, null) is { } one ? [one] : [],
        };
    }
}

internal static class FieldIds
{
    /// <summary>ASP.NET Core's id for a field name: "Input.Children[0].Name" becomes "Input_Children_0__Name".</summary>
    public static string FromName(string name) => TagBuilder.CreateSanitizedId(name, "_");
}

internal static class ValueFormatter
{
    public static string? Format(object? value, string? format) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        string s => s,
        _ when !string.IsNullOrEmpty(format) => string.Format(CultureInfo.CurrentCulture, format, value),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };

    /// <summary>Compares a chosen value with an item's value: exact, or ignoring case (so "True" matches "true").</summary>
    public static bool Matches(string? current, string? itemValue) =>
        current is not null && itemValue is not null && string.Equals(current, itemValue, StringComparison.OrdinalIgnoreCase);
}

internal static class ModelStateErrors
{
    public static string? FirstMessage(ModelStateDictionary modelState, string key, bool includeChildren)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            return MessageOf(entry.Errors[0]);
        }

        if (!includeChildren)
        {
            return null;
        }

        foreach (var child in modelState.FindKeysWithPrefix(key))
        {
            if (child.Key.Length > key.Length && child.Value.Errors.Count > 0)
            {
                return MessageOf(child.Value.Errors[0]);
            }
        }

        return null;
    }

    public static string MessageOf(ModelError error) =>
        !string.IsNullOrEmpty(error.ErrorMessage) ? error.ErrorMessage : "Enter a valid value";
}
