namespace Haven.Data.Demo;

/// <summary>
/// A list of invented-person name parts for one naming tradition. Every name here is a common given name or
/// surname; the combinations the generator makes are random, so no real person is described.
/// </summary>
internal sealed class NamePool
{
    public required string Key { get; init; }
    public required string[] Female { get; init; }
    public required string[] Male { get; init; }
    public required string[] Surnames { get; init; }

    /// <summary>Names more common for children born since about 2005 (English pool only).</summary>
    public string[]? ChildFemale { get; init; }
    public string[]? ChildMale { get; init; }

    /// <summary>Names more common for people born before about 1975 (English pool only).</summary>
    public string[]? OlderFemale { get; init; }
    public string[]? OlderMale { get; init; }

    /// <summary>Surnames some women use instead of their husband's (e.g. Begum, Bibi).</summary>
    public string[]? WomensSurnames { get; init; }

    /// <summary>Polish surnames change ending with sex (Kowalski, Kowalska).</summary>
    public bool GenderedSurnames { get; init; }

    /// <summary>Women usually keep their own surname on marriage (Chinese, Somali, Arabic naming).</summary>
    public bool WomenKeepSurname { get; init; }

    public string[] FirstNames(Haven.Domain.People.Sex sex, int birthYear)
    {
        var female = sex == Haven.Domain.People.Sex.Female;
        if (birthYear >= 2003 && ChildFemale is not null && ChildMale is not null)
        {
            return female ? ChildFemale : ChildMale;
        }
        if (birthYear < 1975 && OlderFemale is not null && OlderMale is not null)
        {
            return female ? OlderFemale : OlderMale;
        }
        return female ? Female : Male;
    }
}

