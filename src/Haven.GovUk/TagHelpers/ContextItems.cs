namespace Haven.GovUk.TagHelpers;

/// <summary>
/// Components hand state to their children through <see cref="TagHelperContext.Items"/>, keyed by the state's type;
/// this reads it back in one way.
/// </summary>
internal static class ContextItems
{
    /// <summary>The <typeparamref name="T"/> an enclosing component put in the context, or null outside one.</summary>
    public static T? Enclosing<T>(this TagHelperContext context)
        where T : class =>
        context.Items.TryGetValue(typeof(T), out var value) ? value as T : null;

    /// <summary>
    /// Hands <paramref name="item"/> to the list an enclosing component put in the context (an item to its radios, a
    /// row to its summary list…) and writes nothing in place; outside such a component the item goes nowhere.
    /// </summary>
    public static void GiveToEnclosing<TList, TItem>(this TagHelperContext context, TagHelperOutput output, TItem item)
        where TList : List<TItem>
    {
        ArgumentNullException.ThrowIfNull(output);
        context.Enclosing<TList>()?.Add(item);
        output.SuppressOutput();
    }
}
