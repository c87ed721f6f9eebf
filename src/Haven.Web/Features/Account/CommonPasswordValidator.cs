using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Account;

/// <summary>
/// Refuses passwords on the shipped list of common passwords (common-passwords.txt), which attackers try first.
/// Length and mixed-case rules alone accept "Password1234" and "Welcome12345", so a password is also refused when
/// what is left after taking the digits and symbols off its ends is a common password.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "This password is too common and easy to guess. Choose a password that is not used by many people, for example three random words",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim("0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| ".ToCharArray());
        return Common.Value.Contains(lower) || (core.Length > 0 && Common.Value.Contains(core));
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Haven.Web.Features.Account.common-passwords.txt")
            ?? throw new InvalidOperationException("The common passwords list is missing from the build");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }
        return words;
    }
}