internal static class DemoNames
{
    public static readonly NamePool English = new()
    {
        Key = "English",
        ChildFemale =
        [
            "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Willow",
            "Freya", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Daisy",
            "Phoebe", "Sofia", "Harper", "Alice", "Matilda", "Ruby", "Isabelle", "Millie", "Jessica", "Maisie",
            "Scarlett", "Chloe", "Holly", "Megan", "Lacey", "Paige", "Lola", "Erin", "Eva", "Darcie", "Molly", "Summer",
            "Lexi", "Ellie", "Amelie", "Imogen", "Hannah", "Bethany", "Abigail", "Courtney", "Skye", "Layla", "Aria",
            "Thea", "Esme", "Lottie", "Maddison", "Tilly", "Katie", "Georgia", "Ellie-May", "Lilly-Mae", "Harriet",
            "Victoria", "Elizabeth", "Katherine", "Rebecca", "Amber", "Jasmine", "Leah", "Caitlin", "Brooke",
        ],
        ChildMale =
        [
            "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore", "Freddie",
            "Jack", "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo", "William", "Lucas", "Roman",
            "Tommy", "Isaac", "Teddy", "Alexander", "Luca", "Edward", "James", "Joshua", "Albie", "Elijah", "Max",
            "Mason", "Reuben", "Ethan", "Riley", "Jayden", "Tyler", "Kai", "Logan", "Callum", "Kyle", "Harley", "Bobby",
            "Ronnie", "Frankie", "Louie", "Jenson", "Dylan", "Samuel", "Daniel", "Benjamin", "Joseph", "Lewis",
            "Connor", "Jake", "Ryan", "Owen", "Toby", "Harvey", "Rhys", "Frederick", "Nicholas", "Matthew",
            "Christopher", "Kayden", "Mohammed", "Zachary", "Sonny", "Alfred", "Stanley",
        ],
        Female =
        [
            "Sarah", "Emma", "Laura", "Gemma", "Kelly", "Stacey", "Lisa", "Claire", "Nicola", "Rebecca", "Charlotte",
            "Danielle", "Jade", "Chelsea", "Amy", "Hayley", "Kirsty", "Leanne", "Samantha", "Jessica", "Lauren",
            "Hannah", "Sophie", "Katie", "Rachel", "Natalie", "Zoe", "Amanda", "Victoria", "Jennifer", "Louise",
            "Joanne", "Michelle", "Kerry", "Jodie", "Shannon", "Abbie", "Toni", "Tanya", "Donna", "Kayleigh", "Carly",
            "Jasmine", "Megan", "Holly", "Bethany", "Georgia", "Natasha", "Stephanie", "Lucy", "Helen", "Rebekah",
            "Katherine", "Elizabeth", "Naomi", "Leah", "Becky", "Courtney", "Amber", "Chantelle",
        ],
        Male =
        [
            "Daniel", "Lee", "Craig", "Mark", "Paul", "Wayne", "Darren", "Jason", "Ryan", "Liam", "Dean", "Scott",
            "Jamie", "Carl", "Adam", "Matthew", "Christopher", "James", "Michael", "Andrew", "Richard", "Steven",
            "Thomas", "Ashley", "Kieran", "Jordan", "Luke", "Shaun", "Nathan", "Aaron", "Gavin", "Stuart", "Robert",
            "David", "John", "Anthony", "Kevin", "Gary", "Neil", "Jonathan", "Benjamin", "Samuel", "Joseph", "Callum",
            "Connor", "Bradley", "Jack", "Ross", "Kyle", "Jake", "Nicholas", "Alexander", "William", "Dale", "Martin",
        ],
        OlderFemale =
        [
            "Susan", "Karen", "Julie", "Tracey", "Deborah", "Linda", "Angela", "Jacqueline", "Denise", "Janet", "Carol",
            "Christine", "Patricia", "Margaret", "Elaine", "Diane", "Wendy", "Sandra", "Gillian", "Lorraine", "Jane",
            "Alison", "Sharon", "Beverley", "Pauline", "Maureen", "Lynn", "Dawn", "Andrea", "Kathleen",
        ],
        OlderMale =
        [
            "David", "Stephen", "Gary", "Kevin", "Anthony", "Ian", "Michael", "Peter", "Keith", "Graham", "Alan",
            "Brian", "Robert", "John", "Paul", "Philip", "Colin", "Trevor", "Nigel", "Barry", "Derek", "Terence",
            "Roger", "Martin", "Geoffrey", "Malcolm", "Raymond", "Kenneth", "Dennis", "Clive",
        ],
        Surnames =
        [
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Harris",
            "Lewis", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Watson",
            "Harrison", "Morgan", "Baker", "Young", "Allen", "Mitchell", "James", "Anderson", "Phillips", "Lee", "Bell",
            "Parker", "Davis", "Bennett", "Carter", "Shaw", "Cook", "Richardson", "Bailey", "Collins", "Marshall",
            "Chapman", "Webb", "Rogers", "Gray", "Mason", "Hunt", "Holmes", "Palmer", "Griffiths", "Mills", "Barnes",
            "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Dixon", "Fletcher",
            "Harvey", "Pearson", "Howard", "Elliott", "Foster", "Gibson", "Price", "Andrews", "Powell", "Atkinson",
            "Lawrence", "Reynolds", "Cox", "Hudson", "Spencer", "Burton", "Ellis", "Matthews", "Hart", "Armstrong",
            "Payne", "Hayes", "Simpson", "Fox", "Dawson", "Holland", "Kennedy", "Wells", "Perry", "Newton", "Rowe",
            "Ford", "Marsh", "Pearce", "Hodgson", "Slater", "Briggs", "Booth", "Crossley", "Pickering", "Sutcliffe",
            "Whitehead", "Brooks", "Lamb", "Barlow", "Hargreaves", "Haworth", "Dean", "Sharp", "Bates", "Bird",
            "Hammond", "Nicholls", "Lowe", "Thomson", "Stephenson", "Wilkinson", "Kelly", "Hobbs", "Ashton",
        ],
    };

