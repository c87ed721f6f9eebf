namespace Haven.Data.Demo;

/// <summary>The everyday recording around an episode: visits, notes, oversight, sharing, chronology and flags.</summary>
internal sealed partial class DemoCasework
{
    private readonly HashSet<(Guid, FlagType)> _flagged = [];

    private void Visit(EpisodeWork e, DateOnly on, VisitPurpose purpose, bool seen, bool alone)
    {
        var failed = !seen;
        AddNote(e, on, CaseNoteType.HomeVisit, purpose, failed
            ? ("Home visit: no answer", "Visited as planned; no answer at the door and curtains drawn. Card left; mother phoned later and a new visit was agreed.")
            : (purpose switch
            {
                VisitPurpose.ChildProtection => "Child protection visit",
                VisitPurpose.ChildInNeed => "Child in need visit",
                _ => "Assessment visit",
            }, alone
                ? $"Saw {e.Child.FirstName} alone in their bedroom and talked about school and home. Home conditions adequate; food in the cupboards."
                : $"Saw {e.Child.FirstName} with mother in the living room. Played and observed; warm interaction between them."),
            seen, seen && alone, failed);
    }

    private void AddNote(EpisodeWork e, DateOnly on, CaseNoteType type, VisitPurpose? purpose, (string Subject, string Text) body, bool? seen, bool? alone, bool failed)
    {
        _notes++;
        db.CaseNotes.Add(new CaseNote
        {
            Id = NewId(),
            PersonId = e.Child.Id,
            Type = type,
            OccurredOn = on,
            Subject = body.Subject,
            Text = body.Text,
            ChildSeen = type == CaseNoteType.HomeVisit ? seen : null,
            SeenAlone = type == CaseNoteType.HomeVisit ? alone : null,
            VisitFailed = failed,
            VisitPurpose = purpose,
            IsSignificant = failed || Chance(0.05),
            RecordedByUserId = e.Staff.WorkerId,
            RecordedByName = e.Staff.WorkerName,
            // Most notes are written the same or next working day; some days later.
            RecordedAtUtc = At(Earlier(WorkingDays(on, Chance(0.8) ? Between(0, 1) : Between(2, 8)), today), 16),
        });
        e.Did(on);
        Event(e.Child.Id, on, CaseEventTypes.CaseNoteAdded, e.Staff.WorkerId, $"Case note: {body.Subject}");
    }

    /// <summary>
    /// Statutory visits at about the plan's frequency (failed attempts kept, the odd gap), phone calls and
    /// meetings, monthly management oversight and supervision with some months missed, and a few chronology
    /// entries, all between the referral and <paramref name="until"/>.
    /// </summary>
    private void RecordEverydayWork(EpisodeWork e, DateOnly until)
    {
        foreach (var (from, to, purpose, every) in e.Visiting)
        {
            var end = Earlier(to ?? until, until);
            if (to is null && until == today && Chance(purpose == VisitPurpose.ChildProtection ? 0.15 : 0.12))
            {
                // Drift: no visit for longer than the plan allows, so the visit is overdue today.
                end = WorkingDays(today, -(every + Between(1, 8)));
            }
            var last = from;
            while (true)
            {
                var next = Chance(0.9) ? WorkingDays(last, Between(Math.Max(1, every - 4), every)) : WorkingDays(last, every + Between(1, 6));
                if (next > end)
                {
                    break;
                }
                if (Chance(0.08))
                {
                    Visit(e, next, purpose, false, false);
                    next = WorkingDays(next, Between(1, 3));
                    if (next > end)
                    {
                        break;
                    }
                }
                Visit(e, next, purpose, true, AgeOn(e.Child, next) >= 4 && Chance(0.75));
                last = next;
            }
        }

        var r = e.Referral.ReferralDate;
        for (var month = OnWorkingDay(r.AddDays(Between(3, 12))); month <= until; month = OnWorkingDay(month.AddMonths(1)))
        {
            if (Chance(0.85))
            {
                var (type, subject, text) = Pick(OtherNotes);
                var on = Earlier(month.AddDays(Between(0, 20)), until);
                AddNote(e, on, type, null, (subject, text), null, null, false);
            }
            if (Chance(0.8))
            {
                Oversight(e, Earlier(month.AddDays(Between(0, 10)), until), OversightKind.ManagementOversight);
            }
            if (Chance(0.55))
            {
                Oversight(e, Earlier(month.AddDays(Between(5, 25)), until), OversightKind.Supervision);
            }
        }

        if (Chance(0.3))
        {
            var on = r.AddDays(Between(5, Math.Max(6, until.DayNumber - r.DayNumber)));
            if (on <= until)
            {
                var age = AgeOn(e.Child, on);
                var (category, summary, source) = age >= 11 && Chance(0.5)
                    ? Pick(TeenageEvents)
                    : Pick(ChildhoodEvents);
                db.ChronologyEntries.Add(new ChronologyEntry
                {
                    Id = NewId(), PersonId = e.Child.Id, OccurredOn = on, Category = category, Summary = summary, Source = source,
                    IsSignificant = category is ChronologyCategory.Missing or ChronologyCategory.Court,
                    RecordedByUserId = e.Staff.WorkerId, RecordedByName = e.Staff.WorkerName, RecordedAtUtc = At(Earlier(on.AddDays(Between(0, 5)), today), 14),
                });
                e.Did(on);
                Event(e.Child.Id, on, CaseEventTypes.ChronologyEntryAdded, e.Staff.WorkerId, $"Chronology: {summary}");
            }
        }
    }

