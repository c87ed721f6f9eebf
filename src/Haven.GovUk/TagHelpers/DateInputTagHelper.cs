namespace Haven.GovUk.TagHelpers;

/// <summary>
/// <c>&lt;govuk-date-input asp-for="Input.DateOfBirth" legend="What is their date of birth?" hint="For example, 27 3 2007" is-date-of-birth="true" /&gt;</c>:
/// the GOV.UK date input in a fieldset (role="group"), bound to a <see cref="DateInput"/> property. The fields are named
/// "{name}.Day", "{name}.Month" and "{name}.Year", with ids "{id}-day", "{id}-month" and "{id}-year". Only the parts in
/// error are highlighted (see <see cref="DateInputValidation.InferErrorParts"/>), or the ones with their own ModelState
/// errors ("Input.DateOfBirth.Month").
/// </summary>
[HtmlTargetElement("govuk-date-input")]
public sealed class GovUkDateInputTagHelper : FieldsetFieldTagHelper
{
    /// <summary>Adds autocomplete="bday-day" / "bday-month" / "bday-year".</summary>
    public bool IsDateOfBirth { get; set; }

    /// <summary>Overrides the value shown (otherwise what the user typed, else the model's value).</summary>
    public DateInput? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        Resolve("govuk-date-input");
        var parts = FieldParts.Begin(context);
        await output.GetChildContentAsync();

        var error = FindErrorMessage(includeChildren: true);
        var hasError = error is not null || parts.ErrorMessage is not null;
        var current = Value ?? DateInputValues.Current(ModelState, FieldName, For?.Model);
        var errorParts = hasError ? DateInputValues.ErrorParts(ModelState, FieldName, current) : DateInputParts.None;

        var inner = new Markup();
        var describedBy = Pieces.NullIfEmpty(DescribedBy);
        var hintText = DefaultHint();
        if (parts.Hint is not null || !string.IsNullOrEmpty(hintText))
        {
            var hintId = FieldId + "-hint";
            describedBy = Pieces.AppendId(describedBy, hintId);
            Pieces.Hint(inner, hintId, parts.Hint, hintText, parts.HintClass);
        }

        if (hasError)
        {
            var errorId = FieldId + "-error";
            describedBy = Pieces.AppendId(describedBy, errorId);
            Pieces.ErrorMessage(inner, errorId, parts.ErrorMessage, error, parts.ErrorVisuallyHiddenText);
        }

        inner.Open("div", new Attrs().Class("govuk-date-input", Css.FromOutput(output)).Add("id", FieldId), output.Attributes);
        Item(inner, "Day", "day", current.Day, 2, errorParts.HasFlag(DateInputParts.Day));
        Item(inner, "Month", "month", current.Month, 2, errorParts.HasFlag(DateInputParts.Month));
        Item(inner, "Year", "year", current.Year, 4, errorParts.HasFlag(DateInputParts.Year));
        inner.Close("div");

        var legend = LegendFor(parts);
        var m = new Markup();
        Pieces.OpenFormGroup(m, hasError, FormGroupClass);
        Pieces.OpenFieldset(m, describedBy, "group", FieldsetClass, legend.Html, legend.Text, legend.Classes, legend.IsPageHeading);
        m.Raw(inner.ToString()).Close("fieldset").Close("div");
        Replace(output, m);
    }

    private void Item(Markup m, string part, string suffix, string? value, int width, bool hasError)
    {
        var id = $"{FieldId}-{suffix}";
        m.Open("div", new Attrs().Class("govuk-date-input__item"));
        m.Open("div", new Attrs().Class("govuk-form-group"));
        m.Open("label", new Attrs().Class("govuk-label", "govuk-date-input__label").Add("for", id)).Text(part).Close("label");
        m.Open(
            "input",
            new Attrs()
                .Class("govuk-input", "govuk-date-input__input", hasError ? "govuk-input--error" : null, $"govuk-input--width-{width}")
                .Add("id", id)
                .Add("name", $"{FieldName}.{part}")
                .Add("type", "text")
                .Add("value", value)
                .Add("autocomplete", IsDateOfBirth ? "bday-" + suffix : null)
                .Add("inputmode", "numeric"));
        m.Close("div").Close("div");
    }
}

/// <summary>Reads a date input's parts from ModelState (what was typed) or the model.</summary>
internal static class DateInputValues
{
    private static readonly (string Part, DateInputParts Flag)[] Parts =
        [("Day", DateInputParts.Day), ("Month", DateInputParts.Month), ("Year", DateInputParts.Year)];

    public static bool LooksLikeDateInput(ModelStateDictionary modelState, string key) =>
        Parts.Any(p => modelState.ContainsKey($"{key}.{p.Part}"));

    public static DateInput Current(ModelStateDictionary modelState, string key, object? model)
    {
        var fromModel = model switch
        {
            DateInput d => d,
            DateOnly d => DateInput.From(d),
            DateTime d => DateInput.From(DateOnly.FromDateTime(d)),
            DateTimeOffset d => DateInput.From(DateOnly.FromDateTime(d.Date)),
            _ => new DateInput(),
        };

        return new DateInput
        {
            Day = Attempted(modelState, key, "Day") ?? fromModel.Day,
            Month = Attempted(modelState, key, "Month") ?? fromModel.Month,
            Year = Attempted(modelState, key, "Year") ?? fromModel.Year,
        };
    }

    /// <summary>Parts with their own ModelState errors; else the parts inferred from what was typed.</summary>
    public static DateInputParts ErrorParts(ModelStateDictionary modelState, string key, DateInput current)
    {
        var explicitParts = DateInputParts.None;
        foreach (var (part, flag) in Parts)
        {
            if (modelState.TryGetValue($"{key}.{part}", out var entry) && entry.Errors.Count > 0)
            {
                explicitParts |= flag;
            }
        }

        return explicitParts != DateInputParts.None ? explicitParts : DateInputValidation.InferErrorParts(current);
    }

    /// <summary>"day", "month" or "year": the first field in error, for the error summary link.</summary>
    public static string FirstPartInError(DateInputParts parts) =>
        parts.HasFlag(DateInputParts.Day) || parts == DateInputParts.None ? "day"
        : parts.HasFlag(DateInputParts.Month) ? "month"
        : "year";

    private static string? Attempted(ModelStateDictionary modelState, string key, string part) =>
        modelState.TryGetValue($"{key}.{part}", out var entry) ? entry.AttemptedValue : null;
}
