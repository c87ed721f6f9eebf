using System.ComponentModel.DataAnnotations;

namespace Haven.Web.Infrastructure.Sessions;

/// <summary>How long a sign-in lasts (section "Haven:Sessions"), validated at start-up.</summary>
public sealed class SessionOptions : IValidatableObject
{
    public const string Section = "Haven:Sessions";

    /// <summary>Signed out after this long without a request (or "Stay signed in").</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Signed out this long after signing in, however active: a stolen session does not last for ever.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long before the idle timeout the warning appears (GOV.UK: at least 2 minutes to act).</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdleTimeout <= TimeSpan.Zero || WarningBefore <= TimeSpan.Zero || WarningBefore >= IdleTimeout)
        {
            yield return new ValidationResult("Haven:Sessions:WarningBefore must be more than zero and less than IdleTimeout");
        }
        if (AbsoluteLifetime < IdleTimeout)
        {
            yield return new ValidationResult("Haven:Sessions:AbsoluteLifetime must be at least IdleTimeout");
        }
    }
}