    private void Oversight(EpisodeWork e, DateOnly on, OversightKind kind)
    {
        var (direction, rationale) = kind == OversightKind.Supervision ? Pick(SupervisionRecords) : Pick(OversightRecords);
        db.OversightRecords.Add(new OversightRecord
        {
            Id = NewId(), PersonId = e.Child.Id, Kind = kind, RecordedOn = on, Direction = direction, Rationale = rationale,
            WorkerUserId = kind == OversightKind.Supervision ? e.Staff.WorkerId : null,
            ManagerUserId = e.Staff.Team.ManagerId, ManagerName = e.Staff.ManagerName, RecordedAtUtc = At(on, 15),
        });
        e.Did(on);
        Event(e.Child.Id, on, CaseEventTypes.OversightRecorded, e.Staff.Team.ManagerId, kind == OversightKind.Supervision ? "Case supervision recorded" : "Management oversight recorded");
    }

    /// <summary>Shared with the family within a few working days, with probability <paramref name="share"/> (the rest never recorded).</summary>
    private void Share(EpisodeWork e, SharedItemKind kind, Guid itemId, DateOnly from, double share)
    {
        var on = WorkingDays(from, Between(0, 6));
        if (Chance(share) && on <= e.Limit)
        {
            ShareOn(e, kind, itemId, on, Weighted([(SharingMethod.InPerson, 0.5), (SharingMethod.Post, 0.25), (SharingMethod.Email, 0.2), (SharingMethod.SecurePortal, 0.05)]));
        }
    }

    private void ShareOn(EpisodeWork e, SharedItemKind kind, Guid itemId, DateOnly on, SharingMethod method)
    {
        db.SharingRecords.Add(new SharingRecord
        {
            Id = NewId(), PersonId = e.Child.Id, ItemKind = kind, ItemId = itemId, SharedOn = on,
            SharedWith = Pick(["Mother", "Both parents", "Mother and her partner", "Father"]), Method = method,
            RecordedByUserId = e.Staff.WorkerId, RecordedAtUtc = At(on, 16),
        });
        e.Did(on);
        Event(e.Child.Id, on, CaseEventTypes.SharedWithFamily, e.Staff.WorkerId, $"Shared with the family: {kind switch
        {
            SharedItemKind.Assessment => "assessment",
            SharedItemKind.ChildProtectionPlan => "child protection plan",
            SharedItemKind.ChildInNeedPlan => "child in need plan",
            SharedItemKind.ConferenceReport => "conference report",
            _ => "conference minutes",
        }}");
    }

