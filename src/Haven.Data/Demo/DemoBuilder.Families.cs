namespace Haven.Data.Demo;

/// <summary>Households: who lives with whom, how they are related, where they live and who works with them.</summary>
internal sealed partial class DemoBuilder
{
    /// <summary>About 1 in 80 households is expecting a baby the authority already knows about.</summary>
    private const double UnbornRate = 0.0125;

    private enum HouseholdType
    {
        TwoParents,
        SingleMother,
        HalfSiblings,
        Blended,
        Grandparents,
        SingleFather,
        CareLeaver,
    }

    private static readonly (HouseholdType Value, double Weight)[] HouseholdTypes =
    [
        (HouseholdType.TwoParents, 0.36),
        (HouseholdType.SingleMother, 0.24),
        (HouseholdType.HalfSiblings, 0.12),
        (HouseholdType.Blended, 0.12),
        (HouseholdType.Grandparents, 0.07),
        (HouseholdType.SingleFather, 0.04),
        (HouseholdType.CareLeaver, 0.05),
    ];

    private static readonly (int Value, double Weight)[] ChildCounts = [(1, 0.42), (2, 0.30), (3, 0.17), (4, 0.11)];

    /// <summary>Age in years of the youngest child: babies are over-represented in children's social care.</summary>
    private static readonly (int Value, double Weight)[] YoungestAge =
    [
        (0, 10), (1, 7), (2, 6), (3, 6), (4, 6), (5, 6), (6, 6), (7, 6), (8, 5), (9, 5), (10, 5), (11, 5), (12, 5),
        (13, 5), (14, 5), (15, 5), (16, 4), (17, 3),
    ];

    /// <summary>Days between siblings' births.</summary>
    private static readonly ((int Min, int Max) Value, double Weight)[] SiblingGaps =
    [
        ((330, 540), 0.15), ((540, 900), 0.40), ((900, 1460), 0.30), ((1460, 2900), 0.15),
    ];

    private static readonly ((int Min, int Max) Value, double Weight)[] MotherAgeAtFirstBirth =
    [
        ((16, 19), 0.15), ((20, 24), 0.35), ((25, 29), 0.27), ((30, 34), 0.15), ((35, 40), 0.08),
    ];

    /// <summary>Days by which the father is older than the mother (negative: younger).</summary>
    private static readonly ((int Min, int Max) Value, double Weight)[] FatherAgeGap =
    [
        ((-1095, -1), 0.12), ((0, 1095), 0.45), ((1096, 2555), 0.28), ((2556, 5110), 0.15),
    ];

    private static readonly (string Value, double Weight)[] ChildServices =
    [
        (FrontDoor, 0.08), (Assessment, 0.27), (ChildProtection, 0.33), (ChildrenInCare, 0.32),
    ];

    private static readonly (string Value, double Weight)[] ChildDisabilities =
    [
        ("AUT", 30), ("LD", 20), ("COMM", 15), ("BEH", 12), ("MOB", 6), ("HEAR", 4), ("VIS", 3), ("PC", 3), ("INC", 2),
        ("HAND", 2), ("CON", 2), ("DDA", 6),
    ];

    private static readonly (string Value, double Weight)[] InfantDisabilities =
    [
        ("MOB", 5), ("HEAR", 3), ("VIS", 3), ("CON", 2), ("PC", 2), ("DDA", 4),
    ];

    private static readonly string[] DisabilityOrder = CodeSets.Disabilities.Select(d => d.Code).ToArray();

    private static readonly string[] RiskNotes =
    [
        "Verbally aggressive to staff on the last visit. Visit in pairs.",
        "History of violence towards professionals. Joint visit with police advised.",
        "Large dog at the property. Ask for it to be shut away before going in.",
        "Threatened a worker on the phone. Do not visit alone.",
        "Known to carry a knife (police information). Do not visit alone; meet at the office.",
    ];

    private sealed record AddressSpec(string Line1, string? Line2, string Town, string Postcode);

    private sealed record Stay(AddressSpec Spec, DateOnly Start, DateOnly? End);

    /// <summary>Where a household has lived, oldest first; the last stay is the current address.</summary>
    private sealed record AddressHistory(List<Stay> Stays)
    {
        public Stay Current => Stays[^1];
    }

    /// <summary>A surname in its base form, with the naming tradition that decides its form for each sex.</summary>
    private readonly record struct FamilyName(string Base, NamePool Pool)
    {
        public string For(Sex sex) => SurnameFor(Pool, Base, sex);
    }

    /// <summary>A child's date of birth, or the expected date for an unborn child.</summary>
    private readonly record struct ChildDate(DateOnly? Dob, DateOnly? Due)
    {
        public DateOnly Ref => Dob ?? Due!.Value;
    }

    private sealed record MotherInfo(Person Person, FamilyName? Family, FamilyName Maiden);

    private sealed record ChildEntry(Person Person, object MotherKey, object FatherKey, DateOnly Created, bool CareLeaver);

    private sealed class Household
    {
        public required int Town { get; init; }
        public required AddressHistory Home { get; init; }
        public required DateOnly Contact { get; init; }
        public bool Restricted { get; init; }
        public bool DoNotDisclose { get; init; }
        public List<(Person Person, DateOnly Created)> People { get; } = [];
        public List<ChildEntry> Children { get; } = [];
        public List<Relationship> Relationships { get; } = [];
    }

    private async Task CreateFamiliesAsync(CancellationToken ct)
    {
        var total = _options.Children;
        var reportEvery = Math.Max(1, total / 20);
        var done = 0;
        var reported = 0;
        var inBatch = 0;
        while (done < total)
        {
            ct.ThrowIfCancellationRequested();
            done += GenerateHousehold(total - done);
            _householdCount++;
            if (++inBatch == HouseholdsPerBatch || done >= total)
            {
                await FlushAsync(ct);
                inBatch = 0;
                if (done - reported >= reportEvery || done >= total)
                {
                    reported = done;
                    _progress?.Report(Invariant($"Generated {done:N0} of {total:N0} children"));
                }
            }
        }
    }