    public static readonly NamePool Irish = new()
    {
        Key = "Irish",
        Female =
        [
            "Siobhan", "Aoife", "Niamh", "Ciara", "Roisin", "Sinead", "Orla", "Grainne", "Caoimhe", "Saoirse",
            "Aisling", "Clodagh", "Deirdre", "Maeve", "Eimear", "Mairead", "Bridget", "Kathleen", "Mary", "Ailbhe",
        ],
        Male =
        [
            "Sean", "Ciaran", "Declan", "Padraig", "Eoin", "Conor", "Liam", "Cian", "Oisin", "Darragh", "Fionn",
            "Cathal", "Ronan", "Diarmuid", "Niall", "Colm", "Donal", "Seamus", "Eamon", "Brendan",
        ],
        Surnames =
        [
            "Murphy", "Kelly", "O'Brien", "O'Sullivan", "Byrne", "Ryan", "O'Connor", "Walsh", "McCarthy", "Doyle",
            "Gallagher", "Quinn", "O'Neill", "Kennedy", "Lynch", "Murray", "Reilly", "Brennan", "Fitzgerald",
            "Flanagan", "Kavanagh", "McLoughlin", "Nolan", "O'Donnell", "Power", "Sheehan",
        ],
    };

    public static readonly NamePool IrishTraveller = new()
    {
        Key = "IrishTraveller",
        Female =
        [
            "Bridget", "Mary", "Margaret", "Kathleen", "Winnie", "Nora", "Ellen", "Josie", "Chelsea", "Shannon",
            "Mary-Ann", "Julie", "Tracey", "Bernadette", "Nellie", "Sally", "Annie", "Lucy",
        ],
        Male =
        [
            "Patrick", "John", "Michael", "Martin", "Thomas", "Christy", "Johnny", "Paddy", "Jimmy", "Tommy", "Francie",
            "Joe", "Danny", "Willie", "Mikey", "Bernard", "Edward", "James",
        ],
        Surnames =
        [
            "McDonagh", "Ward", "Doherty", "Joyce", "Connors", "McGinley", "Sheridan", "Maughan", "Stokes", "Cash",
            "Reilly", "McCarthy", "Collins", "Gavin", "Mongan", "Keenan", "Delaney", "Nevin", "Carthy", "O'Reilly",
        ],
    };

    public static readonly NamePool Gypsy = new()
    {
        Key = "Gypsy",
        Female =
        [
            "Lavinia", "Mary", "Alice", "Betsy", "Violet", "Rose", "Kathleen", "Lily", "Jemima", "Sarah", "Delilah",
            "Ruby", "Esme", "Lilly-Mae", "Tayla", "Priscilla", "Dora", "Louisa",
        ],
        Male =
        [
            "Levi", "Elijah", "Noah", "Henry", "Tom", "Jim", "Joe", "Isaac", "Abraham", "Nelson", "Alfie", "Freddie",
            "Riley", "Frankie", "Moses", "Job", "Caleb", "Sonny",
        ],
        Surnames =
        [
            "Smith", "Price", "Lee", "Lovell", "Boswell", "Loveridge", "Buckley", "Cooper", "Small", "Wood", "Young",
            "Gray", "Taylor", "Stanley", "Eastwood", "Ayres", "Penfold", "Burton", "Hearne", "Brown",
        ],
    };

    public static readonly NamePool Polish = new()
    {
        Key = "Polish",
        GenderedSurnames = true,
        Female =
        [
            "Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Natalia", "Zuzanna", "Julia", "Maja",
            "Lena", "Hanna", "Aleksandra", "Małgorzata", "Ewa", "Karolina", "Paulina", "Justyna", "Marta", "Weronika",
            "Oliwia", "Wiktoria", "Zofia", "Alicja",
        ],
        Male =
        [
            "Piotr", "Tomasz", "Krzysztof", "Paweł", "Michał", "Marcin", "Jakub", "Kacper", "Szymon", "Filip", "Jan",
            "Antoni", "Łukasz", "Mateusz", "Adam", "Bartosz", "Dawid", "Wojciech", "Grzegorz", "Kamil", "Mikołaj",
            "Wiktor", "Oskar", "Dominik",
        ],
        Surnames =
        [
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
            "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek",
            "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski",
            "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora",
        ],
    };

