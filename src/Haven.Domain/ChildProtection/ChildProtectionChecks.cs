namespace Haven.Domain.ChildProtection;

/// <summary>
/// The checks each child protection form runs before anything is saved, and the clocks the pages show that are
/// worked out from more than one record. Keys are the form's field names; values are GOV.UK error messages.
/// </summary>
public static partial class ChildProtectionChecks
{
    /// <summary>One person who took part in a strategy discussion or came to a conference, as typed.</summary>
    public sealed record Participant(string? Name, string? Agency);

    /// <summary>Blank rows are spare; a row with a name needs an agency and the other way round.</summary>
    private static void ValidateRows(IReadOnlyList<Participant> rows, string field, string who, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var filled = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, agency) = (rows[i].Name, rows[i].Agency);
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(agency))
            {
                continue;
            }
            filled++;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors[$"{field}[{i}].Name"] = $"Enter the name of person {i + 1}";
            }
            else if (string.IsNullOrWhiteSpace(agency))
            {
                errors[$"{field}[{i}].Agency"] = $"Select the agency of person {i + 1}";
            }
        }
        if (filled == 0)
        {
            errors[$"{field}[0].Name"] = $"Enter {who}: a name and agency for each person";
        }
    }

}