    private int GenerateHousehold(int remaining)
    {
        var type = Weighted(HouseholdTypes);
        if (type == HouseholdType.CareLeaver)
        {
            return CareLeaverHousehold();
        }
        var wanted = Math.Min(remaining, Weighted(ChildCounts));
        return type switch
        {
            HouseholdType.TwoParents => TwoParentHousehold(wanted),
            HouseholdType.SingleMother => SingleMotherHousehold(wanted, halfSiblings: false),
            HouseholdType.HalfSiblings => SingleMotherHousehold(wanted, halfSiblings: true),
            HouseholdType.Blended when wanted >= 2 => BlendedHousehold(wanted),
            HouseholdType.Blended => TwoParentHousehold(wanted),
            HouseholdType.Grandparents => GrandparentHousehold(wanted),
            _ => SingleFatherHousehold(wanted),
        };
    }

    // ----- Household shapes ---------------------------------------------------------------------------------

    private int TwoParentHousehold(int wanted)
    {
        var dates = SiblingDates(wanted, allowUnborn: true);
        var h = NewHousehold(dates[0].Dob);
        var motherArch = PickArchetype();
        var fatherArch = Chance(0.12) ? PickArchetype() : motherArch;
        var motherDob = MotherDob(dates[0].Ref, dates[^1].Ref);
        var fatherDob = FatherDob(motherDob);
        var fatherName = NewFamilyName(fatherArch);
        var married = Chance(0.5);
        var together = Earlier(Later(dates[0].Ref.AddDays(-Between(300, 2800)), Later(motherDob, fatherDob).AddYears(16)), _today.AddDays(-30));

        var mother = NewMother(h, motherArch, motherDob, married ? fatherName : null, together, h.Home, livesHere: true, riskRate: 0.01);
        var father = NewAdult(h, fatherArch, Sex.Male, fatherDob, fatherName.For(Sex.Male), h.Home, livesHere: true, riskRate: 0.02);
        Relate(h, mother.Person, father, RelationshipType.Partner, together, false, true);
        foreach (var date in dates)
        {
            var surname = mother.Family is null || Chance(0.85) ? fatherName : mother.Family.Value;
            var child = NewChild(h, date, motherArch, fatherArch, surname, mother.Person, mother.Person, father);
            ParentOf(h, mother.Person, child, true, true);
            ParentOf(h, father, child, married || Chance(0.9), true);
        }
        MaybeGrandmother(h, motherArch, motherDob, mother.Maiden);
        return Finish(h);
    }

    private int SingleMotherHousehold(int wanted, bool halfSiblings)
    {
        var dates = SiblingDates(wanted, allowUnborn: true);
        var h = NewHousehold(dates[0].Dob);
        var motherArch = PickArchetype();
        var motherDob = MotherDob(dates[0].Ref, dates[^1].Ref);
        var mother = NewMother(h, motherArch, motherDob, null, h.Contact, h.Home, livesHere: true, riskRate: 0.015);

        // Half-siblings: the children are split, in birth order, between two or three fathers.
        var fathers = halfSiblings && dates.Count >= 2 ? Math.Min(dates.Count, Chance(0.7) ? 2 : 3) : 1;
        var firstOfGroup = new List<int> { 0 };
        while (firstOfGroup.Count < fathers)
        {
            var cut = Between(1, dates.Count - 1);
            if (!firstOfGroup.Contains(cut))
            {
                firstOfGroup.Add(cut);
            }
        }
        firstOfGroup.Sort();
        firstOfGroup.Add(dates.Count);

        for (var f = 0; f < fathers; f++)
        {
            var fatherArch = Chance(0.15) ? PickArchetype() : motherArch;
            var fatherName = NewFamilyName(fatherArch);
            Person? father = Chance(halfSiblings ? 0.8 : 0.85)
                ? NewAdult(h, fatherArch, Sex.Male, FatherDob(motherDob), fatherName.For(Sex.Male), OtherHome(h), livesHere: false, riskRate: 0.03)
                : null;
            object fatherKey = father ?? new object();
            for (var i = firstOfGroup[f]; i < firstOfGroup[f + 1]; i++)
            {
                var surname = mother.Family is null || Chance(0.45) ? fatherName : mother.Family.Value;
                var child = NewChild(h, dates[i], motherArch, fatherArch, surname, mother.Person, mother.Person, fatherKey);
                ParentOf(h, mother.Person, child, true, true);
                if (father is not null)
                {
                    ParentOf(h, father, child, Chance(0.65), false);
                }
            }
        }
        MaybeGrandmother(h, motherArch, motherDob, mother.Maiden);
        return Finish(h);
    }