    public static readonly NamePool Romanian = new()
    {
        Key = "Romanian",
        Female =
        [
            "Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Gabriela", "Mihaela", "Roxana", "Bianca", "Cristina",
            "Daniela", "Florentina", "Georgiana", "Larisa", "Adriana", "Denisa", "Raluca", "Alina", "Simona", "Ana",
        ],
        Male =
        [
            "Andrei", "Ionuț", "Mihai", "Alexandru", "Gabriel", "Florin", "Ștefan", "Cristian", "Adrian", "Marius",
            "Constantin", "Vasile", "Bogdan", "Răzvan", "Ciprian", "Daniel", "Nicolae", "Sorin", "Claudiu", "David",
        ],
        Surnames =
        [
            "Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Stoica", "Gheorghe", "Rusu", "Munteanu", "Constantin",
            "Marin", "Lungu", "Dinu", "Stanciu", "Moldovan", "Tudor", "Radu", "Florea", "Ene", "Nistor", "Barbu",
            "Matei", "Cazacu", "Ilie", "Dobre",
        ],
    };

    public static readonly NamePool Portuguese = new()
    {
        Key = "Portuguese",
        Female =
        [
            "Ana", "Beatriz", "Inês", "Mariana", "Joana", "Sofia", "Catarina", "Rita", "Sara", "Leonor", "Carolina",
            "Marta", "Daniela", "Francisca",
        ],
        Male =
        [
            "João", "Pedro", "Tiago", "Rui", "Miguel", "Diogo", "Gonçalo", "Rodrigo", "Francisco", "Bruno", "Ricardo",
            "Nuno", "André", "Afonso",
        ],
        Surnames =
        [
            "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
            "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro", "Pinto", "Carvalho",
            "Teixeira", "Moreira",
        ],
    };

    public static readonly NamePool Pakistani = new()
    {
        Key = "Pakistani",
        Female =
        [
            "Ayesha", "Fatima", "Zainab", "Maryam", "Aisha", "Hafsa", "Khadija", "Amina", "Safa", "Iqra", "Sana",
            "Nadia", "Rabia", "Samina", "Shazia", "Nazia", "Farah", "Saima", "Sadia", "Hina", "Mehwish", "Noor",
            "Anaya", "Zara", "Inaya", "Hania", "Eman", "Alisha", "Amna", "Sumaira",
        ],
        Male =
        [
            "Muhammad", "Mohammed", "Ali", "Hamza", "Ibrahim", "Yusuf", "Zain", "Ayaan", "Musa", "Adam", "Abdullah",
            "Bilal", "Imran", "Tariq", "Asif", "Zubair", "Usman", "Omar", "Haroon", "Faisal", "Kashif", "Shahid",
            "Waqas", "Adnan", "Rizwan", "Arslan", "Haris", "Rayyan", "Zayan", "Saad",
        ],
        Surnames =
        [
            "Khan", "Hussain", "Ahmed", "Ali", "Iqbal", "Akhtar", "Mahmood", "Shah", "Butt", "Malik", "Raja",
            "Rehman", "Aslam", "Bashir", "Javed", "Mirza", "Qureshi", "Sheikh", "Anwar", "Rashid", "Yousaf", "Zaman",
            "Saleem", "Nawaz", "Hanif",
        ],
        WomensSurnames = ["Bibi", "Begum", "Akhtar", "Kauser", "Parveen"],
    };

