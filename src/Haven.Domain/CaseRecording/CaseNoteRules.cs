namespace Haven.Domain.CaseRecording;

/// <summary>What a worker typed into the case note form, before it becomes a <see cref="CaseNote"/>.</summary>
public sealed record CaseNoteDraft(
    CaseNoteType? Type,
    DateOnly? OccurredOn,
    string? Subject,
    string? Text,
    bool? VisitWentAhead,
    bool? ChildSeen,
    bool? SeenAlone,
    VisitPurpose? VisitPurpose);

/// <summary>
/// The rules for a case note. A home visit must say whether the child was seen and seen alone: Ofsted found
/// records where "it is not always clear from the records if children are seen, and seen alone".
/// </summary>
public static class CaseNoteRules
{
    public const int SubjectMaxLength = 200;

    public static bool IsVisit(CaseNoteType? type) => type == CaseNoteType.HomeVisit;

    /// <summary>Errors keyed by form field; empty when the note can be saved.</summary>
    public static Dictionary<string, string> Validate(CaseNoteDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string>();
        if (draft.Type is null)
        {
            errors[nameof(CaseNoteDraft.Type)] = "Select what kind of note this is";
        }
        if (draft.OccurredOn is { } on && on > today)
        {
            errors[nameof(CaseNoteDraft.OccurredOn)] = "The date must be today or in the past";
        }
        if (string.IsNullOrWhiteSpace(draft.Subject))
        {
            errors[nameof(CaseNoteDraft.Subject)] = "Enter a subject";
        }
        else if (draft.Subject.Trim().Length > SubjectMaxLength)
        {
            errors[nameof(CaseNoteDraft.Subject)] = $"Subject must be {SubjectMaxLength} characters or fewer";
        }
        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            errors[nameof(CaseNoteDraft.Text)] = "Enter what happened";
        }
        if (IsVisit(draft.Type))
        {
            ValidateVisit(draft, errors);
        }
        return errors;
    }

    private static void ValidateVisit(CaseNoteDraft draft, Dictionary<string, string> errors)
    {
        if (draft.VisitWentAhead is null)
        {
            errors[nameof(CaseNoteDraft.VisitWentAhead)] = "Select whether the visit went ahead";
        }
        else if (draft.VisitWentAhead == false)
        {
            if (draft.ChildSeen == true)
            {
                errors[nameof(CaseNoteDraft.ChildSeen)] = "The visit did not go ahead, so the child cannot have been seen. Check your answers";
            }
        }
        else if (draft.ChildSeen is null)
        {
            errors[nameof(CaseNoteDraft.ChildSeen)] = "Select whether the child was seen";
        }
        else if (draft.ChildSeen == true && draft.SeenAlone is null)
        {
            errors[nameof(CaseNoteDraft.SeenAlone)] = "Select whether the child was seen alone";
        }
        // Reported on "was the child seen?": with JavaScript the "seen alone" question is hidden once "No" is chosen,
        // and an error on a hidden field could not be seen or reached.
        if (draft.ChildSeen == false && draft.SeenAlone == true && !errors.ContainsKey(nameof(CaseNoteDraft.ChildSeen)))
        {
            errors[nameof(CaseNoteDraft.ChildSeen)] = "The child cannot have been seen alone if they were not seen";
        }
        if (draft.VisitPurpose is null)
        {
            errors[nameof(CaseNoteDraft.VisitPurpose)] = "Select what the visit was for";
        }
    }

    /// <summary>
    /// The note to save. Visit answers are kept only for a visit: a phone call never says "child seen", even if
    /// the visit questions (visible without JavaScript) were answered by mistake.
    /// </summary>
    public static CaseNote ToNote(CaseNoteDraft draft, Guid personId, DateOnly occurredOn, bool significant, string userId, string userName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var visit = IsVisit(draft.Type);
        var failed = visit && draft.VisitWentAhead == false;
        return new CaseNote
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            Type = draft.Type ?? throw new ArgumentException("A note needs a type", nameof(draft)),
            OccurredOn = occurredOn,
            Subject = draft.Subject!.Trim(),
            Text = draft.Text!.Trim(),
            ChildSeen = visit ? !failed && draft.ChildSeen == true : null,
            SeenAlone = visit ? (!failed && draft.ChildSeen == true ? draft.SeenAlone : null) : null,
            VisitFailed = failed,
            VisitPurpose = visit ? draft.VisitPurpose : null,
            IsSignificant = significant,
            RecordedByUserId = userId,
            RecordedByName = userName,
            RecordedAtUtc = nowUtc,
        };
    }

    public static string TypeLabel(CaseNoteType type) => type switch
    {
        CaseNoteType.HomeVisit => "Home visit",
        CaseNoteType.OfficeVisit => "Office visit",
        CaseNoteType.PhoneCall => "Phone call",
        CaseNoteType.Meeting => "Meeting",
        CaseNoteType.Email => "Email",
        CaseNoteType.DirectWork => "Direct work",
        CaseNoteType.Supervision => "Supervision",
        _ => "Other",
    };

    public static string PurposeLabel(VisitPurpose purpose) => purpose switch
    {
        VisitPurpose.ChildProtection => "Child protection plan",
        VisitPurpose.ChildInNeed => "Child in need plan",
        VisitPurpose.Assessment => "Assessment",
        VisitPurpose.LookedAfter => "Looked-after child",
        _ => "Other",
    };

    /// <summary>"Child seen alone", "Child seen, not alone", "Child not seen", "Visit failed" – how a visit reads in lists.</summary>
    public static string? VisitOutcome(CaseNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (!IsVisit(note.Type))
        {
            return null;
        }
        if (note.VisitFailed)
        {
            return "Visit failed: no answer or refused";
        }
        return note.ChildSeen switch
        {
            true when note.SeenAlone == true => "Child seen alone",
            true => "Child seen, not alone",
            _ => "Child not seen",
        };
    }
}
