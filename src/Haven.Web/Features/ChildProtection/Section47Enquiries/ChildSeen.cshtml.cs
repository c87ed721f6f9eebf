namespace Haven.Web.Features.ChildProtection.Section47Enquiries;

/// <summary>Records when the child was seen in the enquiry, and whether alone.</summary>
public sealed class ChildSeenModel(HavenDbContext db, TimeProvider clock, Section47Service service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid EnquiryId { get; set; }
    public EnquiryPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await EnquiryPart.OpenAsync(records, PersonId, ReferralId, EnquiryId, Url.SocialCareEpisode(PersonId, ReferralId), Url.ChildProtectionSummary(PersonId, ReferralId), ct);

    [BindProperty] public DateInput SeenOn { get; set; } = new();
    [BindProperty] public bool? SeenAlone { get; set; }

    public IActionResult OnGet()
    {
        SeenOn = DateInput.From(Part.Enquiry.ChildSeenOn ?? Today);
        SeenAlone = Part.Enquiry.SeenAlone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var seen = DateInputValidation.Validate(SeenOn, "the date the child was seen", required: true, today: Today);
        seen.AddTo(ModelState, nameof(SeenOn));
        AddErrors(ChildProtectionChecks.ValidateChildSeen(seen.Date, SeenAlone, Part.Enquiry.StartDate, Today));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.RecordChildSeenAsync(EnquiryId, seen.Date!.Value, SeenAlone!.Value, ct);
        TempData["Success"] = "Recorded when the child was seen";
        return Redirect(Part.EpisodeUrl);
    }
}