    /// <summary>
    /// Mother and her children from an earlier relationship, her partner and his children from his earlier
    /// relationship (step-siblings to hers), and sometimes a child of the new couple (half-sibling to both).
    /// </summary>
    private int BlendedHousehold(int wanted)
    {
        var joint = wanted >= 3 && Chance(0.45) ? 1 : 0;
        var rest = wanted - joint;
        var motherKids = Between(1, rest - 1);
        var mDates = SiblingDates(motherKids, allowUnborn: false);
        var sDates = SiblingDates(rest - motherKids, allowUnborn: false);
        var h = NewHousehold(Earlier(mDates[0].Ref, sDates[0].Ref));

        var motherArch = PickArchetype();
        var exArch = Chance(0.15) ? PickArchetype() : motherArch;
        var stepArch = Chance(0.15) ? PickArchetype() : motherArch;
        var stepExArch = Chance(0.15) ? PickArchetype() : stepArch;
        var motherDob = MotherDob(mDates[0].Ref, mDates[^1].Ref);
        var stepExDob = MotherDob(sDates[0].Ref, sDates[^1].Ref);
        var stepDob = FatherDob(stepExDob);

        var latestKid = Later(mDates[^1].Ref, sDates[^1].Ref);
        var together = DateBetween(Later(latestKid.AddDays(60), _today.AddYears(-8)), _today.AddDays(-120));
        together = Earlier(Later(together, Later(motherDob, stepDob).AddYears(18)), _today.AddDays(-30));
        ChildDate? jointDate = null;
        if (joint == 1)
        {
            var earliestBirth = together.AddDays(270);
            jointDate = Chance(0.2) || earliestBirth >= _today
                ? new ChildDate(null, _today.AddDays(Between(7, 145)))
                : new ChildDate(DateBetween(earliestBirth, _today.AddDays(-1)), null);
        }

        var stepName = NewFamilyName(stepArch);
        var married = Chance(0.4);
        var mother = NewMother(h, motherArch, motherDob, married ? stepName : null, DateBetween(together, _today), h.Home, livesHere: true, riskRate: 0.01);
        var step = NewAdult(h, stepArch, Sex.Male, stepDob, stepName.For(Sex.Male), h.Home, livesHere: true, riskRate: 0.025);
        Relate(h, mother.Person, step, RelationshipType.Partner, together, false, true);

        // The mother's children and their father, who lives elsewhere.
        var exName = NewFamilyName(exArch);
        Person? ex = Chance(0.75)
            ? NewAdult(h, exArch, Sex.Male, FatherDob(motherDob), exName.For(Sex.Male), OtherHome(h), livesHere: false, riskRate: 0.04)
            : null;
        object exKey = ex ?? new object();
        foreach (var date in mDates)
        {
            var birthName = mother.Family is null || Chance(0.55) ? exName : mother.Maiden;
            var changed = Chance(0.3);
            var child = NewChild(h, date, motherArch, exArch, changed ? stepName : birthName, mother.Person, mother.Person, exKey);
            if (changed && child.DateOfBirth is { } dob && birthName.For(child.Sex) != child.LastName)
            {
                child.OtherNames.Add(new PersonName
                {
                    Id = NewId(),
                    PersonId = child.Id,
                    Kind = NameKind.Previous,
                    FirstName = child.FirstName,
                    LastName = birthName.For(child.Sex),
                    UsedFrom = dob,
                    UsedTo = DateBetween(together, _today),
                });
            }
            ParentOf(h, mother.Person, child, true, true);
            if (ex is not null)
            {
                ParentOf(h, ex, child, Chance(0.65), false);
            }
            Relate(h, step, child, RelationshipType.StepParent, Later(together, date.Ref), Chance(0.1), true);
        }

        // The partner's children and their mother, who lives elsewhere.
        var stepExName = NewFamilyName(stepExArch);
        Person? stepEx = Chance(0.7)
            ? NewAdult(h, stepExArch, Sex.Female, stepExDob, stepExName.For(Sex.Female), OtherHome(h), livesHere: false, riskRate: 0.02)
            : null;
        object stepExKey = stepEx ?? new object();
        foreach (var date in sDates)
        {
            var child = NewChild(h, date, stepExArch, stepArch, Chance(0.85) ? stepName : stepExName, step, stepExKey, step);
            ParentOf(h, step, child, true, true);
            if (stepEx is not null)
            {
                ParentOf(h, stepEx, child, true, false);
            }
            Relate(h, mother.Person, child, RelationshipType.StepParent, Later(together, date.Ref), Chance(0.1), true);
        }

        if (jointDate is { } jd)
        {
            var surname = mother.Family is null || Chance(0.8) ? stepName : mother.Family.Value;
            var child = NewChild(h, jd, motherArch, stepArch, surname, mother.Person, mother.Person, step);
            ParentOf(h, mother.Person, child, true, true);
            ParentOf(h, step, child, true, true);
        }
        return Finish(h);
    }

    /// <summary>Grandparents bringing up their daughter's children (kinship care or special guardianship).</summary>
    private int GrandparentHousehold(int wanted)
    {
        var dates = SiblingDates(wanted, allowUnborn: false);
        var h = NewHousehold(dates[0].Dob);
        var arch = PickArchetype();
        var motherDob = MotherDob(dates[0].Ref, dates[^1].Ref);
        var grandmotherDob = AdultDob(motherDob.AddDays(-Between(17 * 365, 30 * 365)));
        var family = NewFamilyName(arch);

        var grandmother = NewAdult(h, arch, Sex.Female, grandmotherDob, family.For(Sex.Female), h.Home, livesHere: true, riskRate: 0.005);
        Person? grandfather = null;
        if (Chance(0.5))
        {
            grandfather = NewAdult(h, arch, Sex.Male, AdultDob(grandmotherDob.AddDays(-Between(-700, 2500))), family.For(Sex.Male), h.Home, livesHere: true, riskRate: 0.01);
            Relate(h, grandmother, grandfather, RelationshipType.Partner, Earlier(grandmotherDob.AddYears(Between(19, 27)), _today), false, true);
        }

        var motherName = Chance(0.75) ? family : NewFamilyName(arch);
        Person? mother = Chance(0.95)
            ? NewAdult(h, arch, Sex.Female, motherDob, motherName.For(Sex.Female), OtherHome(h), livesHere: false, riskRate: 0.05)
            : null;
        object motherKey = mother ?? new object();
        var fatherArch = Chance(0.15) ? PickArchetype() : arch;
        var fatherName = NewFamilyName(fatherArch);
        Person? father = Chance(0.5)
            ? NewAdult(h, fatherArch, Sex.Male, FatherDob(motherDob), fatherName.For(Sex.Male), OtherHome(h), livesHere: false, riskRate: 0.05)
            : null;
        object fatherKey = father ?? new object();
        var specialGuardians = Chance(0.55);

        foreach (var date in dates)
        {
            var child = NewChild(h, date, arch, fatherArch, Chance(0.6) ? motherName : fatherName, grandmother, motherKey, fatherKey);
            if (mother is not null)
            {
                ParentOf(h, mother, child, true, false);
            }
            if (father is not null)
            {
                ParentOf(h, father, child, Chance(0.5), false);
            }
            var note = specialGuardians ? "Special guardian" : "Kinship carer";
            Relate(h, grandmother, child, RelationshipType.Grandparent, child.DateOfBirth, specialGuardians, true, note);
            if (grandfather is not null)
            {
                Relate(h, grandfather, child, RelationshipType.Grandparent, child.DateOfBirth, specialGuardians, true, note);
            }
        }
        return Finish(h);
    }

