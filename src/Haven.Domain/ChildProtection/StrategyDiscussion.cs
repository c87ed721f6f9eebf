namespace Haven.Domain.ChildProtection;

/// <summary>
/// A strategy discussion or meeting when there is reasonable cause to suspect significant harm. Its date starts
/// the 15-working-day clock for the initial child protection conference.
/// </summary>
public sealed class StrategyDiscussion
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid ReferralId { get; set; }
    public DateOnly HeldOn { get; set; }
    public StrategyDecision Decision { get; set; }
    public required string Rationale { get; set; }
    public string? ChairedBy { get; set; }
    public List<StrategyParticipant> Participants { get; set; } = [];

    /// <summary>Ofsted: some discussions include only social care and police. Shown so it can be challenged.</summary>
    public bool OnlyPoliceAndSocialCare =>
        Participants.Count > 0 && Participants.All(p => p.Agency is Agencies.Police or Agencies.SocialCare);
}

public sealed class StrategyParticipant
{
    public Guid Id { get; set; }
    public Guid StrategyDiscussionId { get; set; }
    public required string Name { get; set; }
    public required string Agency { get; set; }
    public bool Attended { get; set; } = true;
}

public enum StrategyDecision
{
    StartSection47,
    ChildInNeedAssessment,
    NoFurtherAction,
}

/// <summary>The agencies offered in lists of who took part; free text is allowed for others.</summary>
public static class Agencies
{
    public const string SocialCare = "Children's social care";
    public const string Police = "Police";
    public const string Health = "Health";
    public const string Education = "Education";
    public const string Probation = "Probation";
    public const string Housing = "Housing";
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All = [SocialCare, Police, Health, Education, Probation, Housing, Other];
}
