using Haven.Web.Features.ChildProtection;

namespace Haven.Web.Features.Home;

/// <summary>Business support's home: conferences to book and re-book, invitations and minutes to send, letters waiting, referrals to file.</summary>
public sealed class BusinessSupportHomeView
{

    public required HomeList ToBook { get; init; }
    public required HomeList ToRebook { get; init; }
    public required HomeList Invitations { get; init; }
    public required HomeList Minutes { get; init; }
    public required HomeList Letters { get; init; }
    public required HomeList Referrals { get; init; }

    public IReadOnlyList<HomeList> Lists => [ToBook, ToRebook, Invitations, Minutes, Letters, Referrals];
}

/// <summary>A conference that needs booking, or one booked, held or missed: whose, which episode, and its dates.</summary>
public sealed record ConferenceWork(Guid PersonId, Guid ReferralId, Guid? ConferenceId, ConferenceType Type, DateOnly? Date, DateOnly? DueOn);

/// <summary>A conference row as shown, once the child is known to be one the viewer may open.</summary>
public sealed record ConferenceRow(HomeChild Child, ConferenceWork Work, string Link);

/// <summary>Feedback owed to the person who made a referral, by letter or email, not yet sent (or failed).</summary>
public sealed record LetterRow(HomeChild Child, string Reference, string Method, DateTime DueAtUtc, string Status, string Link);

/// <summary>A referral sent in on the public form, waiting to be matched to a child and filed as a contact.</summary>
public sealed record SubmissionRow(string Reference, string Child, string From, DateTime SentAtUtc, bool Urgent, string Link);