    /// <summary>Flags that follow from what the assessment found, once per child.</summary>
    private void AddFlags(EpisodeWork e, DateOnly on)
    {
        foreach (var factor in e.Factors)
        {
            (FlagType Type, double P, string Note)? flag = factor switch
            {
                "3A" or "3B" => (FlagType.DomesticAbuseMarac, 0.35, "High-risk domestic abuse: discussed at MARAC"),
                "11A" => (FlagType.ChildSexualExploitation, 0.9, "At risk of child sexual exploitation: screening tool completed"),
                "10A" => (FlagType.MissingFromHome, 0.9, "Repeatedly missing from home: return interviews offered"),
                "8E" or "8F" => (FlagType.PrivateFostering, 1.0, "Privately fostered: living with a family friend"),
                "7A" => (FlagType.YoungCarer, 0.9, "Young carer for a parent"),
                "22A" => (FlagType.FemaleGenitalMutilation, 1.0, "At risk of female genital mutilation: protection order considered"),
                "24A" => (FlagType.ChildCriminalExploitation, 0.9, "At risk of child criminal exploitation: seen with older young people selling drugs"),
                "13A" => (FlagType.CountyLines, 0.5, "Linked to a county line: police intelligence shared"),
                "12A" => (FlagType.Trafficking, 1.0, "Possible trafficking: NRM referral made"),
                _ => null,
            };
            if (flag is { } f && Chance(f.P) && _flagged.Add((e.Child.Id, f.Type)))
            {
                // By turn, every other warning has a review date three months on, so some are due or overdue in the work tray.
                var review = _flagged.Count % 2 == 0 ? on.AddMonths(3) : (DateOnly?)null;
                var nrm = f.Type == FlagType.Trafficking ? (DateOnly?)(on.AddDays(7) <= today ? on.AddDays(7) : on) : null;
                db.PersonFlags.Add(new PersonFlag
                {
                    Id = NewId(), PersonId = e.Child.Id, Type = f.Type, Note = f.Note, From = on, ReviewDate = review,
                    NrmReferralMade = nrm is null ? null : true, NrmReferralDate = nrm, AddedByName = e.Staff.WorkerName,
                });
                Event(e.Child.Id, on, CaseEventTypes.FlagAdded, e.Staff.WorkerId, $"Flag added: {f.Note}");
            }
        }
    }

    /// <summary>DfE factor codes that fit the child's age and the way the episode went.</summary>
    private IEnumerable<string> Factors(Child child, Path path, string? category)
    {
        var age = AgeOn(child, today);
        switch (category)
        {
            case "NEG": yield return "16A"; break;
            case "EMO": yield return "17A"; yield return "3B"; break;
            case "PHY": yield return "18C"; break;
            case "SAB": yield return "19C"; break;
            case "MUL": yield return "16A"; yield return "17A"; break;
            default:
                if (path is Path.EnquiryNoConference or Path.ConferenceNoPlan or Path.StrategyNoEnquiry)
                {
                    yield return Pick(["16A", "17A", "18C"]);
                }
                break;
        }
        yield return Weighted([("3B", 30.0), ("4B", 22.0), ("2B", 12.0), ("1B", 8.0), ("5B", 3.0), ("6B", 3.0), ("3A", 6.0), ("3C", 2.0), ("4C", 2.0), ("2C", 2.0), ("1C", 1.0)]);
        if (Chance(0.35))
        {
            yield return Pick(["4B", "2B", "3B", "1B"]);
        }
        if (age >= 11 && Chance(0.3))
        {
            yield return Pick(["4A", "14A", "15A", "10A", "11A", "24A", "13A", "2A", "1A"]);
        }
        if (age >= 8 && Chance(0.05))
        {
            yield return "7A";
        }
        if (Chance(0.05))
        {
            yield return Pick(["5A", "6A"]);
        }
        if (age is >= 10 and < 17 && Chance(0.01))
        {
            yield return "8E";
        }
        if (child.Sex == Sex.Female && age < 16 && Chance(0.01))
        {
            yield return "22A";
        }
        if (Chance(0.03))
        {
            yield return "20";
        }
    }

    /// <summary>The child's wishes and feelings, as a child of that age might say them, or as observed for babies.</summary>
    private (string Text, ChildVoiceSource Source) WishesAndFeelings(int age) => age switch
    {
        < 2 => (Pick(BabyObservations), ChildVoiceSource.Observed),
        < 5 => Chance(0.6) ? (Pick(ToddlerObservations), ChildVoiceSource.Observed) : (Pick(ToddlerWords), ChildVoiceSource.OwnWords),
        < 11 => (Pick(ChildWords), ChildVoiceSource.OwnWords),
        _ => (Pick(TeenageWords), ChildVoiceSource.OwnWords),
    };

    // ----- Synthetic wording ---------------------------------------------------------------------------------

    private static readonly string[] BabyObservations =
    [
        "Settled and alert in mum's arms; turned towards her voice and was soothed quickly when she cried.",
        "Watchful and quiet during the visit; reached for dad and smiled when he picked her up.",
        "Cried when put down and was slow to settle; nappy heavily soiled. Calmed when the health visitor held him.",
    ];

