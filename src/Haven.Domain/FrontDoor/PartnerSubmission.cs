namespace Haven.Domain.FrontDoor;

/// <summary>
/// A referral sent by a partner (a school, a GP) through the public online form, without an account. It waits
/// in the front door's queue until a worker matches it to a child's record (or creates one) and records the
/// contact; the referrer is never shown anything from Haven about the child.
/// </summary>
public sealed class PartnerSubmission
{
    public Guid Id { get; set; }

    /// <summary>Shown to the referrer on the confirmation page, e.g. "P-2026-000042".</summary>
    public required string Reference { get; set; }

    /// <summary>A random token issued with the form; a second post with the same token is the same submission.</summary>
    public required string SubmissionToken { get; set; }
    public DateTime SubmittedAtUtc { get; set; }

    public required string ReferrerName { get; set; }
    public required string ReferrerOrganisation { get; set; }
    public string? ReferrerRole { get; set; }
    public required string ReferrerEmail { get; set; }
    public string? ReferrerPhone { get; set; }

    /// <summary>DfE referral source code chosen from the referrer's type of organisation.</summary>
    public required string SourceCode { get; set; }

    public required string ChildFirstName { get; set; }
    public required string ChildLastName { get; set; }
    public DateOnly? ChildDateOfBirth { get; set; }
    public string? ChildAddress { get; set; }
    public string? ChildPostcode { get; set; }
    public string? OtherChildren { get; set; }
    public string? ParentsOrCarers { get; set; }

    public required string Concern { get; set; }
    public string? ChildsViews { get; set; }
    public ConsentToShare Consent { get; set; }
    public string? ConsentBasis { get; set; }
    public YesNoNotKnown ParentsAware { get; set; }

    /// <summary>The referrer thinks the child is at immediate risk (they are also told to phone).</summary>
    public bool Urgent { get; set; }

    public PartnerSubmissionStatus Status { get; set; }
    public Guid? MatchedPersonId { get; set; }
    public Guid? ContactId { get; set; }
    public string? ProcessedByUserId { get; set; }
    public DateTime? ProcessedAtUtc { get; set; }
}

public enum PartnerSubmissionStatus
{
    New,
    ContactRecorded,
}
