using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using Haven.Data.Configuration;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Haven.Web.Infrastructure;

/// <summary>
/// One length check for every form. Before any handler runs, each posted text is compared with the limit of the
/// property it ends up in (<see cref="InputLimits"/>, read from the EF model); a value over it is refused by its field
/// ("Subject must be 200 characters or fewer") and the page is shown again with what was typed, status 400. The page's
/// own POST handler never runs, so nothing is saved, whether or not that handler checks ModelState: the request is
/// handed to the page's GET handler of the same name (or its default one, or none), which prepares the page as it
/// would for a first visit, and the GOV.UK components show what was typed from ModelState rather than what is saved.
/// </summary>
public sealed class InputLengthFilter(InputLimits limits) : IAsyncPageFilter
{
    private const string RefusedItem = "haven:over-long-input";

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || !request.HasFormContentType)
        {
            return;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A body that is not a readable form (a control character in a part's name, a cut-off or too large upload)
            // has no lengths to check: the page answers it as it answers any unreadable form (model binding's 400, or
            // the upload page's own message about the file's size), never a server error from here.
            return;
        }
        var handler = context.HandlerMethod;
        var problems = new List<(string Key, string Message)>();
        foreach (var (key, values) in form)
        {
            var longest = values.Max(v => v?.Length ?? 0);
            if (longest == 0)
            {
                continue;
            }
            var field = limits.For(context.ActionDescriptor.HandlerTypeInfo, handler, key);
            if (longest > field.MaxLength)
            {
                problems.Add((key, string.Create(CultureInfo.InvariantCulture, $"{field.Label} must be {field.MaxLength:N0} characters or fewer")));
            }
        }
        if (problems.Count == 0)
        {
            return;
        }
        context.HttpContext.Items[RefusedItem] = problems;
        // Show the page as its GET would, never run the POST: a handler that forgets ModelState cannot save.
        context.HandlerMethod =
            context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => h.HttpMethod == "GET" && h.Name == handler?.Name)
            ?? context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => h.HttpMethod == "GET" && h.Name is null);
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Items[RefusedItem] is List<(string Key, string Message)> problems)
        {
            foreach (var (key, message) in problems)
            {
                // Too long is the first thing to fix: a format check's message on the same text would only confuse.
                if (context.ModelState.TryGetValue(key, out var entry))
                {
                    entry.Errors.Clear();
                }
                context.ModelState.AddModelError(key, message);
            }
            context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await next();
    }
}

/// <summary>
/// How long each posted field may be. A field whose page-model property is text takes the limit of the column of the
/// same name in the EF model (the smallest, where several share a name, so it always fits; at least 100, see below);
/// every other field, and one with no column of its name, takes <see cref="TextLimits.Narrative"/>, the longest
/// column a form can reach.
/// </summary>
public sealed class InputLimits(IServiceScopeFactory scopes)
{
    public sealed record Field(string Label, int MaxLength);

    private readonly Lazy<Dictionary<string, int>> _columns = new(() =>
    {
        using var scope = scopes.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<HavenDbContext>().Model;
        return model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Math.Min(g.Min(p => p.GetMaxLength()!.Value), TextLimits.Narrative), StringComparer.OrdinalIgnoreCase);
    });

    private readonly ConcurrentDictionary<(Type, string?, string), Field> _fields = new();

    /// <summary>The limit and label of the form field <paramref name="key"/> ("Input.Line1", "Items[2].Name", "reason").</summary>
    public Field For(Type page, HandlerMethodDescriptor? handler, string key) =>
        _fields.GetOrAdd((page, handler?.MethodInfo.Name, key), _ => Resolve(page, handler, key));

    private Field Resolve(Type page, HandlerMethodDescriptor? handler, string key)
    {
        var segments = key.Split('.').Select(s => s.Split('[')[0]).ToList();
        var last = segments[^1];
        var (type, display) = Target(page, handler, segments);
        var label = display ?? Words(last);
        if (type == typeof(string) && _columns.Value.TryGetValue(last, out var column))
        {
            // A short column holds a code or number that the page checks and tidies before saving ("485 777 3456" is
            // stored as 10 digits, a postcode is upper-cased and spaced), so the form takes it as people type it and
            // the page's own rule gives the message; free text is stored as typed, so its column is its limit.
            return new Field(label, Math.Max(column, TextLimits.Name));
        }
        return new Field(label, TextLimits.Narrative);
    }

    /// <summary>The type a posted key binds to (a handler's parameter, or a bound property and its properties) and its display name.</summary>
    private static (Type? Type, string? Display) Target(Type page, HandlerMethodDescriptor? handler, List<string> segments)
    {
        Type? type = null;
        string? display = null;
        var parameter = handler?.Parameters.FirstOrDefault(p => string.Equals(p.Name, segments[0], StringComparison.OrdinalIgnoreCase));
        if (parameter is not null)
        {
            type = parameter.ParameterType;
        }
        else if (page.GetProperty(segments[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } root)
        {
            type = root.PropertyType;
            display = root.GetCustomAttribute<DisplayAttribute>()?.GetName();
        }
        foreach (var segment in segments.Skip(1))
        {
            var property = Element(type)?.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            type = property?.PropertyType;
            display = property?.GetCustomAttribute<DisplayAttribute>()?.GetName();
        }
        return (Element(type), display);
    }

    /// <summary>The element type of a list or array (what "Items[2]" binds to), else the type itself.</summary>
    private static Type? Element(Type? type)
    {
        if (type is null || type == typeof(string))
        {
            return type;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        var enumerable = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is not null && typeof(IEnumerable).IsAssignableFrom(type) ? enumerable.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>A property name as words: "ReferrerName" is "Referrer name", "Line1" is "Line 1".</summary>
    private static string Words(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && (char.IsUpper(c) && !char.IsUpper(name[i - 1]) || char.IsDigit(c) && !char.IsDigit(name[i - 1]));
            if (startsWord)
            {
                words.Append(' ');
            }
            // Acronyms (NHS, GP) keep their capitals; other words after the first are lower case.
            var inAcronym = char.IsUpper(c) && (i + 1 < name.Length && char.IsUpper(name[i + 1]) || i > 0 && char.IsUpper(name[i - 1]));
            words.Append(i == 0 ? char.ToUpperInvariant(c) : inAcronym ? c : char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
