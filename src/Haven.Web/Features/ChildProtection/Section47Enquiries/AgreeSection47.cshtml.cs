using Haven.Data;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

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
    public Referral Referral { get; private set; } = null!;
    public Section47Enquiry Enquiry { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);
    public string SummaryUrl => Url.ChildProtectionSummary(PersonId, ReferralId);
    public string EpisodeName => EpisodeNames.Of(Referral);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Referral = await records.OpenReferralAsync(PersonId, ReferralId, SummaryUrl, ct);
        Enquiry = await records.EnquiryInProgressAsync(PersonId, ReferralId, EnquiryId, SummaryUrl, ct);
    }

    [BindProperty] public string? Note { get; set; }

    public IActionResult OnGet()
    {
        return ChildProtectionChecks.AwaitsSeniorManager(Enquiry) ? Page() : Refuse("This enquiry has no outcome waiting for a service manager.", SummaryUrl);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ChildProtectionChecks.AwaitsSeniorManager(Enquiry))
        {
            return Refuse("This enquiry has no outcome waiting for a service manager.", SummaryUrl);
        }
        await service.AgreeSection47Async(EnquiryId, Note, ct);
        TempData["Success"] = "Decision agreed. The section 47 enquiry is complete";
        return Redirect(EpisodeUrl);
    }
}