    private static readonly string[] ToddlerObservations =
    [
        "Played with the toy cars and kept checking where mum was; ran to her when the door banged.",
        "Chatty and busy; showed me her bedroom and her favourite teddy. Flinched when voices were raised downstairs.",
    ];

    private static readonly string[] ToddlerWords =
    [
        "\"Mummy sad. I give her cuddles.\"",
        "\"I like nursery. I like the sand.\" Did not want to talk about home.",
    ];

    private static readonly string[] ChildWords =
    [
        "Said he loves his mum but hates it when she and her boyfriend shout; he hides under the covers with his headphones.",
        "Told me she wants to stay at home and wants mum to stop drinking. She likes school because it is quiet and she gets breakfast club.",
        "Drew his family: he put himself next to nan. Said nan's house is where he feels safe and he wants to sleep there more.",
        "Said she worries about her little brother when mum is poorly and she has to make his tea. Wants someone to help mum.",
    ];

    private static readonly string[] TeenageWords =
    [
        "Says she is fine and does not need a social worker; later said the arguments at home make her want to stay out.",
        "Wants to live with his dad. Says his stepdad 'goes off on one' and he is scared of what he will do if he hits his mum again.",
        "Wants her phone back and to see her friends; agreed the older lads she met online are not her friends. Would like to talk to a woman worker.",
        "Said he doesn't want to go to school because of the bullying. Would like help to move schools and to see his mum more.",
    ];

    private static readonly string[] ParentsViews =
    [
        "Mother accepts things have been hard since she split from the children's father and wants help with routines and money.",
        "Parents disagree with the concerns but have agreed to work with the plan; father feels he has not been listened to.",
        "Mother says her mental health is better on new medication and wants the children to know she is trying.",
    ];

    private static readonly string[] OthersViews =
    [
        "Father seen separately and took part; maternal grandmother seen and offers support at weekends.",
        "Father did not respond to two letters and a phone call; his views are not known. Mother's partner refused to take part.",
        "School and health visitor contributed; father in prison, views gathered by letter.",
    ];

    private static readonly string[] Analyses =
    [
        "Strengths: warm relationship with mum, good attendance, grandparents close by. Worries: domestic abuse by mum's ex-partner, who still visits; mum minimises it. Without change the children remain at risk of emotional harm.",
        "The home has been chaotic for months; the baby's weight has dropped across two centiles and appointments are missed. Mum is engaging but has not sustained change before. Neglect is likely without a plan.",
        "Concerns came from a single incident; parents acted protectively and professionals have no other worries. The child's needs are met by universal services.",
        "Parental substance misuse affects routines and supervision; dad is in treatment and tests are clear for six weeks. Progress is real but early.",
    ];

    private static readonly string[] CoreGroupProgress =
    [
        "Attendance improved to 92%; home conditions better at the last two visits. Mum missed one counselling session.",
        "Little change: the house was again without food on a visit, and the baby missed the clinic. Escalation discussed with the manager.",
        "Mum has started the Freedom Programme. The children say things are calmer. Dad's contact now supervised at the family centre.",
    ];

    private static readonly string[] CinProgress =
    [
        "Routines better; debt advice appointment kept; school reports the child is happier.",
        "Family engaging; parenting course half way through; still worries about attendance.",
        "Short break package agreed; carers report less strain. Occupational therapy assessment booked.",
    ];

    private static IReadOnlyList<(string Need, string Action, string Owner, string Measure)> CpActions(string category) => category switch
    {
        "NEG" =>
        [
            ("The baby's weight and health appointments", "Take the baby to every clinic and GP appointment", "Mother, supported by the health visitor", "Weight back on its centile; no missed appointments for 3 months"),
            ("Home conditions", "Keep the kitchen and bedrooms clean and safe; family support worker helps twice a week", "Mother and family support worker", "Home conditions good at every visit"),
            ("School attendance", "Get the children to school on time every day", "Parents; school attendance officer checks weekly", "Attendance above 95%"),
        ],
        "SAB" =>
        [
            ("Protecting the child from the alleged abuser", "No contact between the child and the alleged abuser", "Mother; police monitor bail conditions", "No contact reported by anyone"),
            ("Therapeutic support", "Refer to specialist counselling for children who have been sexually abused", "Social worker", "Sessions started within 6 weeks"),
        ],
        "PHY" =>
        [
            ("Physical care without harm", "Father completes an anger management course", "Father; probation checks attendance", "Course completed; no further injuries"),
            ("Safe supervision", "The children are not left alone with father until the course ends", "Mother", "Confirmed at every visit"),
        ],
        _ =>
        [
            ("Living free from domestic abuse", "Mother works with the IDVA and completes the Freedom Programme", "Mother, with the domestic abuse service", "No police call-outs for 3 months; safety plan in place"),
            ("The children's emotional wellbeing", "Direct work sessions with the children about what happened", "Social worker", "The children can talk about their worries and know their safety plan"),
            ("Father's behaviour", "Father referred to a perpetrator programme", "Father; probation", "Programme started"),
        ],
    };

