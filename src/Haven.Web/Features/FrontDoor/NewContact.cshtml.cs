using System.Globalization;
using System.Text.RegularExpressions;

namespace Haven.Web.Features.FrontDoor;

/// <summary>Record a contact about a child, and about their brothers and sisters if the concern is about them too.</summary>
public sealed partial class NewContactModel(HavenDbContext db, TimeProvider clock, FrontDoorService frontDoor, VisiblePeople visible) : PersonPageModel(db, clock)
{
    [BindProperty] public DateInput ReceivedDate { get; set; } = new();
    [BindProperty] public string? ReceivedTime { get; set; }
    [BindProperty] public ContactRoute? Route { get; set; }
    [BindProperty] public ContactKind? Kind { get; set; }
    [BindProperty] public string? SourceCode { get; set; }
    [BindProperty] public string? ReferrerName { get; set; }
    [BindProperty] public string? ReferrerOrganisation { get; set; }
    [BindProperty] public string? ReferrerRole { get; set; }
    [BindProperty] public string? ReferrerEmail { get; set; }
    [BindProperty] public string? ReferrerPhone { get; set; }
    [BindProperty] public string? ReferrerAddress { get; set; }
    [BindProperty] public string? Concern { get; set; }
    [BindProperty] public string? ChildsViews { get; set; }
    [BindProperty] public ConsentToShare? Consent { get; set; }
    [BindProperty] public string? ConsentBasis { get; set; }
    [BindProperty] public YesNoNotKnown? ParentsAware { get; set; }
    [BindProperty] public List<Guid> AlsoAbout { get; set; } = [];

    /// <summary>A police notification of domestic abuse: the DASH risk level the police gave. Ignored for any other route, as a hidden conditional answer is.</summary>
    [BindProperty] public Haven.Domain.Safeguarding.DashRiskLevel? DashRiskLevel { get; set; }

    /// <summary>Brothers and sisters (and other children in the network) the contact might also be about.</summary>
    public IReadOnlyList<(Guid Id, string Name, DateOnly? DateOfBirth)> OtherChildren { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var now = UkClock.ToLocal(Clock.GetUtcNow().UtcDateTime);
        ReceivedDate = DateInput.From(DateOnly.FromDateTime(now));
        ReceivedTime = now.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var received = DateInputValidation.Validate(ReceivedDate, "the date the contact was received", required: true, notAfter: Today, today: Today);
        received.AddTo(ModelState, nameof(ReceivedDate));
        DateTime? receivedAtUtc = null;
        if (!TryParseTime(ReceivedTime, out var time))
        {
            ModelState.AddModelError(nameof(ReceivedTime), "Enter the time the contact was received, like 14:30 or 2:30pm");
        }
        else if (received.Date is { } date)
        {
            receivedAtUtc = UkClock.ToUtc(date.ToDateTime(time));
            if (receivedAtUtc > Clock.GetUtcNow().UtcDateTime.AddMinutes(5))
            {
                ModelState.AddModelError(nameof(ReceivedTime), "The time the contact was received must be now or in the past");
            }
        }
        if (Route is null)
        {
            ModelState.AddModelError(nameof(Route), "Select how the contact was received");
        }
        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select whether this is a contact, a consultation or a referral");
        }
        if (!FrontDoorCodes.IsReferralSource(SourceCode))
        {
            ModelState.AddModelError(nameof(SourceCode), "Select who the contact came from");
        }
        if (FrontDoorCodes.ReferrerCanBeTold(SourceCode) && SourceCode is not null && string.IsNullOrWhiteSpace(ReferrerName) && string.IsNullOrWhiteSpace(ReferrerOrganisation))
        {
            ModelState.AddModelError(nameof(ReferrerName), "Enter the referrer's name or organisation, or choose 'Anonymous' as the source");
        }
        if (!string.IsNullOrWhiteSpace(ReferrerEmail) && !EmailAddress.IsValid(ReferrerEmail))
        {
            ModelState.AddModelError(nameof(ReferrerEmail), "Enter an email address in the correct format, like name@example.com");
        }
        if (string.IsNullOrWhiteSpace(Concern))
        {
            ModelState.AddModelError(nameof(Concern), "Enter the concern, in the referrer's words");
        }
        if (Consent is null)
        {
            ModelState.AddModelError(nameof(Consent), "Select whether there is consent to share information");
        }
        else if (Consent == ConsentToShare.NotRequired && string.IsNullOrWhiteSpace(ConsentBasis))
        {
            ModelState.AddModelError(nameof(ConsentBasis), "Enter the reason for sharing without consent");
        }
        if (ParentsAware is null)
        {
            ModelState.AddModelError(nameof(ParentsAware), "Select whether the parents know about this contact");
        }
        var dash = Route == ContactRoute.PoliceNotification ? DashRiskLevel : null;
        if (dash is not null && SourceCode != FrontDoorCodes.PoliceSource)
        {
            ModelState.AddModelError(nameof(SourceCode), "Choose Police as the source of a police notification of domestic abuse, or leave the DASH risk level blank");
        }
        if (AlsoAbout.Any(id => OtherChildren.All(c => c.Id != id)))
        {
            ModelState.AddModelError(nameof(AlsoAbout), "Select children from the list");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var details = new ContactDetails(receivedAtUtc!.Value, Route!.Value, Kind!.Value, SourceCode!, ReferrerName, ReferrerOrganisation, ReferrerRole,
            ReferrerEmail, ReferrerPhone, ReferrerAddress, Concern!, ChildsViews, Consent!.Value, ConsentBasis, ParentsAware!.Value, DashRiskLevel: dash);
        var contacts = await frontDoor.RecordAsync([PersonId, .. AlsoAbout], details, ct);
        TempData["Success"] = contacts.Count == 1
            ? $"Contact {contacts[0].Reference} recorded. Check the history before the decision."
            : $"{contacts.Count} contacts recorded ({string.Join(", ", contacts.Select(c => c.Reference))}), one for each child.";
        return RedirectToPage("/FrontDoor/ContactRecord", new { personId = PersonId, contactId = contacts[0].Id });
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var related = await Db.Relationships.AsNoTracking()
            .Where(r => r.PersonId == PersonId || r.RelatedPersonId == PersonId)
            .Select(r => r.PersonId == PersonId ? r.RelatedPersonId : r.PersonId).ToListAsync(ct);
        var open = visible.OpenIds;
        OtherChildren = (await Db.People.AsNoTracking()
                .Where(p => related.Contains(p.Id) && p.Kind == PersonKind.Child && !p.IsRestricted && p.MergedIntoId == null && open.Any(id => id == p.Id))
                .Select(p => new { p.Id, p.FirstName, p.LastName, p.DateOfBirth }).ToListAsync(ct))
            .OrderBy(p => p.DateOfBirth).Select(p => (p.Id, $"{p.FirstName} {p.LastName}", p.DateOfBirth)).ToList();
    }

    /// <summary>Times as people type them: 14:30, 1430, 2:30pm, 2pm, 9.15.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        time = default;
        var m = TimePattern().Match((text ?? "").Trim().ToLowerInvariant());
        if (!m.Success)
        {
            return false;
        }
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = m.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = (hour % 12) + (suffix == "pm" ? 12 : 0);
        }
        if (hour > 23 || minute > 59)
        {
            return false;
        }
        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.]?(?<m>\d{2}))?\s*(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
