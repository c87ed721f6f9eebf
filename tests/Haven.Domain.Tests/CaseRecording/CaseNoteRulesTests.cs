using Haven.Domain.CaseRecording;

namespace Haven.Domain.Tests.CaseRecording;

public sealed class CaseNoteRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static CaseNoteDraft Visit(bool? wentAhead = true, bool? seen = true, bool? alone = true, VisitPurpose? purpose = VisitPurpose.ChildProtection) =>
        new(CaseNoteType.HomeVisit, Today, "Statutory visit", "Saw Mia in her room; she showed me her drawings.", wentAhead, seen, alone, purpose);

    [Fact]
    public void A_complete_visit_where_the_child_was_seen_alone_is_valid_and_counts_for_the_visit_clocks()
    {
        Assert.Empty(CaseNoteRules.Validate(Visit(), Today));
        var note = CaseNoteRules.ToNote(Visit(), Guid.NewGuid(), Today, significant: false, "u1", "Sam Worker", DateTime.UtcNow);
        Assert.True(note.IsVisitWhereChildSeen);
        Assert.Equal((true, true, false), (note.ChildSeen, note.SeenAlone, note.VisitFailed));
        Assert.Equal("Child seen alone", CaseNoteRules.VisitOutcome(note));
    }

    [Fact]
    public void A_note_needs_a_type_subject_and_text_and_cannot_be_in_the_future()
    {
        var errors = CaseNoteRules.Validate(new CaseNoteDraft(null, Today.AddDays(1), " ", "", null, null, null, null), Today);
        Assert.Equal("Select what kind of note this is", errors["Type"]);
        Assert.Equal("Enter a subject", errors["Subject"]);
        Assert.Equal("Enter what happened", errors["Text"]);
        Assert.Equal("The date must be today or in the past", errors["OccurredOn"]);
    }

    [Fact]
    public void A_visit_must_say_whether_it_went_ahead_whether_the_child_was_seen_and_what_it_was_for()
    {
        var errors = CaseNoteRules.Validate(Visit(wentAhead: null, seen: null, alone: null, purpose: null), Today);
        Assert.Equal("Select whether the visit went ahead", errors["VisitWentAhead"]);
        Assert.Equal("Select what the visit was for", errors["VisitPurpose"]);

        Assert.Equal("Select whether the child was seen", CaseNoteRules.Validate(Visit(seen: null, alone: null), Today)["ChildSeen"]);
        Assert.Equal("Select whether the child was seen alone", CaseNoteRules.Validate(Visit(alone: null), Today)["SeenAlone"]);
    }

    [Fact]
    public void A_child_not_seen_cannot_have_been_seen_alone()
    {
        var error = Assert.Single(CaseNoteRules.Validate(Visit(seen: false, alone: true), Today));
        Assert.Equal(("ChildSeen", "The child cannot have been seen alone if they were not seen"), (error.Key, error.Value));
    }

    [Fact]
    public void A_failed_visit_is_kept_but_does_not_count_as_seeing_the_child()
    {
        Assert.Contains("cannot have been seen", CaseNoteRules.Validate(Visit(wentAhead: false, seen: true), Today)["ChildSeen"], StringComparison.Ordinal);
        var draft = Visit(wentAhead: false, seen: null, alone: null);
        Assert.Empty(CaseNoteRules.Validate(draft, Today));
        var note = CaseNoteRules.ToNote(draft, Guid.NewGuid(), Today, false, "u1", "Sam Worker", DateTime.UtcNow);
        Assert.True(note.VisitFailed);
        Assert.False(note.IsVisitWhereChildSeen);
        Assert.Equal("Visit failed: no answer or refused", CaseNoteRules.VisitOutcome(note));
    }

    [Fact]
    public void Visit_answers_on_a_phone_call_are_not_kept()
    {
        var draft = new CaseNoteDraft(CaseNoteType.PhoneCall, Today, "Call with mum", "Mum said Mia is sleeping better.", true, true, true, VisitPurpose.ChildInNeed);
        Assert.Empty(CaseNoteRules.Validate(draft, Today));
        var note = CaseNoteRules.ToNote(draft, Guid.NewGuid(), Today, false, "u1", "Sam Worker", DateTime.UtcNow);
        Assert.Equal((null, null, null), (note.ChildSeen, note.SeenAlone, note.VisitPurpose));
        Assert.Null(CaseNoteRules.VisitOutcome(note));
    }
}