/// <summary>
/// What business support does for the record, read from it as it stands: the conference bookings the clocks call
/// for, the conferences whose date passed without being held, what is coming up, minutes not sent, feedback letters
/// owed to referrers, and online referrals not yet filed. Haven does not record invitations as such: the
/// conferences coming up are the invitations to send.
/// </summary>
public sealed class BusinessSupportHome(HavenDbContext db, HomeChildren children, TimeProvider clock)
 : IRoleHome
{
    public string Partial => "_BusinessSupportHome";

    public string Title => "Business support";

    /// <summary>What <see cref="LoadAsync"/> found; the partial shows it.</summary>
    public BusinessSupportHomeView View { get; private set; } = null!;

    public IReadOnlyList<HomeList> Lists => View.Lists;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>How far ahead invitations are worth sending: conferences in the next 15 working days.</summary>
    public const int InvitationWorkingDays = 15;

    public async Task LoadAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var openEpisodes = db.Referrals.Where(r => r.ClosedOn == null).Select(r => r.Id);
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Where(c => openEpisodes.Contains(c.ReferralId))
            .Select(c => new { c.Id, c.PersonId, c.ReferralId, c.Type, c.Section47Id, c.ChildProtectionPlanId, c.ScheduledFor, c.HeldOn, c.MinutesSentOn })
            .ToListAsync(ct);

        // Initial conferences the enquiry asked for that nobody has booked, and open plans with no review booked.
        var enquiries = await db.Section47Enquiries.AsNoTracking()
            .Where(e => openEpisodes.Contains(e.ReferralId) && e.Outcome == Section47Outcome.ConferenceRequired
                && !db.ChildProtectionConferences.Any(c => c.Section47Id == e.Id))
            .Select(e => new { e.PersonId, e.ReferralId, e.StartDate, e.StrategyDiscussionId, e.CompletedOn })
            .ToListAsync(ct);
        var discussed = await db.StrategyDiscussions.AsNoTracking()
            .Where(d => enquiries.Select(e => e.StrategyDiscussionId).Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.HeldOn, ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.EndDate == null && openEpisodes.Contains(p.ReferralId))
            .Select(p => new { p.Id, p.PersonId, p.ReferralId, p.StartDate }).ToListAsync(ct);
        DateOnly? DiscussedOn(Guid? id) => id is { } sd && discussed.TryGetValue(sd, out var held) ? held : null;
        var toBook = enquiries.Select(e => new ConferenceWork(e.PersonId, e.ReferralId, null, ConferenceType.Initial, null,
                ChildProtectionChecks.InitialConferenceDueOn(DiscussedOn(e.StrategyDiscussionId), e.StartDate, Calendar)))
            .Concat(plans.Where(p => !conferences.Any(c => c.ChildProtectionPlanId == p.Id && c.Type == ConferenceType.Review && c.HeldOn == null))
                .Select(p => new ConferenceWork(p.PersonId, p.ReferralId, null, ConferenceType.Review, null,
                    ChildProtectionRules.NextReviewDueOn(p.StartDate,
                        conferences.Where(c => c.ChildProtectionPlanId == p.Id && c.Type == ConferenceType.Review && c.HeldOn != null).Select(c => c.HeldOn!.Value), Calendar))))
            .ToList();
        var rebook = conferences.Where(c => c.HeldOn == null && c.ScheduledFor < today)
            .Select(c => new ConferenceWork(c.PersonId, c.ReferralId, c.Id, c.Type, c.ScheduledFor, null)).ToList();
        var invitationsUntil = Calendar.AddWorkingDays(today, InvitationWorkingDays);
        var comingUp = conferences.Where(c => c.HeldOn == null && c.ScheduledFor >= today && c.ScheduledFor <= invitationsUntil)
            .Select(c => new ConferenceWork(c.PersonId, c.ReferralId, c.Id, c.Type, c.ScheduledFor, null)).ToList();
        var minutes = conferences.Where(c => c.HeldOn != null && c.MinutesSentOn == null)
            .Select(c => new ConferenceWork(c.PersonId, c.ReferralId, c.Id, c.Type, c.HeldOn, null)).ToList();

        var all = toBook.Concat(rebook).Concat(comingUp).Concat(minutes).Select(r => r.PersonId).ToList();
        var letters = await db.ReferrerFeedback.AsNoTracking()
            .Where(f => (f.Status == FeedbackStatus.NotSent || f.Status == FeedbackStatus.Failed) && f.Method != FeedbackMethod.NotPossible)
            .Join(db.Contacts, f => f.ContactId, c => c.Id, (f, c) => new { c.PersonId, ContactId = c.Id, c.Reference, f.Method, f.DueAtUtc, f.Status })
            .ToListAsync(ct);
        var named = await children.OpenAmongAsync(all.Concat(letters.Select(l => l.PersonId)), ct);

        HomeList Conferences(string id, string title, string empty, IReadOnlyList<ConferenceWork> rows, Func<ConferenceWork, string> link,
            string dateHeading, string defaultSort, string? hint)
        {
            var shown = rows.Where(r => named.ContainsKey(r.PersonId)).Select(r => new ConferenceRow(named[r.PersonId], r, link(r))).ToList();
            List<HomeColumn<ConferenceRow>> columns =
            [
                new("child", "Child", r => r.Child.Text, r => r.Child.Name, r => r.Link),
                new("conference", "Conference", r => ChildProtectionText.ConferenceName(r.Work.Type), r => r.Work.Type.ToString()),
                defaultSort == "due"
                    ? new("due", dateHeading, r => DateText.Date(r.Work.DueOn), r => r.Work.DueOn)
                    : new("date", dateHeading, r => DateText.Date(r.Work.Date), r => r.Work.Date),
            ];
            return HomeList.Of(id, title, empty, shown, columns, defaultSort, hint: hint, notShown: rows.Count - shown.Count);
        }
        string Episode(Guid person, Guid referral) => $"/people/{person}/social-care/{referral}";

        var letterRows = letters.Where(l => named.ContainsKey(l.PersonId))
            .Select(l => new LetterRow(named[l.PersonId], l.Reference, l.Method == FeedbackMethod.Letter ? "Letter" : "Email", l.DueAtUtc,
                l.Status == FeedbackStatus.Failed ? "Failed" : DateOnly.FromDateTime(UkClock.ToLocal(l.DueAtUtc)) < today ? "Overdue" : "Not sent",
                $"/people/{l.PersonId}/contacts/{l.ContactId}")).ToList();
        var submissions = await db.PartnerSubmissions.AsNoTracking().Where(s => s.Status == PartnerSubmissionStatus.New)
            .Select(s => new SubmissionRow(s.Reference, s.ChildFirstName + " " + s.ChildLastName, s.ReferrerName + ", " + s.ReferrerOrganisation, s.SubmittedAtUtc, s.Urgent, "/front-door/partner-referrals/" + s.Id))
            .ToListAsync(ct);

        View = new BusinessSupportHomeView
        {
            ToBook = Conferences("to-book", "Conferences to book", "No conference is waiting to be booked.", toBook,
                r => $"/people/{r.PersonId}/social-care/{r.ReferralId}/conferences/new?type={r.Type}", "Due by", "due",
                "Initial conferences a section 47 enquiry asked for, and reviews for plans with none booked, soonest due first."),
            ToRebook = Conferences("to-rebook", "Conferences to re-book", "No booked conference has passed without being held.", rebook,
                r => $"/people/{r.PersonId}/social-care/{r.ReferralId}/conferences/{r.ConferenceId}/rearrange", "Was booked for", "date",
                "Booked for a date that has passed, and not recorded as held: re-arrange them, or ask the chair to record them."),
            Invitations = Conferences("invitations", "Invitations to send", $"No conference in the next {InvitationWorkingDays} working days.", comingUp,
                r => Episode(r.PersonId, r.ReferralId) + "/child-protection", "Booked for", "date",
                $"Conferences in the next {InvitationWorkingDays} working days: send the invitations and ask agencies for their reports."),
            Minutes = Conferences("minutes", "Minutes to send", "All minutes are sent.", minutes,
                r => Episode(r.PersonId, r.ReferralId) + "/child-protection", "Held on", "date",
                "Conferences held whose minutes are not recorded as sent to the family and agencies."),
            Letters = HomeList.Of("letters", "Letters waiting", "No feedback is waiting to be sent to a referrer.", letterRows,
            [
                new HomeColumn<LetterRow>("child", "Child", r => r.Child.Text, r => r.Child.Name, r => r.Link),
                new HomeColumn<LetterRow>("contact", "Contact", r => r.Reference, r => r.Reference),
                new HomeColumn<LetterRow>("method", "By", r => r.Method, r => r.Method),
                new HomeColumn<LetterRow>("due", "Due", r => DateText.DateAndTime(r.DueAtUtc), r => r.DueAtUtc),
                new HomeColumn<LetterRow>("status", "Status", r => r.Status, r => r.Status),
            ], "due", hint: "Feedback to the person who made the referral about what was decided.", notShown: letters.Count - letterRows.Count),
            Referrals = HomeList.Of("referrals", "Online referrals to file", "No online referral is waiting.", submissions,
            [
                new HomeColumn<SubmissionRow>("reference", "Reference", r => r.Reference, r => r.Reference, r => r.Link),
                new HomeColumn<SubmissionRow>("child", "Child named", r => r.Child, r => r.Child),
                new HomeColumn<SubmissionRow>("from", "From", r => r.From, r => r.From),
                new HomeColumn<SubmissionRow>("sent", "Sent", r => DateText.DateAndTime(r.SentAtUtc), r => r.SentAtUtc),
                new HomeColumn<SubmissionRow>("urgent", "Urgent", r => r.Urgent ? "Urgent" : "", r => r.Urgent ? 0 : 1),
            ], "sent", hint: "Referrals partners sent on the public form: match each to a child and record it as a contact."),
        };
    }
}
