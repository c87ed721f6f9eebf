using Haven.Domain.CaseRecording;

namespace Haven.Domain.Casework;

/// <summary>
/// When a paper is due to reach the family, and the checks on a record that it was shared. Ofsted: "ensure that
/// assessment reports are routinely shared with families and that they promptly receive copies of their child
/// protection or child in need plan"; evidence of sending is its date, who received it and how.
/// </summary>
public static class FamilySharing
{
    /// <summary>
    /// The last day to share: assessments and plans count from authorisation or the plan's start, minutes from the
    /// conference. A conference report goes to parents before the conference, so it has no clock after it.
    /// </summary>
    public static DateOnly? DueOn(SharedItemKind kind, DateOnly from, LocalTimescales local, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(local);
        return kind switch
        {
            SharedItemKind.Assessment or SharedItemKind.ChildProtectionPlan or SharedItemKind.ChildInNeedPlan => local.ShareWithFamily.DueFrom(from, calendar),
            SharedItemKind.ConferenceMinutes => local.ConferenceMinutes.DueFrom(from, calendar),
            _ => null,
        };
    }

    /// <summary>The kind as it appears in a sharing page's address.</summary>
    public static string Slug(SharedItemKind kind) => kind switch
    {
        SharedItemKind.Assessment => "assessment",
        SharedItemKind.ChildProtectionPlan => "child-protection-plan",
        SharedItemKind.ChildInNeedPlan => "child-in-need-plan",
        SharedItemKind.ConferenceReport => "conference-report",
        SharedItemKind.ConferenceMinutes => "conference-minutes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static SharedItemKind? FromSlug(string? slug) =>
        Enum.GetValues<SharedItemKind>().Cast<SharedItemKind?>().FirstOrDefault(k => string.Equals(Slug(k!.Value), slug, StringComparison.OrdinalIgnoreCase));

    public static string Describe(SharedItemKind kind) => kind switch
    {
        SharedItemKind.Assessment => "Assessment",
        SharedItemKind.ChildProtectionPlan => "Child protection plan",
        SharedItemKind.ChildInNeedPlan => "Child in need plan",
        SharedItemKind.ConferenceReport => "Conference report",
        SharedItemKind.ConferenceMinutes => "Conference minutes",
        _ => kind.ToString(),
    };

    public static string Describe(SharingMethod method) => method switch
    {
        SharingMethod.InPerson => "In person",
        SharingMethod.Post => "By post",
        SharingMethod.Email => "By email",
        SharingMethod.SecurePortal => "Through the secure portal",
        _ => method.ToString(),
    };

    /// <summary>The sharing form's answers, as <see cref="Validate"/> names them.</summary>
    public static class Fields
    {
        public const string SharedOn = "SharedOn";
        public const string SharedWith = "SharedWith";
        public const string Method = "Method";
    }

    /// <summary>
    /// Checks a record of sharing. <paramref name="earliest"/> is the day the paper existed (authorised, started,
    /// held), if it has one: nothing can be shared before it was written.
    /// </summary>
    public static RuleResult Validate(DateOnly? sharedOn, string? sharedWith, SharingMethod? method, DateOnly? earliest, DateOnly today)
    {
        var result = new RuleResult();
        if (sharedOn is not { } date)
        {
            result.Add(Fields.SharedOn, "Enter the date it was shared");
        }
        else if (date > today)
        {
            result.Add(Fields.SharedOn, "The date it was shared must be today or in the past");
        }
        else if (earliest is { } first && date < first)
        {
            result.Add(Fields.SharedOn, $"The date it was shared cannot be before {DateText.Date(first)}, when it was written");
        }
        if (string.IsNullOrWhiteSpace(sharedWith))
        {
            result.Add(Fields.SharedWith, "Enter who it was shared with");
        }
        else if (sharedWith.Trim().Length > 200)
        {
            result.Add(Fields.SharedWith, "Who it was shared with must be 200 characters or fewer");
        }
        result.AddIf(method is null, Fields.Method, "Select how it was shared");
        return result;
    }
}
