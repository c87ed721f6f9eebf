using Microsoft.AspNetCore.Authorization;

namespace Haven.Web.Features.ChildProtection.Section47Enquiries;

/// <summary>
/// A service manager agrees a decision not to hold a conference after harm was substantiated (Ofsted: such
/// decisions were made prematurely and never seen by a senior manager). To disagree, they ask the worker to
/// change the outcome.
/// </summary>
public sealed class AgreeSection47Model(HavenDbContext db, TimeProvider clock, Section47Service service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid EnquiryId { get; set; }
    public EnquiryPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await EnquiryPart.OpenAsync(records, PersonId, ReferralId, EnquiryId, Url.SocialCareEpisode(PersonId, ReferralId), Url.ChildProtectionSummary(PersonId, ReferralId), ct);

    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        return ChildProtectionChecks.AwaitsSeniorManager(Part.Enquiry) ? Page() : Refuse("This enquiry has no outcome waiting for a service manager.", Part.SummaryUrl);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ChildProtectionChecks.AwaitsSeniorManager(Part.Enquiry))
        {
            return Refuse("This enquiry has no outcome waiting for a service manager.", Part.SummaryUrl);
        }
        await service.AgreeSection47Async(EnquiryId, Note, ct);
        TempData["Success"] = "Decision agreed. The section 47 enquiry is complete";
        return Redirect(Part.EpisodeUrl);
    }
}
