using Haven.Domain.Formatting;

namespace Haven.Domain.Tests.Formatting;

public sealed class WordingTests
{
    [Theory]
    [InlineData("Health services: GP", "health services: GP")]
    [InlineData("Health services: A&E", "health services: A&E")]
    [InlineData("Is the child registered with a GP?", "is the child registered with a GP?")]
    [InlineData("PHY", "PHY")]
    [InlineData("Initial child protection conference", "initial child protection conference")]
    [InlineData("Child's NHS number", "child's NHS number")]
    [InlineData("Referral to social care for assessment", "referral to social care for assessment")]
    [InlineData("", "")]
    public void Mid_sentence_lowercases_words_but_keeps_acronyms_and_codes(string label, string expected)
    {
        Assert.Equal(expected, Wording.MidSentence(label));
    }
}