    private int SingleFatherHousehold(int wanted)
    {
        var dates = SiblingDates(wanted, allowUnborn: false);
        var h = NewHousehold(dates[0].Dob);
        var fatherArch = PickArchetype();
        var motherArch = Chance(0.15) ? PickArchetype() : fatherArch;
        var motherDob = MotherDob(dates[0].Ref, dates[^1].Ref);
        var fatherName = NewFamilyName(fatherArch);
        var father = NewAdult(h, fatherArch, Sex.Male, FatherDob(motherDob), fatherName.For(Sex.Male), h.Home, livesHere: true, riskRate: 0.02);
        var mother = Chance(0.85)
            ? NewMother(h, motherArch, motherDob, null, h.Contact, OtherHome(h), livesHere: false, riskRate: 0.04)
            : null;
        object motherKey = mother?.Person ?? new object();
        foreach (var date in dates)
        {
            var surname = mother?.Family is { } motherFamily && Chance(0.2) ? motherFamily : fatherName;
            var child = NewChild(h, date, motherArch, fatherArch, surname, father, motherKey, father);
            ParentOf(h, father, child, true, true);
            if (mother is not null)
            {
                ParentOf(h, mother.Person, child, true, false);
            }
        }
        return Finish(h);
    }

    /// <summary>A young person of 18 to 21 who was in care, living in their own flat.</summary>
    private int CareLeaverHousehold()
    {
        var dob = _today.AddDays(-Between(18 * 365 + 5, 21 * 365 + 300));
        var town = PickTown();
        var home = NewHistory(town, previousRate: 0, flat: true, notBefore: dob.AddYears(18));
        var contact = DateBetween(dob.AddYears(8), Earlier(dob.AddYears(17), _today.AddDays(-30)));
        var h = new Household { Town = town, Home = home, Contact = contact, Restricted = RestrictHousehold() };
        var arch = PickArchetype();
        var motherDob = MotherDob(dob, dob);
        var mother = Chance(0.8)
            ? NewMother(h, arch, motherDob, null, contact, OtherHome(h), livesHere: false, riskRate: 0.04)
            : null;
        var fatherArch = Chance(0.15) ? PickArchetype() : arch;
        var fatherName = NewFamilyName(fatherArch);
        Person? father = Chance(0.35)
            ? NewAdult(h, fatherArch, Sex.Male, FatherDob(motherDob), fatherName.For(Sex.Male), OtherHome(h), livesHere: false, riskRate: 0.04)
            : null;
        var surname = mother?.Family is { } motherFamily && Chance(0.6) ? motherFamily : fatherName;
        var languageFrom = mother?.Person ?? father;
        var child = NewChild(h, new ChildDate(dob, null), arch, fatherArch, surname, languageFrom,
            mother?.Person ?? new object(), father ?? new object(), careLeaver: true);
        if (mother is not null)
        {
            ParentOf(h, mother.Person, child, false, false);
        }
        if (father is not null)
        {
            ParentOf(h, father, child, false, false);
        }
        return Finish(h);
    }

    // ----- People in households -----------------------------------------------------------------------------

    private Household NewHousehold(DateOnly? eldestDob)
    {
        var town = PickTown();
        var contact = ContactDate(eldestDob);
        var home = NewHistory(town, previousRate: 0.3, flat: Chance(0.25));
        return new Household
        {
            Town = town,
            Home = home,
            Contact = contact,
            Restricted = RestrictHousehold(),
            DoNotDisclose = Chance(0.006),
        };
    }

    /// <summary>When the authority first heard of the family: up to nine years ago, never before the eldest was born.</summary>
    private DateOnly ContactDate(DateOnly? eldestDob)
    {
        var earliest = eldestDob is { } dob ? Later(dob, _today.AddYears(-9)) : _today.AddDays(-150);
        var latest = _today.AddDays(-3);
        var first = DateBetween(earliest, latest);
        var second = DateBetween(earliest, latest);
        return Chance(0.6) ? Later(first, second) : first;
    }

    private Person NewAdult(Household h, Archetype arch, Sex sex, DateOnly dob, string lastName, AddressHistory home, bool livesHere, double riskRate)
    {
        var first = Pick(arch.Pool.FirstNames(sex, dob.Year));
        var middle = Chance(arch.Pool == DemoNames.English ? 0.3 : 0.08) ? MiddleName(arch.Pool, sex, dob.Year, first) : null;
        var person = NewPerson(PersonKind.Adult, first, middle, lastName, sex, dob);
        person.EthnicityCode = Chance(0.006) ? "NOBT" : Chance(0.003) ? "REFU" : arch.Ethnicity;
        person.FirstLanguage = Weighted(arch.Languages);
        person.InterpreterRequired = person.FirstLanguage != "English" && Chance(arch.InterpreterRate);
        person.Religion = Weighted(arch.Religions);
        person.NhsNumber = Chance(0.3) ? NextNhsNumber() : null;
        person.PreferredName = PreferredName(arch.Pool, first, middle, sex, AgeOn(dob));
        if (Chance(0.85))
        {
            AddContact(person, ContactMethod.Mobile, Mobile(), null);
        }
        if (Chance(0.35))
        {
            AddContact(person, ContactMethod.Email, EmailAddress(first, lastName, numbered: true), null);
        }
        if (Chance(dob.Year < 1975 ? 0.45 : 0.08))
        {
            AddContact(person, ContactMethod.Phone, Landline(), "Home");
        }
        AddAddresses(person, home, null);
        if (Chance(riskRate))
        {
            person.Flags.Add(new PersonFlag
            {
                Id = NewId(),
                PersonId = person.Id,
                Type = FlagType.RiskToStaff,
                Note = Pick(RiskNotes),
                From = DateBetween(h.Contact, _today),
            });
        }
        if (Chance(0.02))
        {
            person.OtherNames.Add(new PersonName
            {
                Id = NewId(),
                PersonId = person.Id,
                Kind = NameKind.Alias,
                FirstName = Pick(arch.Pool.FirstNames(sex, dob.Year)),
                LastName = lastName,
            });
        }
        if (livesHere && h.DoNotDisclose)
        {
            AddDoNotDisclose(h, person);
        }
        h.People.Add((person, h.Contact));
        _adultCount++;
        return person;
    }

