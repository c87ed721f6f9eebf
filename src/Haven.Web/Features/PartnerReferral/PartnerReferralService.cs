using System.Globalization;
using System.Net;

namespace Haven.Web.Features.PartnerReferral;

public sealed record PartnerSubmitResult(string? Reference, bool RateLimited);

/// <summary>Stores a partner's referral once, under its token, for the front door to pick up.</summary>
public sealed class PartnerReferralService(HavenDbContext db, TimeProvider clock, PartnerReferralLimiter limiter)
{
    /// <summary>The submission's reference: the existing one if this token was already sent.</summary>
    public async Task<PartnerSubmitResult> SubmitAsync(PartnerReferralDraft draft, IPAddress? client, CancellationToken ct)
    {
        if (await ReferenceForAsync(draft.Token, ct) is { } already)
        {
            return new(already, false);
        }
        if (!await limiter.TryAcquireAsync(client, ct))
        {
            return new(null, true);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var prefix = $"P-{UkClock.ToLocal(now).Year}-";
        // Two referrers sending at the same moment can pick the same next number, and a double-click can race
        // its twin: the unique indexes refuse the loser, which then looks again.
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.PartnerSubmissions.Where(s => s.Reference.StartsWith(prefix)).OrderByDescending(s => s.Reference).Select(s => s.Reference).FirstOrDefaultAsync(ct);
            var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
            var submission = ToSubmission(draft, $"{prefix}{next:D6}", now);
            db.PartnerSubmissions.Add(submission);
            try
            {
                await db.SaveChangesAsync(ct);
                return new(submission.Reference, false);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                if (await ReferenceForAsync(draft.Token, ct) is { } raced)
                {
                    return new(raced, false);
                }
            }
        }
    }

    private Task<string?> ReferenceForAsync(string token, CancellationToken ct) =>
        db.PartnerSubmissions.AsNoTracking().Where(s => s.SubmissionToken == token).Select(s => s.Reference).FirstOrDefaultAsync(ct);

    /// <summary>The form has no column for an approximate age, so it leads the concern where the worker reads first.</summary>
    public static string AgeNote(PartnerReferralDraft draft) =>
        draft.BornStatus == "unknown" && draft.ApproximateAge is { } age
            ? $"[Date of birth not known; approximate age {age}]\n\n"
            : "";

    private static PartnerSubmission ToSubmission(PartnerReferralDraft d, string reference, DateTime now)
    {
        var address = string.Join("\n", new[] { d.AddressLine1, d.AddressLine2, d.Town }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        return new PartnerSubmission
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            SubmissionToken = d.Token,
            SubmittedAtUtc = now,
            ReferrerName = d.ReferrerName!.Trim(),
            ReferrerOrganisation = d.ReferrerOrganisation!.Trim(),
            ReferrerRole = Clean(d.ReferrerRole),
            ReferrerEmail = d.ReferrerEmail!.Trim(),
            ReferrerPhone = Clean(d.ReferrerPhone),
            SourceCode = PartnerOrganisationTypes.SourceCode(d.OrganisationType) ?? "8",
            ChildFirstName = d.ChildFirstName!.Trim(),
            ChildLastName = d.ChildLastName!.Trim(),
            // An unborn child's expected date is kept in the same column; a date after the submission means "due".
            ChildDateOfBirth = d.BornStatus switch { "born" => d.DateOfBirth, "unborn" => d.ExpectedDate, _ => null },
            ChildAddress = address.Length == 0 ? null : address,
            ChildPostcode = string.IsNullOrWhiteSpace(d.Postcode) ? null : Haven.Web.Features.People.PersonSearch.NormalisePostcode(d.Postcode),
            ParentsOrCarers = Clean(d.ParentsOrCarers),
            OtherChildren = Clean(d.OtherChildren),
            Concern = AgeNote(d) + d.Concern!.Trim(),
            ChildsViews = Clean(d.ChildsViews),
            Consent = Enum.Parse<ConsentToShare>(d.Consent!),
            ConsentBasis = d.Consent == nameof(ConsentToShare.NotRequired) ? Clean(d.ConsentBasis) : null,
            ParentsAware = Enum.Parse<YesNoNotKnown>(d.ParentsAware!),
            Urgent = d.Urgent == "yes",
            Status = PartnerSubmissionStatus.New,
        };
    }

    private static string? Clean(string? value) => Haven.Domain.Formatting.Typed.Clean(value);
}
