using Haven.Domain.People;
using Xunit;

namespace Haven.Domain.Tests.People;

public class NameMatchingTests
{
    [Theory]
    [InlineData("Zoë", "zoe")]
    [InlineData("  JOSÉ  ", "jose")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Smith-Jones", "smith jones")]
    [InlineData("Mary - Ann", "mary ann")]
    [InlineData("St. John", "st john")]
    [InlineData("Ølsen", "olsen")]
    [InlineData("Großmann", "grossmann")]
    [InlineData("Łukasz  Wójcik", "lukasz wojcik")]
    [InlineData("", "")]
    public void Normalise(string input, string expected) => Assert.Equal(expected, NameMatching.Normalise(input));

    [Theory]
    // Soundex codes worked by hand. Keep the first letter, then code b f p v=1, c g j k q s x z=2, d t=3,
    // l=4, m n=5, r=6. Drop vowels, h, w and y, and drop a code that repeats the one before it.
    [InlineData("Mohammed", "M530")] // M, (o h a) m=5, m repeats, (e) d=3
    [InlineData("Muhammad", "M530")]
    [InlineData("Mohamed", "M530")]
    [InlineData("Smith", "S530")]    // S, m=5, (i) t=3, (h)
    [InlineData("Smyth", "S530")]
    [InlineData("Catherine", "K365")] // respelled Katherine: K, (a) t=3, (h e) r=6, (i) n=5
    [InlineData("Katherine", "K365")]
    [InlineData("Kathryn", "K365")]
    [InlineData("Jon", "J500")]
    [InlineData("John", "J500")]
    [InlineData("Stephen", "S315")]   // S, t=3, (e) p=1, (h e) n=5
    [InlineData("Steven", "S315")]    // S, t=3, (e) v=1, (e) n=5
    [InlineData("Zoe", "Z000")]
    [InlineData("Zoë", "Z000")]
    [InlineData("Cheryl", "S640")]    // ch respelled sh: S, (h e) r=6, (y) l=4
    [InlineData("Sheryl", "S640")]
    [InlineData("Christopher", "K623")]
    [InlineData("Kristopher", "K623")]
    [InlineData("Philip", "F410")]
    [InlineData("Filip", "F410")]
    [InlineData("Mohammed Ali", "M530 A400")]
    [InlineData("", "")]
    public void Phonetic_keys(string name, string expected) => Assert.Equal(expected, NameMatching.PhoneticKey(name));

    [Theory]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Mohammed", "Mohamed")]
    [InlineData("Smith", "Smyth")]
    [InlineData("Catherine", "Katherine")]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("Jon", "John")]
    [InlineData("Stephen", "Steven")]
    [InlineData("Zoe", "Zoë")]
    public void Variant_spellings_share_a_key(string a, string b) =>
        Assert.Equal(NameMatching.PhoneticKey(a), NameMatching.PhoneticKey(b));

    [Theory]
    [InlineData("Smith", "Jones")]        // S530 and J520
    [InlineData("Mohammed", "Michael")]   // M530 and M240
    [InlineData("Catherine", "Caroline")] // K365 and K645
    [InlineData("Stephen", "Simon")]      // S315 and S550
    [InlineData("Zoe", "Chloe")]          // Z000 and K400
    [InlineData("Ahmed", "Adam")]         // A530 and A350
    public void Different_names_get_different_keys(string a, string b) =>
        Assert.NotEqual(NameMatching.PhoneticKey(a), NameMatching.PhoneticKey(b));

    [Theory]
    // Winkler's published examples.
    // MARTHA/MARHTA: 6 matches, 1 transposition. Jaro = (1 + 1 + 5/6) / 3 = 0.9444. The prefix MAR (3)
    //   adds 3 x 0.1 x (1 - 0.9444), giving 0.9611.
    [InlineData("Martha", "Marhta", 0.9611)]
    // DWAYNE/DUANE: 4 matches (d a n e), no transpositions. Jaro = (4/6 + 4/5 + 1) / 3 = 0.8222. The prefix
    //   D (1) gives 0.8222 + 0.1 x 0.1778 = 0.8400.
    [InlineData("Dwayne", "Duane", 0.8400)]
    // DIXON/DICKSONX: 4 matches (d i o n), no transpositions. Jaro = (4/5 + 4/8 + 1) / 3 = 0.7667. The prefix
    //   DI (2) gives 0.7667 + 0.2 x 0.2333 = 0.8133.
    [InlineData("Dixon", "Dicksonx", 0.8133)]
    [InlineData("Zoë", "ZOE", 1.0)]
    [InlineData("Smith", "Jones", 0.0)] // no letter of smith is found within a window of 1 in jones
    public void Similarity_is_jaro_winkler_on_normalised_names(string a, string b, double expected) =>
        Assert.Equal(expected, NameMatching.Similarity(a, b), 4);

