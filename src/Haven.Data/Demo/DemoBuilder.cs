using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>
/// The engine behind <see cref="DemoAuthorityGenerator"/>. One instance makes one authority. Everything random
/// comes from one seeded <see cref="Random"/> drawn in a fixed order, so the same seed, size and date give the
/// same rows with the same ids.
/// </summary>
internal sealed partial class DemoBuilder
{
    /// <summary>Households per SaveChanges. Bigger batches were no faster and held more memory.</summary>
    private const int HouseholdsPerBatch = 1000;
    private const int ProfessionalsPerBatch = 2000;

    /// <summary>
    /// The local authority number in generated UPNs: 001, one of the DfE's recognised UPN codes (CIN census rule
    /// 1530), so the demo's census passes; the serial numbers are random and belong to no one.
    /// </summary>
    private const int UpnLaNumber = 1;

    private const string SystemActorId = "system";
    private const string SystemActorName = "Demo data generator";

    private const string FrontDoor = "Front door";
    private const string Assessment = "Assessment";
    private const string ChildProtection = "Child protection";
    private const string ChildrenInCare = "Children in care";
    private const string CareLeavers = "Care leavers";
    private const string DisabledChildren = "Disabled children";

    /// <summary>Service, team name, whether the first team is numbered, share of the social workers.</summary>
    private static readonly (string Service, string Name, bool AlwaysNumbered, double Share)[] ServicePlan =
    [
        (FrontDoor, "Front door (MASH)", false, 0.08),
        (Assessment, "Assessment team", true, 0.25),
        (ChildProtection, "Child protection and court team", false, 0.29),
        (ChildrenInCare, "Children in care team", false, 0.27),
        (CareLeavers, "Care leavers team", false, 0.04),
        (DisabledChildren, "Disabled children's team", false, 0.07),
    ];

    private readonly HavenDbContext _db;
    private readonly DemoOptions _options;
    private readonly IPasswordHasher<ApplicationUser> _hasher;
    private readonly IProgress<string>? _progress;
    private readonly Random _r;
    private readonly DateOnly _today;
    private readonly DateTime _nowUtc;
    private readonly List<DemoStreet>[] _streets;
    private readonly double _townWeightTotal;

    private readonly HashSet<string> _nhsNumbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _upns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
    private int _personNumber;

    private readonly Dictionary<Role, string> _roleIds = [];
    private string _passwordHash = "";
    private readonly List<TeamInfo> _teams = [];
    private readonly Dictionary<string, List<TeamInfo>> _teamsByService = new(StringComparer.Ordinal);
    private TeamInfo _demoTeam = null!;
    private string _demoWorkerId = "";
    private string _demoManagerId = "";
    private string _serviceManagerId = "";
    private int _demoCaseload;
    private int _demoCaseloadTarget;
    private bool _demoRestrictedGranted;
    private bool _anyRestricted;

    private readonly List<Guid>[] _gps;
    private readonly List<Guid>[] _primaryDsls;
    private readonly List<Guid>[] _secondaryDsls;
    private readonly List<Guid>[] _healthVisitors;
    private readonly List<Guid>[] _schoolNurses;
    private readonly List<Guid>[] _midwives;
    private readonly List<Guid> _paediatricians = [];

    private int _childCount;
    private int _adultCount;
    private int _professionalCount;
    private int _workerCount;
    private int _socialWorkerCount;
    private int _householdCount;

    public DemoBuilder(HavenDbContext db, DemoOptions options, IPasswordHasher<ApplicationUser> hasher, DateOnly today, DateTime nowUtc, IProgress<string>? progress)
    {
        _db = db;
        _options = options;
        _hasher = hasher;
        _progress = progress;
        _today = today;
        _nowUtc = nowUtc.Kind switch
        {
            DateTimeKind.Utc => nowUtc,
            DateTimeKind.Local => nowUtc.ToUniversalTime(),
            _ => DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc),
        };
        _r = new Random(options.Seed);