    public static readonly NamePool Bangladeshi = new()
    {
        Key = "Bangladeshi",
        Female =
        [
            "Fatema", "Sumaiya", "Tasnim", "Nusrat", "Tahmina", "Rukhsana", "Shirin", "Sabina", "Jannat", "Maisha",
            "Anisa", "Rumana", "Shamima", "Nazmin", "Husna", "Safiya", "Mahira", "Raisa", "Tanzila", "Farhana",
        ],
        Male =
        [
            "Mohammed", "Abdul", "Rahim", "Karim", "Shahid", "Jamal", "Rubel", "Shuhel", "Saiful", "Mizan", "Ayaan",
            "Zayn", "Rayhan", "Tanvir", "Arif", "Imran", "Habib", "Nazrul", "Faruk", "Mahir",
        ],
        Surnames =
        [
            "Rahman", "Islam", "Uddin", "Miah", "Ahmed", "Hussain", "Ali", "Choudhury", "Hoque", "Hassan", "Alam",
            "Chowdhury", "Sarkar", "Mahmud", "Karim", "Haque", "Siddique", "Talukdar", "Khan", "Ullah",
        ],
        WomensSurnames = ["Begum", "Khatun", "Bibi"],
    };

    public static readonly NamePool Indian = new()
    {
        Key = "Indian",
        Female =
        [
            "Priya", "Anjali", "Pooja", "Neha", "Simran", "Harpreet", "Manpreet", "Jaspreet", "Gurpreet", "Navneet",
            "Kiran", "Sunita", "Asha", "Meera", "Divya", "Riya", "Ananya", "Aditi", "Kavya", "Isha", "Jasleen",
            "Harleen", "Sonia", "Rupinder", "Parminder", "Nisha", "Shreya", "Diya", "Avni", "Saanvi",
        ],
        Male =
        [
            "Rahul", "Amit", "Vikram", "Sanjay", "Rajesh", "Arjun", "Rohan", "Aarav", "Vihaan", "Harjit", "Gurdeep",
            "Jaswinder", "Manjit", "Sukhdev", "Harvinder", "Kuldip", "Ravi", "Deepak", "Nikhil", "Karan", "Jaspal",
            "Arav", "Dev", "Ishaan", "Krish", "Veer", "Sahil", "Aryan", "Jai", "Balvinder",
        ],
        Surnames =
        [
            "Patel", "Singh", "Sharma", "Gill", "Sandhu", "Sidhu", "Dhillon", "Kumar", "Shah", "Mistry", "Parmar",
            "Chauhan", "Gupta", "Joshi", "Mehta", "Desai", "Rana", "Bains", "Grewal", "Johal", "Sahota", "Bhatt",
            "Nair", "Pillai", "Rao", "Reddy", "Iyer", "Verma", "Kapoor", "Singh",
        ],
    };

    public static readonly NamePool WestAfrican = new()
    {
        Key = "WestAfrican",
        Female =
        [
            "Adaeze", "Chiamaka", "Ngozi", "Oluwaseun", "Folake", "Yetunde", "Abena", "Akosua", "Ama", "Efua",
            "Adwoa", "Blessing", "Precious", "Favour", "Grace", "Mercy", "Esther", "Deborah", "Funmilayo", "Temitope",
            "Ifeoma", "Chidinma", "Amara", "Zainab", "Aminata", "Fatoumata", "Comfort", "Gifty", "Nneka", "Adunni",
        ],
        Male =
        [
            "Chidi", "Emeka", "Oluwaseun", "Tunde", "Femi", "Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Samuel",
            "David", "Daniel", "Emmanuel", "Joshua", "Michael", "Ayodele", "Babatunde", "Olumide", "Chinedu", "Obinna",
            "Ikenna", "Adebayo", "Segun", "Tobi", "Ibrahim", "Mamadou", "Ousmane", "Kayode", "Nathaniel",
        ],
        Surnames =
        [
            "Adebayo", "Okafor", "Mensah", "Boateng", "Osei", "Adeyemi", "Okonkwo", "Eze", "Nwosu", "Owusu", "Asante",
            "Agyeman", "Oduya", "Ogunleye", "Balogun", "Afolabi", "Oyelaran", "Nwachukwu", "Obi", "Danso", "Appiah",
            "Ansah", "Opoku", "Bello", "Abubakar", "Diallo", "Kamara", "Conteh", "Sesay", "Bangura",
        ],
    };

