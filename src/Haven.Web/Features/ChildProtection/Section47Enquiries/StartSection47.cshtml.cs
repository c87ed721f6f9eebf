namespace Haven.Web.Features.ChildProtection.Section47Enquiries;

/// <summary>Starts a section 47 enquiry, showing from the start when the initial conference is due.</summary>
public sealed class StartSection47Model(HavenDbContext db, TimeProvider clock, Section47Service service) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public ChildProtectionEpisodePart Part { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public Guid? StrategyDiscussionId { get; set; }
    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public bool? JointWithPolice { get; set; }
    [BindProperty] public string? WorkerUserId { get; set; }

    public StrategyDiscussion? Discussion { get; private set; }
    public IReadOnlyList<(string Id, string Name)> Workers { get; private set; } = [];

    public DateOnly InitialConferenceDue => ChildProtectionChecks.InitialConferenceDueOn(Discussion?.HeldOn, Discussion?.HeldOn ?? Today, WorkingDayCalendar.EnglandAndWales);

    public IActionResult OnGet()
    {
        StartDate = DateInput.From(Discussion?.HeldOn ?? Today);
        WorkerUserId = Part.Referral.AllocatedWorkerUserId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var start = DateInputValidation.Validate(StartDate, "the start date", required: true, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        AddErrors(ChildProtectionChecks.ValidateSection47Start(start.Date, Part.Referral.ReferralDate, Discussion?.HeldOn, Today, JointWithPolice));
        if (string.IsNullOrEmpty(WorkerUserId) || Workers.All(w => w.Id != WorkerUserId))
        {
            ModelState.AddModelError(nameof(WorkerUserId), "Select the social worker leading the enquiry");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        Domain.ChildProtection.Section47Enquiry? enquiry = null;
        return await SaveAsync(async () => enquiry = await service.StartSection47Async(PersonId, ReferralId, Discussion?.Id, start.Date!.Value, JointWithPolice!.Value, WorkerUserId, ct),
            () => $"Section 47 enquiry started. The initial child protection conference is due by {ChildProtectionText.Date(ChildProtectionChecks.InitialConferenceDueOn(Discussion?.HeldOn, enquiry!.StartDate, WorkingDayCalendar.EnglandAndWales))}",
            Part.EpisodeUrl);
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await ChildProtectionEpisodePart.OpenAsync(records, Url, PersonId, ReferralId, ct);
        var discussions = Db.StrategyDiscussions.AsNoTracking().Where(d => d.ReferralId == ReferralId && d.PersonId == PersonId);
        Discussion = StrategyDiscussionId is { } id
            ? await discussions.SingleOrDefaultAsync(d => d.Id == id, ct)
            : await discussions.Where(d => d.Decision == StrategyDecision.StartSection47).OrderByDescending(d => d.HeldOn).FirstOrDefaultAsync(ct);
        if (StrategyDiscussionId is not null && Discussion is null)
        {
            throw RecordStopException.NotFound();
        }
        RecordStopException.ThrowIf(await Db.Section47Enquiries.AnyAsync(e => e.ReferralId == ReferralId && e.CompletedOn == null, ct),
            "This episode already has a section 47 enquiry in progress.", Part.SummaryUrl);
        var role = await Db.Roles.Where(r => r.Name == Roles.SocialWorker).Select(r => r.Id).SingleAsync(ct);
        Workers = (await Db.Users.AsNoTracking().Where(u => Db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName)).ToList();
    }
}