    private static readonly (string Need, string Action, string Owner, string Measure)[] CinActions =
    [
        ("Routines at home", "Family support worker helps mum with bedtime and morning routines", "Family support worker", "Children in bed by 8pm and at school on time"),
        ("Money worries", "Referral to debt advice and help to claim the right benefits", "Social worker", "Debt plan agreed; rent arrears reducing"),
        ("The child's worries", "Weekly sessions with the school's mental health practitioner", "School", "Child says they feel less worried"),
    ];

    private static readonly (CaseNoteType Type, string Subject, string Text)[] OtherNotes =
    [
        (CaseNoteType.PhoneCall, "Call with school", "Spoke to the designated safeguarding lead: attendance this month 88%; child seemed tired on Monday and Tuesday."),
        (CaseNoteType.PhoneCall, "Call with mother", "Mother rang to rearrange the visit because of a hospital appointment; new date agreed."),
        (CaseNoteType.Meeting, "Professionals meeting", "Health visitor, school and family support worker met to share information ahead of the review."),
        (CaseNoteType.Email, "Email from health visitor", "Health visitor confirmed the baby was weighed at clinic: weight on the 25th centile."),
        (CaseNoteType.DirectWork, "Direct work: three houses", "Used the three houses tool: worries about shouting; good things were nan and football; wishes for a dog and a calm home."),
        (CaseNoteType.OfficeVisit, "Mother came to the office", "Mother brought the tenancy letter; we went through it and booked a housing appointment together."),
    ];

    private static readonly (string Direction, string Rationale)[] OversightRecords =
    [
        ("Continue with the plan; visit within the week and check the baby's clinic attendance.", "Progress is slow but mother is engaging; no new incidents."),
        ("Hold a professionals meeting before the review and ask police for call-out history.", "Information from police is missing from the analysis."),
        ("Seek legal advice if the next two visits find the home in the same state.", "Drift: the same concerns at three visits running."),
        ("Agree the assessment's outcome; share it with mother in person.", "The analysis is clear and the child's views are recorded."),
    ];

    private static readonly (string Direction, string Rationale)[] SupervisionRecords =
    [
        ("Direct work with the child before the review; update the chronology.", "Reflected on the child's lived experience: their voice is thin in recent recording."),
        ("Worker to try a joint visit with the health visitor.", "Mother is more open when the health visitor is there."),
        ("Consider the impact of the family's faith and culture on the plan.", "Equality and diversity discussed: not yet reflected in the plan."),
    ];

    private static readonly (ChronologyCategory Category, string Summary, string? Source)[] ChildhoodEvents =
    [
        (ChronologyCategory.Move, "Family moved to temporary accommodation after eviction", "Housing options"),
        (ChronologyCategory.Health, "A&E attendance: fall from a sofa; explanation consistent", "Havenshire General Hospital"),
        (ChronologyCategory.Education, "Started at a new primary school after the move", "School"),
        (ChronologyCategory.Court, "Family court: child arrangements hearing adjourned", "Family court"),
    ];

    private static readonly (ChronologyCategory Category, string Summary, string? Source)[] TeenageEvents =
    [
        (ChronologyCategory.Missing, "Missing overnight; found by police in a park with older males. Return interview offered", "Police"),
        (ChronologyCategory.Education, "Fixed-term exclusion for five days", "School"),
        (ChronologyCategory.Court, "Youth court: referral order made", "Youth offending service"),
        (ChronologyCategory.Missing, "Missing for two days; returned home on her own. Declined a return interview", "Police"),
    ];

    private static readonly string[] Surnames =
    [
        "Ashworth", "Bennett", "Chowdhury", "Doyle", "Ellison", "Farrow", "Gallagher", "Hendry", "Iqbal", "Jennings", "Kowalczyk",
        "Lomax", "Mensah", "Nolan", "Osei", "Pritchard", "Quinn", "Rowley", "Sadiq", "Thorne", "Underwood", "Varga", "Whitfield",
    ];
}
