using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Haven.Web.Features.Account;

/// <summary>
/// Makes sign-in with an email that has no account look exactly like sign-in with one: the same password-hash work
/// (so it takes as long) and, after as many wrong tries as lock a real account, the same "locked" message. Otherwise
/// the answer or its timing would tell anyone which emails have Haven accounts.
/// </summary>
public sealed class SignInThrottle(IMemoryCache cache, IOptions<IdentityOptions> identity)
{
    // A hash of a random password, made once with the app's own hasher so checking against it costs the same.
    private string? _decoyHash;

    /// <summary>Does the work of checking a password against a real account's hash; the answer is always "wrong".</summary>
    public void CheckAgainstDecoy(IPasswordHasher<ApplicationUser> hasher, string password)
    {
        var decoy = new ApplicationUser { DisplayName = "" };
        _decoyHash ??= hasher.HashPassword(decoy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(decoy, _decoyHash, password);
    }

    /// <summary>Counts a wrong try for an email with no account; true when a real account would now be locked.</summary>
    public bool FailedUnknownEmail(string email)
    {
        var lockout = identity.Value.Lockout;
        var key = "haven:sign-in-unknown:" + email.Trim().ToUpperInvariant();
        var tries = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = lockout.DefaultLockoutTimeSpan;
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref tries.Value) >= lockout.MaxFailedAccessAttempts;
    }
}
