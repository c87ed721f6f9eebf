using Haven.Web.Features.People;

namespace Haven.Web.Features.FrontDoor;

/// <summary>
/// The front door's side of the public referral form: the queue of new submissions, likely matching records,
/// and turning a submission into a contact on a child's record.
/// </summary>
public sealed class PartnerQueueService(
    HavenDbContext db, PersonSearch search, PeopleService people, FrontDoorService frontDoor, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    /// <summary>New submissions: those the referrer marked urgent first, then the longest waiting.</summary>
    public async Task<IReadOnlyList<PartnerSubmission>> NewAsync(CancellationToken ct) =>
        (await db.PartnerSubmissions.AsNoTracking().Where(s => s.Status == PartnerSubmissionStatus.New).ToListAsync(ct))
            .OrderByDescending(s => s.Urgent).ThenBy(s => s.SubmittedAtUtc).ToList();

    public Task<PartnerSubmission?> FindAsync(Guid id, CancellationToken ct) =>
        db.PartnerSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>An expected date of birth is kept in the same column as a date of birth: after the submission, the baby is due.</summary>
    public static bool IsUnborn(PartnerSubmission s) => s.ChildDateOfBirth is { } d && d > UkClock.DateOf(s.SubmittedAtUtc);

    /// <summary>
    /// Children whose names sound like the submitted name, those with the same date of birth ranked first; with a
    /// date of birth, also children born that day with a similar last name (a nickname or a misspelt first name).
    /// </summary>
    public async Task<IReadOnlyList<PersonSearchResult>> LikelyMatchesAsync(PartnerSubmission s, CancellationToken ct)
    {
        var byName = await search.SearchAsync(new PersonSearchQuery($"{s.ChildFirstName} {s.ChildLastName}", null, PersonKind.Child), ct);
        var matches = byName.ToList();
        if (s.ChildDateOfBirth is { } dob)
        {
            matches.AddRange((await search.SearchAsync(new PersonSearchQuery(null, dob, PersonKind.Child), ct))
                .Where(r => r.Name is not null && NameMatching.Similarity(r.Name.Split(' ')[^1], s.ChildLastName) > 0.8));
        }
        var dateOfBirth = s.ChildDateOfBirth;
        return matches.DistinctBy(r => r.Id)
            .OrderByDescending(r => dateOfBirth is not null && (r.DateOfBirth == dateOfBirth || r.ExpectedDateOfBirth == dateOfBirth))
            .ThenByDescending(r => r.Score)
            .Take(10).ToList();
    }

    /// <summary>Records the contact on an existing child's record. Returns null if the submission was already dealt with.</summary>
    public Task<Contact?> MatchAsync(Guid submissionId, Guid personId, CancellationToken ct) =>
        ProcessAsync(submissionId, _ => Task.FromResult(personId), ct);

    /// <summary>Creates a record for the child from the submitted details, then records the contact on it.</summary>
    public Task<Contact?> CreateChildAsync(Guid submissionId, CancellationToken ct) =>
        ProcessAsync(submissionId, async s =>
        {
            var unborn = IsUnborn(s);
            var details = new PersonDetails
            {
                Kind = PersonKind.Child,
                FirstName = s.ChildFirstName,
                LastName = s.ChildLastName,
                DateOfBirth = unborn ? null : s.ChildDateOfBirth,
                ExpectedDateOfBirth = unborn ? s.ChildDateOfBirth : null,
                Sex = Sex.NotKnown,
            };
            var person = await people.RegisterAsync(details, AddressOf(s), ct);
            return person.Id;
        }, ct);

    /// <summary>
    /// One transaction: claim the submission, find or make the child, record the contact, then link them. If
    /// recording the contact fails the claim is rolled back, so the submission is still waiting in the queue;
    /// and a second worker acting on the same submission finds it claimed and records nothing.
    /// </summary>
    private async Task<Contact?> ProcessAsync(Guid submissionId, Func<PartnerSubmission, Task<Guid>> child, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var userId = user.UserId;
            var claimed = await db.PartnerSubmissions
                .Where(s => s.Id == submissionId && s.Status == PartnerSubmissionStatus.New)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.Status, PartnerSubmissionStatus.ContactRecorded)
                    .SetProperty(s => s.ProcessedByUserId, userId)
                    .SetProperty(s => s.ProcessedAtUtc, now), ct);
            if (claimed == 0)
            {
                return (Contact?)null;
            }
            var submission = await db.PartnerSubmissions.AsNoTracking().SingleAsync(s => s.Id == submissionId, ct);
            var personId = await child(submission);
            var contact = (await frontDoor.RecordAsync([personId], new ContactDetails(
                submission.SubmittedAtUtc, ContactRoute.PartnerForm, ContactKind.Referral, submission.SourceCode,
                submission.ReferrerName, submission.ReferrerOrganisation, submission.ReferrerRole, submission.ReferrerEmail, submission.ReferrerPhone, null,
                submission.Concern, submission.ChildsViews, submission.Consent, submission.ConsentBasis, submission.ParentsAware, submission.Urgent), ct))[0];
            await db.PartnerSubmissions.Where(s => s.Id == submissionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.MatchedPersonId, personId).SetProperty(s => s.ContactId, contact.Id), ct);
            recorder.Record(personId, CaseEventTypes.PartnerReferralMatched,
                $"Online referral {submission.Reference} from {submission.ReferrerOrganisation} recorded as contact {contact.Reference}",
                [
                    new FieldChange("Online referral", null, submission.Reference),
                    new FieldChange("Name given", null, $"{submission.ChildFirstName} {submission.ChildLastName}"),
                    new FieldChange("Date of birth given", null, DateText.Date(submission.ChildDateOfBirth)),
                ]);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return contact;
        });
    }

    /// <summary>The form asks for address lines and a town; a record's address needs at least a first line and a postcode.</summary>
    private static Address? AddressOf(PartnerSubmission s)
    {
        var lines = (s.ChildAddress ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || s.ChildPostcode is null)
        {
            return null;
        }
        return new Address
        {
            Line1 = lines[0],
            Line2 = lines.Length > 2 ? string.Join(", ", lines[1..^1]) : null,
            Town = lines.Length > 1 ? lines[^1] : "",
            Postcode = s.ChildPostcode,
            StartDate = UkClock.DateOf(s.SubmittedAtUtc),
        };
    }
}