    public static readonly NamePool Somali = new()
    {
        Key = "Somali",
        WomenKeepSurname = true,
        Female =
        [
            "Hodan", "Amina", "Fadumo", "Sahra", "Ifrah", "Ayaan", "Hibo", "Khadra", "Nimco", "Ubah", "Sagal", "Hawa",
            "Ikran", "Muna", "Najma", "Deeqa", "Halima", "Asha", "Layla", "Safiya",
        ],
        Male =
        [
            "Mohamed", "Abdi", "Hassan", "Ahmed", "Abdirahman", "Abdullahi", "Yusuf", "Omar", "Ali", "Ismail", "Mahad",
            "Khalid", "Liban", "Bashir", "Hamza", "Guled", "Mustafe", "Osman", "Zakariye", "Ayub",
        ],
        Surnames =
        [
            "Farah", "Warsame", "Hassan", "Ahmed", "Mohamed", "Abdi", "Ali", "Omar", "Jama", "Hussein", "Ibrahim",
            "Yusuf", "Osman", "Aden", "Nur", "Egal", "Duale", "Abdullahi", "Ismail", "Elmi",
        ],
    };

    public static readonly NamePool Caribbean = new()
    {
        Key = "Caribbean",
        Female =
        [
            "Shanice", "Tanisha", "Jade", "Chantelle", "Keisha", "Aaliyah", "Simone", "Natasha", "Monique", "Kimberley",
            "Nadine", "Marcia", "Beverley", "Janelle", "Tia", "Kayla", "Amani", "Imani", "Destiny", "Serena",
            "Abigail", "Maya", "Nia", "Sasha",
        ],
        Male =
        [
            "Jermaine", "Marcus", "Tyrone", "Andre", "Dwayne", "Leon", "Devon", "Curtis", "Delroy", "Winston",
            "Jerome", "Kareem", "Jamal", "Tyrese", "Malachi", "Josiah", "Kai", "Isaiah", "Elijah", "Nathaniel",
            "Reuben", "Joel", "Dante", "Omari", "Darnell", "Trevor", "Clive", "Lloyd", "Everton", "Zion",
        ],
        Surnames =
        [
            "Campbell", "Brown", "Williams", "Johnson", "Thomas", "Clarke", "Francis", "Gordon", "Reid", "Henry",
            "Thompson", "Grant", "Edwards", "Stewart", "Bailey", "Richards", "Morgan", "Lewis", "Samuels", "Forbes",
            "Barrett", "Powell", "Robinson", "Wright", "Ellis", "Beckford", "Hinds", "Gayle", "McKenzie", "Blake",
        ],
    };

    public static readonly NamePool Chinese = new()
    {
        Key = "Chinese",
        WomenKeepSurname = true,
        Female =
        [
            "Mei", "Ling", "Jing", "Yan", "Xiaoling", "Hui", "Li Na", "Yu", "Fang", "Qing", "Wing", "Ka Yan",
            "Siu Man", "Chloe", "Grace", "Emily", "Jasmine", "Vivian", "Cindy", "Joanne",
        ],
        Male =
        [
            "Wei", "Hao", "Jun", "Ming", "Jie", "Lei", "Tao", "Yong", "Zhiwei", "Kai", "Ka Ho", "Chi Wai", "Wing Hong",
            "Ethan", "Jason", "Kevin", "Daniel", "Ryan", "Tony", "Alvin",
        ],
        Surnames =
        [
            "Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Chan", "Lam", "Cheung", "Ng", "Lin", "Huang", "Yang",
            "Zhao", "Wu", "Zhou", "Ho", "Leung", "Lau", "Tang",
        ],
    };