    /// <summary>A mother, who may have taken her husband's surname (keeping her birth name as another name).</summary>
    private MotherInfo NewMother(Household h, Archetype arch, DateOnly dob, FamilyName? husband, DateOnly marriedFrom, AddressHistory home, bool livesHere, double riskRate)
    {
        var maiden = NewFamilyName(arch);
        FamilyName? family = maiden;
        string lastName;
        if (arch.Pool.WomensSurnames is { } womens && Chance(0.35))
        {
            lastName = Pick(womens);
            family = null;
        }
        else if (husband is { } married && !arch.Pool.WomenKeepSurname)
        {
            family = married;
            lastName = married.For(Sex.Female);
        }
        else
        {
            lastName = maiden.For(Sex.Female);
        }
        var person = NewAdult(h, arch, Sex.Female, dob, lastName, home, livesHere, riskRate);
        var birthName = maiden.For(Sex.Female);
        if (birthName != lastName && Chance(0.5))
        {
            person.OtherNames.Add(new PersonName
            {
                Id = NewId(),
                PersonId = person.Id,
                Kind = NameKind.BirthName,
                FirstName = person.FirstName,
                LastName = birthName,
                UsedFrom = dob,
                UsedTo = husband is null ? null : Earlier(Later(marriedFrom, dob.AddYears(18)), _today),
            });
        }
        return new MotherInfo(person, family, maiden);
    }

    private Person NewChild(Household h, ChildDate date, Archetype motherArch, Archetype? fatherArch, FamilyName surname,
        Person? raisedBy, object motherKey, object fatherKey, bool careLeaver = false)
    {
        Person person;
        DateOnly created;
        if (date.Dob is not { } dob)
        {
            // Pre-birth work: the record exists before the baby does.
            person = NewPerson(PersonKind.Child, "Unborn", null, surname.For(Sex.NotKnown), Sex.NotKnown, null);
            person.ExpectedDateOfBirth = date.Due;
            person.EthnicityCode = "NOBT";
            created = DateBetween(Later(h.Contact, _today.AddDays(-140)), _today);
            AddAddresses(person, h.Home, created);
        }
        else
        {
            var sex = Chance(0.51) ? Sex.Male : Sex.Female;
            var pool = fatherArch is not null && Chance(0.5) ? fatherArch.Pool : motherArch.Pool;
            var first = Pick(pool.FirstNames(sex, dob.Year));
            var middle = Chance(0.45) ? MiddleName(pool, sex, dob.Year, first) : null;
            if (middle is not null && Chance(0.08))
            {
                middle = $"{middle} {MiddleName(pool, sex, dob.Year, middle)}";
            }
            person = NewPerson(PersonKind.Child, first, middle, surname.For(sex), sex, dob);
            var age = AgeOn(dob);
            person.EthnicityCode = Chance(0.005) ? "NOBT" : DemoArchetypes.ChildEthnicity(motherArch.Ethnicity, fatherArch?.Ethnicity, Chance(0.5));
            var homeLanguage = raisedBy?.FirstLanguage ?? "English";
            person.FirstLanguage = homeLanguage == "English" || !Chance(age < 5 ? 0.6 : 0.4) ? "English" : homeLanguage;
            person.Religion = Chance(0.75) ? raisedBy?.Religion : null;
            person.DisabilityCodes = Disability(age);
            person.NhsNumber = Chance(0.97) ? NextNhsNumber() : null;
            person.UniquePupilNumber = age >= 5 && Chance(0.96) ? NextUpn() : null;
            person.PreferredName = PreferredName(pool, first, middle, sex, age);
            if (age >= 13 && Chance(0.4))
            {
                AddContact(person, ContactMethod.Mobile, Mobile(), null);
            }
            if (raisedBy is not null && raisedBy.LastName != person.LastName && age >= 4 && Chance(0.05))
            {
                // Known at school or nursery by the surname of the parent they live with.
                person.OtherNames.Add(new PersonName { Id = NewId(), PersonId = person.Id, Kind = NameKind.Alias, FirstName = first, LastName = raisedBy.LastName });
            }
            created = dob <= h.Contact ? h.Contact : Earlier(dob.AddDays(Between(0, 21)), _today);
            AddAddresses(person, h.Home, dob);
        }
        person.IsRestricted = h.Restricted;
        if (h.DoNotDisclose)
        {
            AddDoNotDisclose(h, person);
        }
        h.People.Add((person, created));
        h.Children.Add(new ChildEntry(person, motherKey, fatherKey, created, careLeaver));
        _childCount++;
        return person;
    }

