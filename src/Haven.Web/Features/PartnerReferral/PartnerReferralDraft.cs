using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Haven.Web.Features.PartnerReferral;

/// <summary>
/// The answers so far. It travels in a protected hidden field from page to page, so the journey needs no
/// account, no session and no JavaScript, and nothing is stored until the referrer sends it.
/// </summary>
public sealed class PartnerReferralDraft
{
    /// <summary>Issued when the journey starts; the submission is stored under it, so sending twice stores once.</summary>
    public string Token { get; set; } = "";

    /// <summary>Set when the referrer came from "Check your answers", so the next page goes back there.</summary>
    public bool ReturnToCheck { get; set; }

    public string? ReferrerName { get; set; }
    public string? ReferrerOrganisation { get; set; }
    public string? ReferrerRole { get; set; }
    public string? OrganisationType { get; set; }
    public string? ReferrerEmail { get; set; }
    public string? ReferrerPhone { get; set; }
    public string? ChildFirstName { get; set; }
    public string? ChildLastName { get; set; }

    /// <summary>"born", "unborn" or "unknown" (the referrer gives an approximate age instead).</summary>
    public string? BornStatus { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public DateOnly? ExpectedDate { get; set; }
    public string? ApproximateAge { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? ParentsOrCarers { get; set; }
    public string? OtherChildren { get; set; }
    public string? Concern { get; set; }
    public string? ChildsViews { get; set; }
    public string? ParentsAware { get; set; }
    public string? Consent { get; set; }
    public string? ConsentBasis { get; set; }
    public string? Urgent { get; set; }

    public static PartnerReferralDraft Start() => new() { Token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)) };
}

/// <summary>Seals a draft into an opaque, tamper-proof string and back.</summary>
public sealed class PartnerReferralDrafts(IDataProtectionProvider provider)
{
    // A referrer may stop to look something up, but a form left open for days should start again.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("Haven.PartnerReferral.Draft.v1").ToTimeLimitedDataProtector();

    public string Protect(PartnerReferralDraft draft) => _protector.Protect(JsonSerializer.Serialize(draft), Lifetime);

    /// <summary>Null when the field is missing, altered, from another server's keys, or expired.</summary>
    public PartnerReferralDraft? Unprotect(string? sealedDraft)
    {
        if (string.IsNullOrEmpty(sealedDraft))
        {
            return null;
        }
        try
        {
            var draft = JsonSerializer.Deserialize<PartnerReferralDraft>(_protector.Unprotect(sealedDraft));
            return draft is { Token.Length: > 0 } ? draft : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>The types of organisation a referrer chooses from, each mapped to its DfE referral source code.</summary>
public static class PartnerOrganisationTypes
{
    public static readonly IReadOnlyList<(string Value, string Label, string SourceCode)> All =
    [
        ("school", "School or college", "2A"),
        ("education", "Nursery or other education service", "2B"),
        ("gp", "GP surgery", "3A"),
        ("health-visitor", "Health visiting team", "3B"),
        ("school-nurse", "School nursing team", "3C"),
        ("emergency", "Hospital emergency department", "3E"),
        ("health-other", "Other health service (for example mental health or midwifery)", "3F"),
        ("police", "Police", "6"),
        ("housing", "Housing", "4"),
        ("adult-social-care", "Adult social care", "5A"),
        ("council-other", "Another council service (for example youth justice)", "5B"),
        ("legal", "Probation, courts, Cafcass or another legal agency", "7"),
        ("voluntary", "Voluntary, community or other organisation", "8"),
    ];

    public static string? SourceCode(string? value) => All.FirstOrDefault(t => t.Value == value).SourceCode;

    public static string Label(string? value) => All.FirstOrDefault(t => t.Value == value).Label ?? "";
}
