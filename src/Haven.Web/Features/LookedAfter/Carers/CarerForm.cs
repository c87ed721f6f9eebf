using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.LookedAfter.Carers;

/// <summary>A carer's details as the add and edit forms ask them (one partial, _CarerFields), parsed into <see cref="CarerDetails"/>.</summary>
public sealed class CarerForm
{
    public string? Name { get; set; }
    public CarerKind? Kind { get; set; }
    public string? ProviderCode { get; set; }
    public string? Urn { get; set; }
    public string? Postcode { get; set; }
    public string? OutOfAreaAuthority { get; set; }
    public CarerApproval? Approval { get; set; }
    public DateInput ApprovedOn { get; set; } = new();
    public string? Places { get; set; }
    public string? Notes { get; set; }

    public static CarerForm From(Carer c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            Name = c.Name, Kind = c.Kind, ProviderCode = c.ProviderCode, Urn = c.Urn, Postcode = c.Postcode, OutOfAreaAuthority = c.OutOfAreaAuthority,
            Approval = c.Approval, ApprovedOn = c.ApprovedOn is { } on ? DateInput.From(on) : new(), Places = c.Places?.ToString(CultureInfo.InvariantCulture), Notes = c.Notes,
        };
    }

    /// <summary>Parses the dates and numbers (messages by the field, under <paramref name="prefix"/>); what would not parse arrives as none.</summary>
    public CarerDetails Parse(ModelStateDictionary state, string prefix, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var approved = DateInputValidation.Validate(ApprovedOn, "the date of approval", required: false, today: today);
        approved.AddTo(state, $"{prefix}.{nameof(ApprovedOn)}");
        int? places = null;
        if (!string.IsNullOrWhiteSpace(Places))
        {
            if (int.TryParse(Places.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                places = n;
            }
            else
            {
                state.AddModelError($"{prefix}.{nameof(Places)}", "Enter a whole number of children, like 2");
            }
        }
        return new CarerDetails(Typed.Clean(Name), Kind, Typed.Clean(ProviderCode), Typed.Clean(Urn), Typed.Clean(Postcode), Typed.Clean(OutOfAreaAuthority),
            Approval, approved.Date, places, Typed.Clean(Notes));
    }

    /// <summary>Shows the register rule's problems by this form's fields, keeping a field's first error (a date that would not parse, say).</summary>
    public static void AddErrors(ModelStateDictionary state, RuleResult result, string prefix)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var problem in result.Problems)
        {
            var key = problem.Field.Length == 0 ? "" : $"{prefix}.{problem.Field}";
            if (key.Length == 0 || state.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                state.AddModelError(key, problem.Message);
            }
        }
    }
}