    /// <summary>Sometimes the maternal grandmother is known to the authority, living elsewhere.</summary>
    private void MaybeGrandmother(Household h, Archetype arch, DateOnly motherDob, FamilyName maiden)
    {
        if (!Chance(0.1))
        {
            return;
        }
        var dob = AdultDob(motherDob.AddDays(-Between(17 * 365, 30 * 365)));
        var grandmother = NewAdult(h, arch, Sex.Female, dob, maiden.For(Sex.Female), OtherHome(h), livesHere: false, riskRate: 0.005);
        foreach (var child in h.Children)
        {
            Relate(h, grandmother, child.Person, RelationshipType.Grandparent, child.Person.DateOfBirth, false, false);
        }
    }

    private void AddDoNotDisclose(Household h, Person person) => person.Flags.Add(new PersonFlag
    {
        Id = NewId(),
        PersonId = person.Id,
        Type = FlagType.DoNotDiscloseAddress,
        Note = "Family moved to escape domestic abuse. Do not give the address to the father or his family.",
        From = Later(h.Home.Current.Start, h.Contact),
    });

    /// <summary>About 1 in 100 households is restricted; the third household is, so even a tiny demo has one.</summary>
    private bool RestrictHousehold()
    {
        var restricted = Chance(0.01) || (!_anyRestricted && _householdCount >= 2);
        _anyRestricted |= restricted;
        return restricted;
    }

    private FamilyName NewFamilyName(Archetype arch) => new(Pick(arch.Pool.Surnames), arch.Pool);

    private string MiddleName(NamePool pool, Sex sex, int birthYear, string notThis)
    {
        var names = pool.FirstNames(sex, birthYear);
        var name = Pick(names);
        for (var tries = 0; tries < 4 && name == notThis; tries++)
        {
            name = Pick(names);
        }
        return name;
    }

    private string? PreferredName(NamePool pool, string first, string? middle, Sex sex, int age)
    {
        if (age < 3)
        {
            return null;
        }
        foreach (var (full, shortForm) in DemoNames.ShortForms)
        {
            if (full == first)
            {
                return Chance(0.35) ? shortForm : null;
            }
        }
        if (pool == DemoNames.Chinese && age >= 18 && Chance(0.3))
        {
            return Pick(sex == Sex.Female ? DemoNames.EnglishNamesFemale : DemoNames.EnglishNamesMale);
        }
        return middle is not null && Chance(0.03) ? middle.Split(' ')[0] : null;
    }

    private string? Disability(int age)
    {
        if (!Chance(0.08))
        {
            // Workers record "no disability" for nearly every child (the census needs an answer); a few are left
            // unanswered so the census shows rule 8540 on a real record.
            return Chance(0.99) ? "NONE" : null;
        }
        var pool = age < 3 ? InfantDisabilities : ChildDisabilities;
        var wanted = Weighted<int>([(1, 0.7), (2, 0.25), (3, 0.05)]);
        var codes = new List<string>(wanted);
        for (var tries = 0; tries < 10 && codes.Count < wanted; tries++)
        {
            var code = Weighted(pool);
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }
        return string.Join(' ', codes.OrderBy(c => Array.IndexOf(DisabilityOrder, c)));
    }

    // ----- Dates --------------------------------------------------------------------------------------------

    /// <summary>Dates of birth for a sibling group, eldest first, all under 18; an unborn child comes last.</summary>
    private List<ChildDate> SiblingDates(int count, bool allowUnborn)
    {
        const int MaxAgeDays = 18 * 365 - 20;
        var unborn = allowUnborn && Chance(UnbornRate);
        int youngest;
        if (unborn)
        {
            youngest = -Between(7, 145);
        }
        else
        {
            var years = Weighted(YoungestAge);
            youngest = years * 365 + Between(years == 0 ? 1 : 0, 364);
        }
        var gaps = new int[Math.Max(0, count - 1)];
        var span = 0;
        for (var i = 0; i < gaps.Length; i++)
        {
            var (min, max) = Weighted(SiblingGaps);
            gaps[i] = Between(min, max);
            span += gaps[i];
        }
        if (!unborn && youngest + span > MaxAgeDays)
        {
            // Too old for the whole group to be under 18: draw the youngest again from the ages that fit.
            youngest = Between(1, Math.Max(1, MaxAgeDays - span));
        }
        var dates = new List<ChildDate>(count) { ToChildDate(youngest) };
        var age = youngest;
        foreach (var gap in gaps)
        {
            age += gap;
            if (age > MaxAgeDays)
            {
                break;
            }
            dates.Add(ToChildDate(age));
        }
        dates.Reverse();
        return dates;
    }

    private ChildDate ToChildDate(int ageDays) => ageDays < 0
        ? new ChildDate(null, _today.AddDays(-ageDays))
        : new ChildDate(_today.AddDays(-ageDays), null);

    private DateOnly MotherDob(DateOnly eldest, DateOnly youngest)
    {
        var (min, max) = Weighted(MotherAgeAtFirstBirth);
        var ageAtFirst = Between(min * 365, max * 365 + 364);
        var span = youngest.DayNumber - eldest.DayNumber;
        ageAtFirst = Math.Max(Math.Min(ageAtFirst, 45 * 365 - span), 16 * 365 + 100);
        return AdultDob(eldest.AddDays(-ageAtFirst));
    }

    private DateOnly FatherDob(DateOnly motherDob)
    {
        var (min, max) = Weighted(FatherAgeGap);
        return AdultDob(motherDob.AddDays(-Between(min, max)));
    }

    /// <summary>Every adult on the record is at least 18 today.</summary>
    private DateOnly AdultDob(DateOnly dob)
    {
        var latest = _today.AddYears(-18);
        return dob > latest ? latest.AddDays(-Between(1, 700)) : dob;
    }

    private int AgeOn(DateOnly dob)
    {
        var age = _today.Year - dob.Year;
        return dob.AddYears(age) > _today ? age - 1 : age;
    }

