using Haven.Domain.LookedAfter;

namespace Haven.Domain.Ssda903.Rules;

// reviews.csv: PN0 is the code for a child under 4 at the review; PN1-PN7 say how a child of 4 or over took part.

internal static class ReviewAge
{
    public static int? On(Ssda903Review review) =>
        Ssda903Dates.Parse(review.Dob) is { } born && Ssda903Dates.Parse(review.Review) is { } held ? Ssda903FromRecord.Age(born, held) : null;
}

public sealed class UnderFourCodeForOlderChild() : ReviewRule("440", "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.", "REVIEW_CODE", v => v.ReviewCode,
    (v, _) => v.ReviewCode == "PN0" && ReviewAge.On(v) >= 4);

public sealed class ParticipationCodeForUnderFour() : ReviewRule("441", "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.", "REVIEW_CODE", v => v.ReviewCode,
    (v, _) => v.ReviewCode is not null && v.ReviewCode != "PN0" && LookedAfterCodes.ReviewParticipation.Contains(v.ReviewCode) && ReviewAge.On(v) < 4);
