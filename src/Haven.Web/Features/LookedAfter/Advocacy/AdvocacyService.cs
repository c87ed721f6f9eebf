namespace Haven.Web.Features.LookedAfter.Advocacy;

/// <summary>An independent visitor or advocate offered, as entered.</summary>
public sealed record AdvocacyDetails(AdvocacyKind? Kind, DateOnly? OfferedOn, AdvocacyResponse? Response, string? Who, string? Note);

/// <summary>Records the independent visitors and advocates offered to a child in care, each with its event.</summary>
public sealed class AdvocacyService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    public async Task<AdvocacyOffer> OfferAsync(Guid personId, AdvocacyDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var period = await db.OpenCarePeriodAsync(personId, ct);
        CaseRuleException.ThrowIfAny(CareHealthRules.CheckAdvocacy(details.Kind, details.OfferedOn, details.Response, details.Who, period.StartDate, UkClock.Today(clock)));
        var offer = new AdvocacyOffer
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            CarePeriodId = period.Id,
            Kind = details.Kind!.Value,
            OfferedOn = details.OfferedOn!.Value,
            Response = details.Response!.Value,
            Who = Typed.Clean(details.Who),
            Note = Typed.Clean(details.Note),
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.AdvocacyOffers.Add(offer);
        var what = CareHealthWording.Label(offer.Kind);
        recorder.Record(personId, CaseEventTypes.AdvocacyOffered,
            $"{what} offered on {DateText.Date(offer.OfferedOn)}: {CareHealthWording.Label(offer.Response).ToLowerInvariant()}",
            [
                new FieldChange("Offered", null, what),
                new FieldChange("On", null, DateText.Date(offer.OfferedOn)),
                new FieldChange("The child", null, CareHealthWording.Label(offer.Response)),
                new FieldChange("Who", null, offer.Who),
                new FieldChange("Note", null, offer.Note),
            ]);
        await db.SaveChangesAsync(ct);
        return offer;
    }
}

/// <summary>
/// What the authority tells every child in care: its pledge to them and how to join the Children in Care Council.
/// An authority changes the words in its configuration (appsettings.json, section "Haven:InformationForChildrenInCare",
/// one entry per paragraph, or the environment variables Haven__InformationForChildrenInCare__Pledge__0 and so on);
/// the advocacy page shows them as written, so they can be printed or read to the child.
/// </summary>
public sealed class InformationForChildrenInCare
{
    public const string Section = "Haven:InformationForChildrenInCare";

    public List<string> Pledge { get; set; } = [];

    public List<string> ChildrenInCareCouncil { get; set; } = [];
}