        var towns = DemoPlaces.Towns;
        _townWeightTotal = towns.Sum(t => t.Weight);
        _streets = new List<DemoStreet>[towns.Length];
        _gps = NewTownLists();
        _primaryDsls = NewTownLists();
        _secondaryDsls = NewTownLists();
        _healthVisitors = NewTownLists();
        _schoolNurses = NewTownLists();
        _midwives = NewTownLists();
        for (var town = 0; town < towns.Length; town++)
        {
            _streets[town] = BuildStreets(town);
        }
    }

    public async Task<DemoResult> RunAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        if (await _db.People.AnyAsync(ct))
        {
            throw new InvalidOperationException("The database already holds people. Generate a demo authority only into an empty database.");
        }

        var autoDetect = _db.ChangeTracker.AutoDetectChangesEnabled;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        _db.ChangeTracker.Clear();
        await _db.Database.OpenConnectionAsync(ct);
        var sqlite = _db.Database.IsSqlite();
        long cacheSize = 0;
        long tempStore = 0;
        try
        {
            if (sqlite)
            {
                // A bigger page cache keeps the random-Guid indexes in memory while they grow. The connection
                // goes back to the pool afterwards, so the settings are put back as they were.
                cacheSize = await PragmaAsync("cache_size", null, ct);
                tempStore = await PragmaAsync("temp_store", null, ct);
                await PragmaAsync("cache_size", -65_536, ct);
                await PragmaAsync("temp_store", 2, ct);
            }
            await CreateStaffAsync(ct);
            await CreateProfessionalsAsync(ct);
            await CreateFamiliesAsync(ct);
            await WriteSettingAsync(ct);
        }
        finally
        {
            _db.ChangeTracker.Clear();
            _db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            if (sqlite)
            {
                await PragmaAsync("cache_size", cacheSize, CancellationToken.None);
                await PragmaAsync("temp_store", tempStore, CancellationToken.None);
            }
            await _db.Database.CloseConnectionAsync();
        }

        var result = new DemoResult(_childCount, _adultCount, _professionalCount, _workerCount, _teams.Count, watch.Elapsed)
        {
            SocialWorkers = _socialWorkerCount,
            Households = _householdCount,
        };
        _progress?.Report(Invariant($"Finished: {result.Children:N0} children, {result.Adults:N0} adults, {result.Professionals:N0} professionals, {result.Workers:N0} staff in {result.Teams:N0} teams ({result.Elapsed.TotalSeconds:N1} s)"));
        return result;
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        await _db.SaveChangesAsync(ct);
        _db.ChangeTracker.Clear();
    }

    /// <summary>Reads a SQLite pragma, or sets it when <paramref name="value"/> is given.</summary>
    private async Task<long> PragmaAsync(string name, long? value, CancellationToken ct)
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = value is { } v ? Invariant($"PRAGMA {name} = {v}") : $"PRAGMA {name}";
        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? 0 : Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    private async Task WriteSettingAsync(CancellationToken ct)
    {
        var value = DemoAuthorityGenerator.SettingValue(_options);
        var existing = await _db.SystemSettings.SingleOrDefaultAsync(s => s.Key == DemoAuthorityGenerator.SettingKey, ct);
        if (existing is null)
        {
            _db.SystemSettings.Add(new SystemSetting { Key = DemoAuthorityGenerator.SettingKey, Value = value });
        }
        else
        {
            existing.Value = value;
            _db.Entry(existing).State = EntityState.Modified;
        }
        await FlushAsync(ct);
    }

    // ----- Staff -------------------------------------------------------------------------------------------

    private sealed class TeamInfo(Guid id, string name, string service)
    {
        public Guid Id { get; } = id;
        public string Name { get; } = name;
        public string Service { get; } = service;
        public string ManagerId { get; set; } = "";
        public List<string> Workers { get; } = [];
    }

    private async Task CreateStaffAsync(CancellationToken ct)
    {
        _progress?.Report("Creating teams and staff accounts");
        await EnsureRolesAsync(ct);

        var fixedUsers = DemoAuthorityGenerator.DemoUsers;
        var hashUser = new ApplicationUser { DisplayName = fixedUsers[0].DisplayName };
        _passwordHash = _hasher.HashPassword(hashUser, DemoAuthorityGenerator.DemoPassword);

        var children = _options.Children;
        var socialWorkers = Math.Max(12, (int)Math.Round(children / 17.0));
        foreach (var (service, name, alwaysNumbered, share) in ServicePlan)
        {
            var workers = Math.Max(2, (int)Math.Round(socialWorkers * share));
            var teamCount = Math.Max(1, (int)Math.Ceiling(workers / 9.0));
            var list = new List<TeamInfo>(teamCount);
            _teamsByService[service] = list;
            for (var t = 0; t < teamCount; t++)
            {
                var teamName = alwaysNumbered || teamCount > 1 ? Invariant($"{name} {t + 1}") : name;
                var team = new TeamInfo(NewId(), teamName, service);
                var isDemoTeam = service == ChildProtection && t == 0;
                team.ManagerId = isDemoTeam
                    ? AddFixedUser(Role.TeamManager, team.Id)
                    : AddStaff(Role.TeamManager, "Team manager", team.Id);
                var size = workers / teamCount + (t < workers % teamCount ? 1 : 0);
                for (var w = 0; w < size; w++)
                {
                    var id = isDemoTeam && w == 0
                        ? AddFixedUser(Role.SocialWorker, team.Id)
                        : AddStaff(Role.SocialWorker, SocialWorkerTitle(service), team.Id);
                    team.Workers.Add(id);
                    _socialWorkerCount++;
                }
                if (isDemoTeam)
                {
                    _demoTeam = team;
                    _demoManagerId = team.ManagerId;
                    _demoWorkerId = team.Workers[0];
                }
                _db.Teams.Add(new Team { Id = team.Id, Name = team.Name, Service = service, ManagerUserId = team.ManagerId });
                _teams.Add(team);
                list.Add(team);
            }
        }

        // Service managers: about one for every four teams.
        _serviceManagerId = AddFixedUser(Role.ServiceManager, null);
        var serviceManagers = Math.Max(2, (int)Math.Ceiling(_teams.Count / 4.0));
        for (var i = 1; i < serviceManagers; i++)
        {
            AddStaff(Role.ServiceManager, "Service manager", null);
        }

        AddFixedUser(Role.IndependentReviewingOfficer, null);
        for (var i = 1; i < Math.Max(2, children / 600); i++)
        {
            AddStaff(Role.IndependentReviewingOfficer, Chance(0.5) ? "Independent reviewing officer" : "Child protection chair", null);
        }

        AddFixedUser(Role.BusinessSupport, _demoTeam.Id);
        var businessSupport = Math.Max(2, (_teams.Count + 1) / 2);
        for (var i = 1; i < businessSupport; i++)
        {
            AddStaff(Role.BusinessSupport, "Business support officer", _teams[i % _teams.Count].Id);
        }

        AddFixedUser(Role.PerformanceAnalyst, null);
        for (var i = 1; i < Math.Max(1, children / 10_000 + 1); i++)
        {
            AddStaff(Role.PerformanceAnalyst, "Performance analyst", null);
        }

        AddFixedUser(Role.Auditor, null);
        for (var i = 1; i < Math.Max(1, children / 20_000 + 1); i++)
        {
            AddStaff(Role.Auditor, "Quality assurance auditor", null);
        }

        AddFixedUser(Role.SystemAdministrator, null);
        for (var i = 1; i < Math.Max(1, children / 25_000 + 1); i++)
        {
            AddStaff(Role.SystemAdministrator, "System administrator", null);
        }

        _demoCaseloadTarget = Between(15, 20);
        await FlushAsync(ct);
        _progress?.Report(Invariant($"Created {_teams.Count:N0} teams and {_workerCount:N0} staff accounts"));
    }

    private async Task EnsureRolesAsync(CancellationToken ct)
    {
        var existing = await _db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        // Role ids come from their own stream so that whether the roles already exist never shifts the rest.
        var roleRandom = new Random(_options.Seed ^ 0x0526_1125);
        foreach (var role in Enum.GetValues<Role>())
        {
            var name = role.ToString();
            var id = NewId(roleRandom).ToString();
            var stamp = NewId(roleRandom).ToString();
            var found = existing.FirstOrDefault(r => r.Name == name);
            if (found is not null)
            {
                _roleIds[role] = found.Id;
                continue;
            }
            _db.Roles.Add(new IdentityRole { Id = id, Name = name, NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = stamp });
            _roleIds[role] = id;
        }
    }

    private string SocialWorkerTitle(string service) => service == CareLeavers && Chance(0.5)
        ? "Personal adviser"
        : Weighted<string>([("Social worker", 0.6), ("Senior social worker", 0.25), ("Advanced practitioner", 0.15)]);

    private string AddFixedUser(Role role, Guid? teamId)
    {
        var spec = DemoAuthorityGenerator.DemoUsers.First(u => u.Role == role);
        var email = $"{spec.LocalPart}@{DemoAuthorityGenerator.EmailDomain}";
        _emails.Add(email);
        return AddUser(spec.DisplayName, email, role, spec.JobTitle, teamId);
    }

    private string AddStaff(Role role, string jobTitle, Guid? teamId)
    {
        var arch = PickArchetype();
        var sex = Chance(role is Role.SocialWorker or Role.BusinessSupport ? 0.8 : 0.65) ? Sex.Female : Sex.Male;
        var birthYear = _today.Year - Between(23, 63);
        var first = Pick(arch.Pool.FirstNames(sex, birthYear));
        var last = SurnameFor(arch.Pool, Pick(arch.Pool.Surnames), sex);
        var local = $"{Ascii(first)}.{Ascii(last)}";
        var email = $"{local}@{DemoAuthorityGenerator.EmailDomain}";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = Invariant($"{local}{n}@{DemoAuthorityGenerator.EmailDomain}");
        }
        return AddUser($"{first} {last}", email, role, jobTitle, teamId);
    }

    private string AddUser(string displayName, string email, Role role, string jobTitle, Guid? teamId)
    {
        var id = NewId().ToString();
        _db.Users.Add(new ApplicationUser
        {
            Id = id,
            DisplayName = displayName,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = _passwordHash,
            SecurityStamp = NewId().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = NewId().ToString(),
            LockoutEnabled = true,
            TeamId = teamId,
            JobTitle = jobTitle,
            IsDemoAccount = true,
        });
        _db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = _roleIds[role] });
        _workerCount++;
        return id;
    }

    // ----- Professionals ------------------------------------------------------------------------------------

    private async Task CreateProfessionalsAsync(CancellationToken ct)
    {
        var children = _options.Children;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = 0;
        for (var town = 0; town < DemoPlaces.Towns.Length; town++)
        {
            var townName = DemoPlaces.Towns[town].Name;
            var share = DemoPlaces.Towns[town].Weight / _townWeightTotal;
            int Count(double perChild) => Math.Max(1, (int)Math.Round(children * perChild * share));

            for (var s = Count(1 / 500.0); s > 0; s--)
            {
                var surgery = OrganisationName(town, DemoPlaces.SurgeryForms, used);
                for (var g = Between(2, 5); g > 0; g--)
                {
                    _gps[town].Add(AddProfessional("GP", surgery, 0.55));
                    pending++;
                }
            }
            for (var s = Count(1 / 120.0); s > 0; s--)
            {
                _primaryDsls[town].Add(AddProfessional("Designated safeguarding lead", OrganisationName(town, DemoPlaces.PrimaryForms, used), 0.8));
                pending++;
            }
            for (var s = Count(1 / 600.0); s > 0; s--)
            {
                _secondaryDsls[town].Add(AddProfessional("Designated safeguarding lead", OrganisationName(town, DemoPlaces.SecondaryForms, used), 0.6));
                pending++;
            }
            var health = $"{DemoPlaces.County} 0-19 Service ({townName})";
            for (var s = Count(1 / 250.0); s > 0; s--)
            {
                _healthVisitors[town].Add(AddProfessional("Health visitor", health, 0.95));
                pending++;
            }
            for (var s = Count(1 / 800.0); s > 0; s--)
            {
                _schoolNurses[town].Add(AddProfessional("School nurse", health, 0.9));
                pending++;
            }
            for (var s = Count(1 / 1500.0); s > 0; s--)
            {
                _midwives[town].Add(AddProfessional("Community midwife", $"{townName} community midwifery team", 0.95));
                pending++;
            }
            if (pending >= ProfessionalsPerBatch)
            {
                await FlushAsync(ct);
                pending = 0;
            }
        }
        for (var s = Math.Max(2, children / 2000); s > 0; s--)
        {
            _paediatricians.Add(AddProfessional("Paediatrician", $"{DemoPlaces.County} General Hospital", 0.55));
        }
        await FlushAsync(ct);
        _progress?.Report(Invariant($"Created {_professionalCount:N0} professionals"));
    }

    private string OrganisationName(int town, string[] forms, HashSet<string> used)
    {
        var townName = DemoPlaces.Towns[town].Name;
        var root = Pick(DemoPlaces.OrganisationRoots);
        var form = Pick(forms);
        var name = $"{root} {form}";
        if (used.Add(name))
        {
            return name;
        }
        name = $"{townName} {root} {form}";
        for (var n = 2; !used.Add(name); n++)
        {
            name = Invariant($"{townName} {root} {form} ({n})");
        }
        return name;
    }

    private Guid AddProfessional(string role, string organisation, double femaleShare)
    {
        var arch = PickArchetype();
        var sex = Chance(femaleShare) ? Sex.Female : Sex.Male;
        var birthYear = _today.Year - Between(26, 62);
        var first = Pick(arch.Pool.FirstNames(sex, birthYear));
        var last = SurnameFor(arch.Pool, Pick(arch.Pool.Surnames), sex);
        var person = NewPerson(PersonKind.Professional, first, null, last, sex, null);
        person.ProfessionalRole = role;
        person.Organisation = organisation;
        AddContact(person, ContactMethod.Phone, Landline(), organisation);
        if (Chance(0.8))
        {
            AddContact(person, ContactMethod.Email, EmailAddress(first, last, numbered: false), null);
        }
        Commit(person, DateBetween(_today.AddYears(-8), _today.AddDays(-30)), $"Record created for {person.FullName} ({role})");
        _professionalCount++;
        return person.Id;
    }

    // ----- People -------------------------------------------------------------------------------------------

    private Person NewPerson(PersonKind kind, string first, string? middle, string last, Sex sex, DateOnly? dateOfBirth) => new()
    {
        Id = NewId(),
        LaPersonId = "H" + (++_personNumber).ToString("D7", CultureInfo.InvariantCulture),
        Kind = kind,
        FirstName = first,
        MiddleNames = middle,
        LastName = last,
        Sex = sex,
        DateOfBirth = dateOfBirth,
    };

    /// <summary>Adds the person, their search names and their one PersonRegistered event to the unit of work.</summary>
    private void Commit(Person person, DateOnly createdOn, string? summary = null)
    {
        person.CreatedAtUtc = At(createdOn);
        if (person.InterpreterRequired)
        {
            person.Flags.Add(new PersonFlag
            {
                Id = NewId(),
                PersonId = person.Id,
                Type = FlagType.InterpreterNeeded,
                Note = $"Interpreter needed: {person.FirstLanguage}",
                From = createdOn,
            });
        }
        _db.People.Add(person);
        foreach (var row in PersonSearchNames.For(person))
        {
            _db.PersonSearchNames.Add(row);
        }
        _db.CaseEvents.Add(new CaseEvent
        {
            PersonId = person.Id,
            Type = CaseEventTypes.PersonRegistered,
            OccurredAtUtc = person.CreatedAtUtc,
            ActorUserId = SystemActorId,
            ActorName = SystemActorName,
            Summary = summary ?? $"Record created for {person.FullName}",
            Changes = [],
        });
    }

    private void AddContact(Person person, ContactMethod method, string value, string? note) =>
        person.ContactDetails.Add(new ContactDetail { Id = NewId(), PersonId = person.Id, Method = method, Value = value, Note = note });

    private string? NextNhsNumber()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var value = NhsNumber.Generate(_r).Value;
            if (_nhsNumbers.Add(value))
            {
                return value;
            }
        }
        return null;
    }

    private string? NextUpn()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var value = UniquePupilNumber.Generate(_r, UpnLaNumber).Value;
            if (_upns.Add(value))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>Ofcom keeps 07700 900000 to 900999 for drama, so these numbers never ring anyone.</summary>
    private string Mobile() => Invariant($"07700 900{_r.Next(1000):D3}");

    /// <summary>Ofcom's drama range for a geographic number (01632 960000 to 960999).</summary>
    private string Landline() => Invariant($"01632 960{_r.Next(1000):D3}");

    private string EmailAddress(string first, string last, bool numbered)
    {
        var local = $"{Ascii(first)}.{Ascii(last)}";
        return numbered && Chance(0.6) ? Invariant($"{local}{Between(1, 99)}@example.com") : $"{local}@example.com";
    }

    /// <summary>Lower-case ASCII letters and digits only, for email addresses.</summary>
    private static string Ascii(string name)
    {
        var text = name.Replace("ł", "l", StringComparison.Ordinal).Replace("Ł", "L", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                result.Append(ch);
            }
            else if (ch is >= 'A' and <= 'Z')
            {
                result.Append((char)(ch + 32));
            }
        }
        return result.Length > 0 ? result.ToString() : "person";
    }

    private static string SurnameFor(NamePool pool, string surname, Sex sex)
    {
        if (sex != Sex.Female)
        {
            return surname;
        }
        if (pool.GenderedSurnames && surname.EndsWith("ki", StringComparison.Ordinal))
        {
            return surname[..^1] + "a";
        }
        return surname == "Singh" ? "Kaur" : surname;
    }

    // ----- Places -------------------------------------------------------------------------------------------

    private List<DemoStreet> BuildStreets(int town)
    {
        var info = DemoPlaces.Towns[town];
        var count = 30 + (int)(info.Weight * 8);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var streets = new List<DemoStreet>(count);
        while (streets.Count < count)
        {
            var name = $"{Pick(DemoPlaces.StreetRoots)} {Pick(DemoPlaces.StreetSuffixes)}";
            if (names.Add(name))
            {
                streets.Add(new DemoStreet(name, town, Pick(info.Districts), _r.Next(10), _r.Next(400), Between(12, 220)));
            }
        }
        return streets;
    }

    private AddressSpec NewAddress(int town, bool flat)
    {
        var street = Pick(_streets[town]);
        var number = Between(1, street.MaxNumber);
        var block = number / 16;
        var unit = (street.UnitSeed + block * 7) % 400;
        var letters = DemoPlaces.PostcodeUnitLetters;
        var postcode = Invariant($"HV{street.District} {(street.Sector + block / 5) % 10}{letters[unit / 20]}{letters[unit % 20]}");
        var townName = DemoPlaces.Towns[town].Name;
        return flat
            ? new AddressSpec(Invariant($"Flat {Between(1, 48)}, {Pick(DemoPlaces.StreetRoots)} {Pick(DemoPlaces.BuildingSuffixes)}"), Invariant($"{number} {street.Name}"), townName, postcode)
            : new AddressSpec(Invariant($"{number} {street.Name}"), null, townName, postcode);
    }

    private int PickTown()
    {
        var roll = U() * _townWeightTotal;
        for (var i = 0; i < DemoPlaces.Towns.Length; i++)
        {
            roll -= DemoPlaces.Towns[i].Weight;
            if (roll < 0)
            {
                return i;
            }
        }
        return DemoPlaces.Towns.Length - 1;
    }

    // ----- Random helpers -----------------------------------------------------------------------------------

    private double U() => _r.NextDouble();

    private bool Chance(double p) => _r.NextDouble() < p;

    private int Between(int min, int maxInclusive) => _r.Next(min, maxInclusive + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    private T Weighted<T>(IReadOnlyList<(T Value, double Weight)> items)
    {
        var total = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            total += items[i].Weight;
        }
        var roll = _r.NextDouble() * total;
        for (var i = 0; i < items.Count; i++)
        {
            roll -= items[i].Weight;
            if (roll < 0)
            {
                return items[i].Value;
            }
        }
        return items[^1].Value;
    }

    private Archetype PickArchetype()
    {
        var all = DemoArchetypes.All;
        var total = 0.0;
        foreach (var a in all)
        {
            total += a.Weight;
        }
        var roll = U() * total;
        foreach (var a in all)
        {
            roll -= a.Weight;
            if (roll < 0)
            {
                return a;
            }
        }
        return all[^1];
    }

    private Guid NewId() => NewId(_r);

    /// <summary>A version 4 style Guid drawn from the seeded generator, so ids repeat with the seed.</summary>
    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private DateOnly DateBetween(DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(from.DayNumber + _r.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>An instant in office hours on the given day, never after now.</summary>
    private DateTime At(DateOnly day)
    {
        var instant = day.ToDateTime(new TimeOnly(8, 30), DateTimeKind.Utc).AddSeconds(_r.Next(9 * 3600));
        return instant <= _nowUtc ? instant : _nowUtc.AddMinutes(-1);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static List<Guid>[] NewTownLists()
    {
        var lists = new List<Guid>[DemoPlaces.Towns.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }
        return lists;
    }
}