    [Fact]
    public void An_exact_match_scores_1()
    {
        Assert.Equal(1.0, NameMatching.NameScore("John", "Smith", "John", "Smith"));
        Assert.Equal(1.0, NameMatching.NameScore("Zoë", "O'Brien", "ZOE", "OBrien"));
    }

    [Fact]
    public void Swapped_forename_and_surname_scores_just_below_exact()
    {
        // Straight: john and smith share no letters within the window, so 0. Swapped: two exact names, times
        // the 0.95 penalty.
        Assert.Equal(0.95, NameMatching.NameScore("Smith", "John", "John", "Smith"), 10);
    }

    [Fact]
    public void A_phonetic_variant_scores_high()
    {
        // mohammed/muhammad: 6 matches (m h a m m d), no transpositions. Jaro = (6/8 + 6/8 + 1) / 3 = 0.8333,
        // and the prefix m gives 0.85. The keys match (M530), so the score moves halfway to 1: 0.925.
        // The surnames are exact, so the pair scores 0.925 x 1.
        Assert.Equal(0.925, NameMatching.NameScore("Mohammed", "Khan", "Muhammad", "Khan"), 4);
        Assert.InRange(NameMatching.NameScore("Catherine", "Smith", "Kathryn", "Smyth"), 0.75, 0.99);
        Assert.InRange(NameMatching.NameScore("Stephen", "Smith", "Steven", "Smith"), 0.9, 0.99);
    }

    [Fact]
    public void A_typo_scores_high()
    {
        // smtih/smith: 5 matches with t and i swapped (1 transposition). Jaro = (1 + 1 + 4/5) / 3 = 0.9333,
        // and the prefix sm gives 0.9467. The keys match (S530), so (1 + 0.9467) / 2 = 0.9733.
        Assert.Equal(0.9733, NameMatching.NameScore("John", "Smtih", "John", "Smith"), 4);
    }

    [Fact]
    public void A_near_spelling_ranks_above_a_different_name_with_the_same_key()
    {
        // John, Jon and Jane all have the key J500, so spelling has to separate them.
        // jon/john: Jaro 0.9167 with prefix jo gives 0.9333, and halfway to 1 is 0.9667.
        // jane/john: Jaro 0.6667, no prefix bonus (0.7 or less), and halfway to 1 is 0.8333.
        var jon = NameMatching.NameScore("John", "Smith", "Jon", "Smith");
        var jane = NameMatching.NameScore("John", "Smith", "Jane", "Smith");
        Assert.Equal(0.9667, jon, 4);
        Assert.Equal(0.8333, jane, 4);
    }

    [Fact]
    public void A_different_surname_is_not_a_match()
    {
        // smith/jones: no letter of smith is in jones within a window of 1, so 0. The product is 0 whatever the
        // forename scores. Swapped, smith/john is also 0.
        Assert.Equal(0.0, NameMatching.NameScore("John", "Smith", "John", "Jones"));
    }

    [Fact]
    public void Unrelated_names_score_low_but_not_zero()
    {
        // Jaro-Winkler rarely gives 0 to two real names, so unrelated people score low rather than 0.
        // Straight: smith/khan shares no letters in the window, so 0.
        // Swapped: john/khan matches h and n, giving (2/4 + 2/4 + 1) / 3 = 0.6667. smith/mohammed matches
        // m and h, giving (2/5 + 2/8 + 1) / 3 = 0.55. Neither pair shares a key and neither reaches the prefix
        // bonus. So 0.95 x 0.6667 x 0.55 = 0.3483.
        Assert.Equal(0.3483, NameMatching.NameScore("John", "Smith", "Mohammed", "Khan"), 4);
    }

    [Fact]
    public void One_part_of_a_double_barrelled_surname_matches()
    {
        // jones is found whole among the words of smith jones, which scores 0.9.
        Assert.Equal(0.9, NameMatching.NameScore("Amelia", "Jones", "Amelia", "Smith-Jones"), 10);
    }

    [Fact]
    public void A_blank_query_field_is_ignored()
    {
        Assert.Equal(1.0, NameMatching.NameScore("", "Smith", "John", "Smith"));
        Assert.Equal(0.0, NameMatching.NameScore("", " ", "John", "Smith"));
    }
}