    private static DateOnly SchoolStart(DateOnly dob, int ageAtStart)
    {
        var birthday = dob.AddYears(ageAtStart);
        var september = new DateOnly(birthday.Year, 9, 1);
        return september >= birthday ? september : september.AddYears(1);
    }

    // ----- Addresses ----------------------------------------------------------------------------------------

    private AddressHistory NewHistory(int town, double previousRate, bool flat, DateOnly? notBefore = null)
    {
        var earliest = Later(_today.AddYears(-10), notBefore ?? DateOnly.MinValue);
        var start = DateBetween(earliest, _today.AddDays(-20));
        var stays = new List<Stay> { new(NewAddress(town, flat), start, null) };
        if (Chance(previousRate))
        {
            var moves = Chance(0.65) ? 1 : 2;
            for (var i = 0; i < moves; i++)
            {
                var end = stays[0].Start.AddDays(-1);
                var begin = end.AddDays(-Between(240, 1800));
                var previousTown = Chance(0.7) ? town : PickTown();
                stays.Insert(0, new Stay(NewAddress(previousTown, Chance(0.3)), begin, end));
            }
        }
        return new AddressHistory(stays);
    }

    /// <summary>A home for a parent who lives apart from the children, usually in the same town.</summary>
    private AddressHistory OtherHome(Household h) =>
        NewHistory(Chance(0.75) ? h.Town : PickTown(), previousRate: 0.15, flat: Chance(0.4));

    /// <summary>The stays that overlap the person's life, each starting no earlier than <paramref name="from"/>.</summary>
    private void AddAddresses(Person person, AddressHistory history, DateOnly? from)
    {
        foreach (var stay in history.Stays)
        {
            if (from is { } f && stay.End is { } end && end < f)
            {
                continue;
            }
            person.Addresses.Add(new Address
            {
                Id = NewId(),
                PersonId = person.Id,
                Line1 = stay.Spec.Line1,
                Line2 = stay.Spec.Line2,
                Town = stay.Spec.Town,
                Postcode = stay.Spec.Postcode,
                StartDate = from is { } f2 && f2 > stay.Start ? f2 : stay.Start,
                EndDate = stay.End,
            });
        }
    }

    // ----- Relationships, allocations, professionals --------------------------------------------------------

    private void Relate(Household h, Person from, Person to, RelationshipType type, DateOnly? start, bool parentalResponsibility, bool livesWith, string? note = null) =>
        h.Relationships.Add(new Relationship
        {
            Id = NewId(),
            PersonId = from.Id,
            RelatedPersonId = to.Id,
            Type = type,
            StartDate = start,
            ParentalResponsibility = parentalResponsibility,
            LivesWith = livesWith,
            Note = note,
        });

    /// <summary>Parental responsibility is only ever recorded for a born child under 18.</summary>
    private void ParentOf(Household h, Person parent, Person child, bool parentalResponsibility, bool livesWith)
    {
        var minor = child.DateOfBirth is { } dob && AgeOn(dob) < 18;
        Relate(h, parent, child, RelationshipType.Parent, child.DateOfBirth, parentalResponsibility && minor, livesWith);
    }

    /// <summary>Writes the household: people, one row per sibling pair, relationships, professionals, allocations.</summary>
    private int Finish(Household h)
    {
        var children = h.Children.OrderBy(c => c.Person.DateOfBirth ?? c.Person.ExpectedDateOfBirth).ToList();
        for (var i = 0; i < children.Count; i++)
        {
            for (var j = i + 1; j < children.Count; j++)
            {
                var older = children[i];
                var younger = children[j];
                var sameMother = ReferenceEquals(older.MotherKey, younger.MotherKey);
                var sameFather = ReferenceEquals(older.FatherKey, younger.FatherKey);
                var type = sameMother && sameFather ? RelationshipType.Sibling
                    : sameMother || sameFather ? RelationshipType.HalfSibling
                    : RelationshipType.StepSibling;
                Relate(h, older.Person, younger.Person, type, younger.Person.DateOfBirth, false, true);
            }
        }

        foreach (var (person, created) in h.People)
        {
            Commit(person, created);
        }
        foreach (var relationship in h.Relationships)
        {
            _db.Relationships.Add(relationship);
        }
        var named = new List<string>();
        foreach (var child in h.Children)
        {
            AddInvolvements(h, child);
            var allocation = Allocate(child);
            if (h.Restricted)
            {
                named.AddRange(GrantRestrictedAccess(child, allocation));
            }
        }
        if (h.Restricted)
        {
            // The adults of a restricted household are restricted with the children, and open for the same colleagues:
            // a restricted record nobody is named on could not be opened, or have its restriction lifted, by anyone.
            foreach (var (adult, created) in h.People.Where(p => h.Children.TrueForAll(c => c.Person != p.Item1)))
            {
                foreach (var userId in named.Count == 0 ? [_serviceManagerId] : named.Distinct())
                {
                    AddRestrictedGrant(adult, userId, At(created));
                }
            }
        }
        return h.Children.Count;
    }

    private void AddInvolvements(Household h, ChildEntry entry)
    {
        var child = entry.Person;
        var town = h.Town;
        if (child.DateOfBirth is not { } dob)
        {
            if (Chance(0.85))
            {
                Involve(child, Pick(_midwives[town]), "Community midwife", entry.Created);
            }
            return;
        }
        var age = AgeOn(dob);
        var homeStart = h.Home.Current.Start;
        if (Chance(0.93))
        {
            Involve(child, Pick(_gps[town]), "GP", Earlier(Later(dob, homeStart), _today));
        }
        if (age < 5)
        {
            if (Chance(0.85))
            {
                Involve(child, Pick(_healthVisitors[town]), "Health visitor", Earlier(Later(dob.AddDays(10), homeStart), _today));
            }
        }
        else if (age <= 10)
        {
            if (Chance(0.92))
            {
                Involve(child, Pick(_primaryDsls[town]), "Designated safeguarding lead", Earlier(Later(SchoolStart(dob, 4), homeStart), _today));
            }
        }
        else if (age <= 16)
        {
            if (Chance(0.88))
            {
                Involve(child, Pick(_secondaryDsls[town]), "Designated safeguarding lead", Earlier(Later(SchoolStart(dob, 11), homeStart), _today));
            }
            if (Chance(0.12))
            {
                Involve(child, Pick(_schoolNurses[town]), "School nurse", DateBetween(Later(dob.AddYears(11), homeStart), _today));
            }
        }
        if (child.DisabilityCodes is { } codes && codes != "NONE" && Chance(0.6))
        {
            Involve(child, Pick(_paediatricians), "Paediatrician", DateBetween(Later(dob, _today.AddYears(-6)), _today));
        }
    }

