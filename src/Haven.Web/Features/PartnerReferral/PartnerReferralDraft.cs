using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace Haven.Web.Features.PartnerReferral;

/// <summary>The referrer's answers so far, and which questions they have answered.</summary>
public sealed class PartnerReferralDraft
{
    /// <summary>Issued when the journey starts; the submission is stored under it, so sending twice stores once.</summary>
    public string Token { get; set; } = "";

    /// <summary>The questions answered so far (optional ones can be answered with nothing).</summary>
    public List<string> Answered { get; set; } = [];

    /// <summary>Set once the referral is sent; the answers are then forgotten and only this is kept.</summary>
    public string? Reference { get; set; }

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

    /// <summary>In whole years, when the date of birth is not known.</summary>
    public int? ApproximateAge { get; set; }
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

    public bool IsSent => Reference is not null;

    public bool HasAnswered(string step) => Answered.Contains(step);

    public void MarkAnswered(string step)
    {
        if (!HasAnswered(step))
        {
            Answered.Add(step);
        }
    }

    public static PartnerReferralDraft Start() => new() { Token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)) };

    /// <summary>
    /// What is kept once the referral is sent: enough for the confirmation page (and for a second press of
    /// Send to find the same reference), none of what was said about the child.
    /// </summary>
    public PartnerReferralDraft AfterSending(string reference) => new() { Token = Token, Reference = reference, Urgent = Urgent };
}

/// <summary>
/// Keeps each referrer's draft on the server, found by an unguessable key in a cookie, until it is sent.
/// <para>
/// Why here rather than in the browser: the answers are a child's name, address and what is feared for them,
/// typed on shared machines in schools and surgeries. Held on the server, nothing of them is written to the
/// referrer's disk (the cookie holds only a random key, is HttpOnly and lasts as long as the browser session),
/// and a stolen cookie is worthless once the draft is sent or expires. Protected TempData or a sealed cookie
/// would also work with post-redirect-get, but the longest answers (10,000 characters of concern, in any
/// script) do not fit in the request headers Kestrel accepts, and the old sealed hidden field cannot survive
/// a redirect. The database is not used: nothing is stored there until the referrer sends the referral.
/// </para>
/// <para>
/// The store is bounded, so a flood of drafts from bots cannot exhaust the server's memory: past the limit the
/// drafts least recently used are dropped and their referrers start again. Like the submission limiter it is in memory because one
/// server is the expected deployment; a restart asks anyone mid-form to start again.
/// </para>
/// </summary>
public sealed class PartnerReferralDrafts : IDisposable
{
    public const string CookieName = "haven-referral";

    // A referrer may stop to look something up, but a form left open for a day should start again.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    // Counted in characters of the stored JSON: about 40 MB, or some thousands of ordinary drafts.
    private const long MaxStoredCharacters = 20_000_000;

    private readonly MemoryCache _drafts = new(new MemoryCacheOptions { SizeLimit = MaxStoredCharacters });

    /// <summary>This browser's draft, or null when it has none (never started, expired or dropped).</summary>
    public PartnerReferralDraft? Find(HttpContext http)
    {
        // Each request gets its own copy, so two tabs posting at once cannot change one object under each other.
        return KeyOf(http) is { } key && _drafts.TryGetValue(key, out string? json) && json is not null
            ? JsonSerializer.Deserialize<PartnerReferralDraft>(json)
            : null;
    }

    public void Save(HttpContext http, PartnerReferralDraft draft)
    {
        var key = KeyOf(http);
        if (key is null || !_drafts.TryGetValue(key, out _))
        {
            // A new key for every new draft, so a key seen before (in a log, or a shared machine) leads nowhere.
            key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            http.Response.Cookies.Append(CookieName, key, new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = PartnerReferralJourney.StartPath,
                IsEssential = true,
            });
        }
        var json = JsonSerializer.Serialize(draft);
        _drafts.Set(key, json, new MemoryCacheEntryOptions { Size = json.Length, SlidingExpiration = Lifetime });
    }

    /// <summary>Drops this browser's draft (a bot's, or one that must not be continued).</summary>
    public void Forget(HttpContext http)
    {
        if (KeyOf(http) is { } key)
        {
            _drafts.Remove(key);
        }
    }

    private static string? KeyOf(HttpContext http) =>
        http.Request.Cookies.TryGetValue(CookieName, out var key) && key is { Length: 64 } ? key : null;

    public void Dispose() => _drafts.Dispose();
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