    public static readonly NamePool Arabic = new()
    {
        Key = "Arabic",
        WomenKeepSurname = true,
        Female =
        [
            "Fatima", "Mariam", "Noor", "Layla", "Yasmin", "Rania", "Huda", "Salma", "Amira", "Hana", "Reem", "Dina",
            "Lina", "Sara", "Aya", "Malak", "Jana", "Rahaf", "Nour", "Zahra",
        ],
        Male =
        [
            "Ahmed", "Mohammed", "Omar", "Youssef", "Ali", "Khaled", "Mahmoud", "Ibrahim", "Hassan", "Mustafa",
            "Karim", "Tariq", "Samir", "Yahya", "Adam", "Zaid", "Hamza", "Amir", "Bilal", "Rami",
        ],
        Surnames =
        [
            "Al-Sayed", "Haddad", "Hassan", "Ibrahim", "Mansour", "Nasser", "Saleh", "Abbas", "Khalil", "Aziz",
            "Darwish", "Farouk", "Hamdan", "Al-Khouri", "Rahman", "Sabbagh", "Shami", "Yassin", "Qasim", "Jaber",
        ],
    };

    public static readonly NamePool Afghan = new()
    {
        Key = "Afghan",
        WomenKeepSurname = true,
        Female =
        [
            "Parwana", "Farzana", "Mariam", "Nazanin", "Shabnam", "Zarghona", "Laila", "Mursal", "Hadia", "Sadaf",
            "Freshta", "Madina", "Setara", "Nilofar", "Zahra",
        ],
        Male =
        [
            "Ahmad", "Mohammad", "Abdul", "Farid", "Jawad", "Mustafa", "Naveed", "Rahim", "Sayed", "Wahid", "Zabihullah",
            "Hamid", "Bilal", "Ali", "Omid",
        ],
        Surnames =
        [
            "Ahmadi", "Rahimi", "Hakimi", "Karimi", "Mohammadi", "Noori", "Popal", "Sadat", "Safi", "Stanekzai",
            "Wardak", "Yousufzai", "Zazai", "Haidari", "Amiri",
        ],
    };

    /// <summary>Everyday short forms, used as preferred names ("known as").</summary>
    public static readonly (string Full, string Short)[] ShortForms =
    [
        ("Alexander", "Alex"), ("Benjamin", "Ben"), ("Charlotte", "Charlie"), ("Daniel", "Danny"),
        ("Elizabeth", "Beth"), ("Frederick", "Freddie"), ("Jessica", "Jess"), ("Joseph", "Joe"),
        ("Katherine", "Kate"), ("Matthew", "Matt"), ("Nicholas", "Nick"), ("Oliver", "Ollie"), ("Rebecca", "Becky"),
        ("Samuel", "Sam"), ("Thomas", "Tom"), ("William", "Will"), ("Jacob", "Jake"), ("Christopher", "Chris"),
        ("Michael", "Mikey"), ("Anthony", "Tony"), ("Jennifer", "Jen"), ("Victoria", "Tori"), ("Abigail", "Abbie"),
        ("Isabella", "Bella"), ("Samantha", "Sammy"), ("Theodore", "Teddy"), ("Alfred", "Alfie"),
        ("Zachary", "Zac"), ("Natasha", "Tash"), ("Stephanie", "Steph"), ("Jonathan", "Jon"), ("Katarzyna", "Kasia"),
        ("Małgorzata", "Gosia"), ("Aleksandra", "Ola"), ("Mohammed", "Mo"), ("Muhammad", "Mo"),
        ("Oluwaseun", "Seun"), ("Babatunde", "Tunde"), ("Temitope", "Tope"), ("Funmilayo", "Funmi"),
        ("Abdirahman", "Abdi"), ("Nathaniel", "Nate"), ("Isabelle", "Izzy"), ("Harriet", "Hattie"),
    ];

    /// <summary>English names some Chinese-heritage adults use day to day.</summary>
    public static readonly string[] EnglishNamesFemale = ["Cindy", "Vivian", "Grace", "Helen", "Joyce", "Amy", "Lily", "Karen"];
    public static readonly string[] EnglishNamesMale = ["David", "Kevin", "Tony", "Eric", "Jason", "Peter", "Ken", "Alan"];
}