    private void Involve(Person child, Guid professionalId, string role, DateOnly start) =>
        _db.ProfessionalInvolvements.Add(new ProfessionalInvolvement
        {
            Id = NewId(),
            PersonId = child.Id,
            ProfessionalId = professionalId,
            Role = role,
            StartDate = start,
        });

    /// <summary>
    /// About 70% of children have a current worker; some had other workers before (changes of social worker).
    /// The demo social worker's caseload is filled from the first children generated.
    /// </summary>
    private (string WorkerId, TeamInfo Team)? Allocate(ChildEntry entry)
    {
        var child = entry.Person;
        var created = entry.Created;
        if (!Chance(entry.CareLeaver ? 0.9 : 0.7))
        {
            var latestStart = _today.AddDays(-60);
            if (created < latestStart && Chance(0.35))
            {
                var closedTeam = Pick(_teamsByService[Chance(0.6) ? Assessment : FrontDoor]);
                var start = DateBetween(created, latestStart);
                AddAllocation(child, Pick(closedTeam.Workers), closedTeam, start, Earlier(start.AddDays(Between(20, 300)), _today.AddDays(-1)));
            }
            return null;
        }

        TeamInfo team;
        string worker;
        if (!entry.CareLeaver && _demoCaseload < _demoCaseloadTarget && Chance(0.5))
        {
            team = _demoTeam;
            worker = _demoWorkerId;
            _demoCaseload++;
        }
        else
        {
            var disabled = child.DisabilityCodes is { } codes && codes != "NONE";
            var service = entry.CareLeaver ? CareLeavers
                : disabled && Chance(0.8) ? DisabledChildren
                : child.DateOfBirth is null ? (Chance(0.5) ? Assessment : ChildProtection)
                : Weighted(ChildServices);
            team = Pick(_teamsByService[service]);
            worker = Pick(team.Workers);
            // The demo social worker's caseload is exactly the children chosen above.
            while (worker == _demoWorkerId)
            {
                worker = Pick(team.Workers);
            }
        }
        var currentStart = DateBetween(Later(created, _today.AddYears(-2)), _today);
        AddAllocation(child, worker, team, currentStart, null);

        var previous = Weighted<int>([(0, 0.55), (1, 0.33), (2, 0.12)]);
        var nextStart = currentStart;
        var nextWorker = worker;
        for (var i = 0; i < previous; i++)
        {
            var end = nextStart.AddDays(-1);
            var start = end.AddDays(-Between(21, 240));
            if (start < created)
            {
                break;
            }
            var service = team.Service switch
            {
                CareLeavers => ChildrenInCare,
                ChildrenInCare => Chance(0.5) ? ChildProtection : Assessment,
                _ => Chance(0.5) ? Assessment : FrontDoor,
            };
            var previousTeam = Pick(_teamsByService[service]);
            var previousWorker = Pick(previousTeam.Workers);
            if (previousWorker == nextWorker)
            {
                previousWorker = Pick(previousTeam.Workers);
            }
            AddAllocation(child, previousWorker, previousTeam, start, end);
            nextStart = start;
            nextWorker = previousWorker;
        }
        return (worker, team);
    }

    private void AddAllocation(Person child, string workerId, TeamInfo team, DateOnly start, DateOnly? end) =>
        _db.Allocations.Add(new Allocation
        {
            Id = NewId(),
            PersonId = child.Id,
            WorkerUserId = workerId,
            TeamId = team.Id,
            StartDate = start,
            EndDate = end,
        });

    /// <summary>
    /// A restricted record opens only for named users: the allocated worker and their manager, and on the first
    /// and some later restricted records the demo social worker and team manager, so the demo can show both sides.
    /// </summary>
    private List<string> GrantRestrictedAccess(ChildEntry entry, (string WorkerId, TeamInfo Team)? allocation)
    {
        var users = new List<string>(4);
        if (allocation is { } a)
        {
            users.Add(a.WorkerId);
            if (!users.Contains(a.Team.ManagerId))
            {
                users.Add(a.Team.ManagerId);
            }
        }
        if (!_demoRestrictedGranted || Chance(0.4))
        {
            _demoRestrictedGranted = true;
            foreach (var id in new[] { _demoWorkerId, _demoManagerId })
            {
                if (!users.Contains(id))
                {
                    users.Add(id);
                }
            }
        }
        if (users.Count == 0)
        {
            // Nobody works with the child yet: the service manager who restricted the record can open it and name others.
            AddRestrictedGrant(entry.Person, _serviceManagerId, At(entry.Created));
            return [_serviceManagerId];
        }
        foreach (var userId in users)
        {
            AddRestrictedGrant(entry.Person, userId, At(DateBetween(entry.Created, _today)));
        }
        return users;
    }

    private void AddRestrictedGrant(Person person, string userId, DateTime grantedAtUtc) =>
        _db.RestrictedAccessGrants.Add(new RestrictedAccessGrant
        {
            Id = NewId(),
            PersonId = person.Id,
            UserId = userId,
            GrantedAtUtc = grantedAtUtc,
            GrantedByUserId = _serviceManagerId,
        });
}
