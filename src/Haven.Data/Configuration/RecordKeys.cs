using System.Linq.Expressions;

namespace Haven.Data.Configuration;

/// <summary>
/// How the tables of a child's record hang together: each row names the person whose record it is part of, and
/// each record of a social care episode also names the referral that opened the episode. A child's record is
/// kept, so deleting a person or a referral that still has records is refused rather than taking them with it.
/// </summary>
internal static class RecordKeys
{
    /// <summary>The row is part of the record of the person <paramref name="personId"/> names.</summary>
    public static void PartOfRecord<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> personId)
        where T : class =>
        builder.HasOne<Person>().WithMany().HasForeignKey(personId).OnDelete(DeleteBehavior.Restrict);

    /// <summary>The row is part of the episode opened by the referral <paramref name="referralId"/> names, on that person's record.</summary>
    public static void PartOfEpisode<T>(
        this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> personId, Expression<Func<T, object?>> referralId)
        where T : class
    {
        builder.PartOfRecord(personId);
        builder.HasOne<Referral>().WithMany().HasForeignKey(referralId).OnDelete(DeleteBehavior.Restrict);
    }
}
